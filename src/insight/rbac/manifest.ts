import { stringify } from 'yaml';
import { bindingSubjectOf, roleNameOf } from './binding-subject.js';
import type { SubjectRbac } from './generator.js';
import type { PolicyRule } from './policy-rule.js';

const API_VERSION = 'rbac.authorization.k8s.io/v1';

/** A rule's fields in the order kubectl prints them, empty lists left out. */
function ruleObject(rule: PolicyRule): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (rule.apiGroups) out.apiGroups = rule.apiGroups;
  if (rule.nonResourceURLs) out.nonResourceURLs = rule.nonResourceURLs;
  if (rule.resourceNames?.length) out.resourceNames = rule.resourceNames;
  if (rule.resources) out.resources = rule.resources;
  out.verbs = rule.verbs;
  return out;
}

/** A namespace folded by `fold-namespaces` into its glob's text (`e2e-*`): no real namespace. */
const isFolded = (namespace: string) => namespace.includes('*');

/**
 * The Kubernetes objects of one subject's RBAC: Roles, ClusterRoles, then their bindings. The
 * rules of a folded namespace (`e2e-*`) are a ClusterRole named after the glob, to bind in each
 * namespace it matches (see {@link foldedNotes}); a subject whose own name was folded (a service
 * account of such a namespace) gets no binding objects at all, only those notes.
 */
export function rbacObjects(rbac: SubjectRbac): Record<string, unknown>[] {
  const name = roleNameOf(rbac.subject);
  const bindable = !isFolded(rbac.subject);
  const subjects = [bindingSubjectOf(rbac.subject)];
  const roleRef = (kind: string) => ({ apiGroup: 'rbac.authorization.k8s.io', kind, name });
  const concrete = rbac.roles.filter((r) => !isFolded(r.namespace));
  const roles = concrete.map((r) => ({
    apiVersion: API_VERSION,
    kind: 'Role',
    metadata: { name, namespace: r.namespace },
    rules: r.rules.map(ruleObject),
  }));
  const clusterRoles = [
    ...(rbac.clusterRules.length > 0
      ? [
          {
            apiVersion: API_VERSION,
            kind: 'ClusterRole',
            metadata: { name },
            rules: rbac.clusterRules.map(ruleObject),
          },
        ]
      : []),
    ...rbac.roles
      .filter((r) => isFolded(r.namespace))
      .map((r) => ({
        apiVersion: API_VERSION,
        kind: 'ClusterRole',
        metadata: { name: `${name}:${r.namespace}` },
        rules: r.rules.map(ruleObject),
      })),
  ];
  if (!bindable) return [...roles, ...clusterRoles];
  const roleBindings = concrete.map((r) => ({
    apiVersion: API_VERSION,
    kind: 'RoleBinding',
    metadata: { name, namespace: r.namespace },
    roleRef: roleRef('Role'),
    subjects,
  }));
  const clusterRoleBindings =
    rbac.clusterRules.length > 0
      ? [
          {
            apiVersion: API_VERSION,
            kind: 'ClusterRoleBinding',
            metadata: { name },
            roleRef: roleRef('ClusterRole'),
            subjects,
          },
        ]
      : [];
  return [...roles, ...clusterRoles, ...roleBindings, ...clusterRoleBindings];
}

/** Text from a log, quoted to stay inside a YAML comment line. */
function quotedForComment(text: string): string {
  // JSON quoting escapes \n and \r; YAML 1.1 readers also end a comment at NEL, LS and PS.
  return JSON.stringify(text).replace(
    /[\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** How to bind what folding left unbound, as comments: no object can name a glob's namespaces. */
function foldedNotes(rbac: SubjectRbac): string {
  const name = roleNameOf(rbac.subject);
  const notes = rbac.roles
    .filter((r) => isFolded(r.namespace))
    .map(
      (r) =>
        `# In each namespace matching ${quotedForComment(r.namespace)}, bind the ClusterRole ${quotedForComment(`${name}:${r.namespace}`)} with a RoleBinding.\n`,
    );
  if (isFolded(rbac.subject))
    notes.push(
      `# The subject's own namespace was folded: bind its roles to the service account of each matching namespace.\n`,
    );
  return notes.join('');
}

/**
 * One subject's RBAC as a YAML stream, ready for `kubectl apply -f`: the same rules always print
 * the same bytes. A comment heads it (the subject JSON-quoted, as it comes from a log that may
 * hold anything); a subject whose requests need no grant gets the comment alone.
 */
export function rbacYaml(rbac: SubjectRbac): string {
  const quoted = quotedForComment(rbac.subject);
  const head = `# RBAC for ${quoted}, from ${rbac.requests} requests (kind-audit)\n${foldedNotes(rbac)}`;
  const docs = rbacObjects(rbac).map((o) => stringify(o, { lineWidth: 0 }));
  if (docs.length === 0) return `${head}# Kubernetes' default roles already allow every request.\n`;
  return head + docs.join('---\n');
}
