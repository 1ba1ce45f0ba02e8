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

/** The Kubernetes objects of one subject's RBAC: Roles, ClusterRole, then their bindings. */
export function rbacObjects(rbac: SubjectRbac): Record<string, unknown>[] {
  const name = roleNameOf(rbac.subject);
  const subjects = [bindingSubjectOf(rbac.subject)];
  const roleRef = (kind: string) => ({ apiGroup: 'rbac.authorization.k8s.io', kind, name });
  const roles = rbac.roles.map((r) => ({
    apiVersion: API_VERSION,
    kind: 'Role',
    metadata: { name, namespace: r.namespace },
    rules: r.rules.map(ruleObject),
  }));
  const clusterRoles =
    rbac.clusterRules.length > 0
      ? [
          {
            apiVersion: API_VERSION,
            kind: 'ClusterRole',
            metadata: { name },
            rules: rbac.clusterRules.map(ruleObject),
          },
        ]
      : [];
  const roleBindings = rbac.roles.map((r) => ({
    apiVersion: API_VERSION,
    kind: 'RoleBinding',
    metadata: { name, namespace: r.namespace },
    roleRef: roleRef('Role'),
    subjects,
  }));
  const clusterRoleBindings = clusterRoles.map(() => ({
    apiVersion: API_VERSION,
    kind: 'ClusterRoleBinding',
    metadata: { name },
    roleRef: roleRef('ClusterRole'),
    subjects,
  }));
  return [...roles, ...clusterRoles, ...roleBindings, ...clusterRoleBindings];
}

/**
 * One subject's RBAC as a YAML stream, ready for `kubectl apply -f`: the same rules always print
 * the same bytes. A comment heads it (the subject JSON-quoted, as it comes from a log that may
 * hold anything); a subject whose requests need no grant gets the comment alone.
 */
export function rbacYaml(rbac: SubjectRbac): string {
  // JSON quoting escapes \n and \r; YAML 1.1 readers also end a comment at NEL, LS and PS.
  const quoted = JSON.stringify(rbac.subject).replace(
    /[\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const head = `# RBAC for ${quoted}, from ${rbac.requests} requests (kind-audit)\n`;
  const docs = rbacObjects(rbac).map((o) => stringify(o, { lineWidth: 0 }));
  if (docs.length === 0) return `${head}# Kubernetes' default roles already allow every request.\n`;
  return head + docs.join('---\n');
}
