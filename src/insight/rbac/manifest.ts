import { stringify } from 'yaml';
import { bindingSubjectOf, DEFAULT_NAME_PREFIX, roleNameOf } from './binding-subject.js';
import type { SubjectRbac } from './generator.js';
import { deleteRunCommand, rbacMetadata } from './labels.js';
import type { PolicyRule } from './policy-rule.js';
import type { RunId } from './run-identity.js';

const API_VERSION = 'rbac.authorization.k8s.io/v1';

/** What the objects carry besides their rules: names, labels and annotations. */
export interface ManifestOptions {
  /** The run the RBAC came from: every object is labelled with it. */
  run: RunId;
  /** The name before `:<subject>` (`--generate-name`); default `kind-audit`. */
  namePrefix?: string;
}

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
 * The Kubernetes objects of one subject's RBAC: Roles, ClusterRoles, then their bindings, each
 * labelled and annotated alike ({@link rbacMetadata}). The rules of a folded namespace (`e2e-*`)
 * are a ClusterRole named after the glob, to bind in each namespace it matches (see
 * {@link foldedNotes}); a subject whose own name was folded (a service account of such a
 * namespace) gets no binding objects at all, only those notes.
 */
export function rbacObjects(
  rbac: SubjectRbac,
  options: ManifestOptions,
): Record<string, unknown>[] {
  const name = roleNameOf(rbac.subject, options.namePrefix);
  const meta = rbacMetadata(rbac.subject, options.run);
  const metadata = (objectName: string, namespace?: string) => ({
    name: objectName,
    ...(namespace !== undefined ? { namespace } : {}),
    ...meta,
  });
  const bindable = !isFolded(rbac.subject);
  const subjects = [bindingSubjectOf(rbac.subject)];
  const roleRef = (kind: string) => ({ apiGroup: 'rbac.authorization.k8s.io', kind, name });
  const concrete = rbac.roles.filter((r) => !isFolded(r.namespace));
  const roles = concrete.map((r) => ({
    apiVersion: API_VERSION,
    kind: 'Role',
    metadata: metadata(name, r.namespace),
    rules: r.rules.map(ruleObject),
  }));
  const clusterRoles = [
    ...(rbac.clusterRules.length > 0
      ? [
          {
            apiVersion: API_VERSION,
            kind: 'ClusterRole',
            metadata: metadata(name),
            rules: rbac.clusterRules.map(ruleObject),
          },
        ]
      : []),
    ...rbac.roles
      .filter((r) => isFolded(r.namespace))
      .map((r) => ({
        apiVersion: API_VERSION,
        kind: 'ClusterRole',
        metadata: metadata(`${name}:${r.namespace}`),
        rules: r.rules.map(ruleObject),
      })),
  ];
  if (!bindable) return [...roles, ...clusterRoles];
  const roleBindings = concrete.map((r) => ({
    apiVersion: API_VERSION,
    kind: 'RoleBinding',
    metadata: metadata(name, r.namespace),
    roleRef: roleRef('Role'),
    subjects,
  }));
  const clusterRoleBindings =
    rbac.clusterRules.length > 0
      ? [
          {
            apiVersion: API_VERSION,
            kind: 'ClusterRoleBinding',
            metadata: metadata(name),
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
function foldedNotes(rbac: SubjectRbac, namePrefix: string): string {
  const name = roleNameOf(rbac.subject, namePrefix);
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
 * One subject's RBAC as a YAML stream, ready for `kubectl apply -f`: the same rules from the same
 * run always print the same bytes. Comments head it: the subject (JSON-quoted, as it comes from a
 * log that may hold anything), the run and the command that deletes what the run generated. A
 * subject whose requests need no grant gets the comments alone.
 */
export function rbacYaml(rbac: SubjectRbac, options: ManifestOptions): string {
  const quoted = quotedForComment(rbac.subject);
  const head =
    `# RBAC for ${quoted}, from ${rbac.requests} requests (kind-audit)\n` +
    `# Run ${options.run.id}; to delete every object it generated:\n` +
    `#   ${deleteRunCommand(options.run)}\n` +
    foldedNotes(rbac, options.namePrefix ?? DEFAULT_NAME_PREFIX);
  const docs = rbacObjects(rbac, options).map((o) =>
    stringify(o, { lineWidth: 0, aliasDuplicateObjects: false }),
  );
  if (docs.length === 0) return `${head}# Kubernetes' default roles already allow every request.\n`;
  return head + docs.join('---\n');
}
