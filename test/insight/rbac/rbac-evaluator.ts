// An RBAC authorizer for tests, written from Kubernetes' RBAC rules (k8s.io/kubernetes
// plugin/pkg/auth/authorizer/rbac, rbac.go: RuleAllows, VerbMatches, APIGroupMatches,
// ResourceMatches, ResourceNameMatches, NonResourceURLMatches; bindings as the rule resolver
// applies them). It reads the generated YAML itself, so what is proven is what a cluster would
// load, and it shares no code with the generator.
import { parseAllDocuments } from 'yaml';

/** A request as the authorizer is asked about it. */
export type Ask =
  | {
      user: string;
      verb: string;
      apiGroup: string;
      resource: string;
      subresource?: string;
      namespace?: string;
      name?: string;
    }
  | { user: string; verb: string; path: string };

interface Rule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}
interface K8sObject {
  kind: string;
  metadata: { name: string; namespace?: string };
  rules?: Rule[];
  roleRef?: { apiGroup: string; kind: string; name: string };
  subjects?: { kind: string; name: string; namespace?: string; apiGroup?: string }[];
}

const anyOf = (list: string[] | undefined, value: string) =>
  (list ?? []).some((v) => v === '*' || v === value);

function ruleAllows(rule: Rule, ask: Ask): boolean {
  if (!anyOf(rule.verbs, ask.verb)) return false;
  if ('path' in ask) {
    // Non-resource rules: exact, `*`, or a prefix ending in `*`.
    return (rule.nonResourceURLs ?? []).some(
      (u) =>
        u === '*' || u === ask.path || (u.endsWith('*') && ask.path.startsWith(u.slice(0, -1))),
    );
  }
  if (!anyOf(rule.apiGroups, ask.apiGroup)) return false;
  const sub = ask.subresource ?? '';
  const combined = sub ? `${ask.resource}/${sub}` : ask.resource;
  const resourceOk = (rule.resources ?? []).some(
    (r) => r === '*' || r === combined || (sub !== '' && r === `*/${sub}`),
  );
  if (!resourceOk) return false;
  const names = rule.resourceNames ?? [];
  return names.length === 0 || names.includes(ask.name ?? '');
}

/**
 * What every cluster grants every authenticated user (Kubernetes' bootstrap policy, roles
 * system:discovery, system:public-info-viewer and system:basic-user), so "allowed" means what it
 * means on a cluster.
 */
const KUBERNETES_DEFAULTS = `
kind: ClusterRole
metadata: {name: defaults}
rules:
  - verbs: [get]
    nonResourceURLs: [/api, /api/*, /apis, /apis/*, /healthz, /livez, /openapi, /openapi/*, /readyz, /version, /version/]
  - verbs: [create]
    apiGroups: [authorization.k8s.io]
    resources: [selfsubjectaccessreviews, selfsubjectrulesreviews]
  - verbs: [create]
    apiGroups: [authentication.k8s.io]
    resources: [selfsubjectreviews]
---
kind: ClusterRoleBinding
metadata: {name: defaults}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: defaults}
subjects: [{kind: Group, apiGroup: rbac.authorization.k8s.io, name: system:authenticated}]
`;

/** Whether a binding subject is the asking user (every test user is authenticated). */
function isSubject(s: NonNullable<K8sObject['subjects']>[number], user: string): boolean {
  if (s.kind === 'User' && s.apiGroup === 'rbac.authorization.k8s.io') return s.name === user;
  if (s.kind === 'ServiceAccount' && s.namespace)
    return `system:serviceaccount:${s.namespace}:${s.name}` === user;
  return s.kind === 'Group' && s.name === 'system:authenticated';
}

/** An authorizer over the objects of one or more YAML streams and Kubernetes' default grants. */
export function authorizerOf(...yamlTexts: string[]): (ask: Ask) => boolean {
  const objects: K8sObject[] = [KUBERNETES_DEFAULTS, ...yamlTexts].flatMap((text) =>
    parseAllDocuments(text).map((doc) => {
      if (doc.errors.length > 0) throw new Error(`bad YAML: ${doc.errors[0]?.message}`);
      return doc.toJS() as K8sObject;
    }),
  );
  const find = (kind: string, name: string, namespace?: string) =>
    objects.find(
      (o) => o.kind === kind && o.metadata.name === name && o.metadata.namespace === namespace,
    );
  return (ask) => {
    const namespace = 'path' in ask ? '' : (ask.namespace ?? '');
    return objects.some((binding) => {
      if (binding.kind !== 'ClusterRoleBinding' && binding.kind !== 'RoleBinding') return false;
      if (!(binding.subjects ?? []).some((s) => isSubject(s, ask.user))) return false;
      // A RoleBinding grants only in its own namespace, never cluster-wide or non-resource.
      if (binding.kind === 'RoleBinding' && binding.metadata.namespace !== namespace) return false;
      const ref = binding.roleRef;
      if (!ref || ref.apiGroup !== 'rbac.authorization.k8s.io') return false;
      const role =
        ref.kind === 'ClusterRole'
          ? find('ClusterRole', ref.name)
          : binding.kind === 'RoleBinding' && ref.kind === 'Role'
            ? find('Role', ref.name, binding.metadata.namespace)
            : undefined;
      return (role?.rules ?? []).some((rule) => ruleAllows(rule, ask));
    });
  };
}
