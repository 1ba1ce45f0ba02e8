import { escapeField } from '../baseline/index.js';
import type { PolicyRule, ScopedRules } from './policy-rule.js';

/** The four RBAC lists of a cluster, as the API server answers them (`kind: …List`). */
export interface RbacLists {
  clusterRoles: unknown;
  roles: unknown;
  clusterRoleBindings: unknown;
  roleBindings: unknown;
}

type Obj = Record<string, unknown>;

const obj = (v: unknown): Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {};
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const items = (list: unknown): Obj[] => {
  const found = obj(list).items;
  return Array.isArray(found) ? found.map(obj) : [];
};
const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined;

/** A rule as read from the cluster: only its string lists, nothing else trusted. */
function ruleOf(value: unknown): PolicyRule | undefined {
  const r = obj(value);
  const verbs = strings(r.verbs) ?? [];
  if (verbs.length === 0) return undefined;
  const rule: PolicyRule = { verbs };
  for (const key of ['apiGroups', 'resources', 'resourceNames', 'nonResourceURLs'] as const) {
    const list = strings(r[key]);
    if (list && list.length > 0) rule[key] = list;
  }
  return rule.resources || rule.nonResourceURLs ? rule : undefined;
}

const rulesOf = (role: Obj): PolicyRule[] =>
  (Array.isArray(role.rules) ? role.rules : []).flatMap((r) => ruleOf(r) ?? []);

/** Whether a binding's subject is this user: a User by name, a ServiceAccount by its user name. */
function names(subject: Obj, bindingNamespace: string, user: string): boolean {
  const kind = str(subject.kind);
  if (kind === 'User') return str(subject.name) === user;
  if (kind === 'ServiceAccount') {
    const namespace = str(subject.namespace) || bindingNamespace;
    return `system:serviceaccount:${namespace}:${str(subject.name)}` === user;
  }
  return false;
}

/**
 * What the cluster grants `user` through bindings that name it (as a User, or as its
 * ServiceAccount): a ClusterRoleBinding's ClusterRole cluster-wide, a RoleBinding's Role or
 * ClusterRole in the binding's namespace. Grants through groups are not included: a subject's
 * groups (`system:authenticated` among them) bring Kubernetes' default grants, which no run uses
 * in full. Everything is read from a cluster that runs the code under test: nothing is trusted.
 */
export function grantsOf(user: string, lists: RbacLists): ScopedRules[] {
  const clusterRoles = new Map(
    items(lists.clusterRoles).map((r) => [str(obj(r.metadata).name), rulesOf(r)]),
  );
  const roles = new Map(
    items(lists.roles).map((r) => [
      `${str(obj(r.metadata).namespace)}/${str(obj(r.metadata).name)}`,
      rulesOf(r),
    ]),
  );
  const grants: ScopedRules[] = [];
  const bound = (binding: Obj, namespace: string) =>
    (Array.isArray(binding.subjects) ? binding.subjects : []).some((s) =>
      names(obj(s), namespace, user),
    );
  for (const binding of items(lists.clusterRoleBindings)) {
    const ref = obj(binding.roleRef);
    if (str(ref.kind) !== 'ClusterRole' || !bound(binding, '')) continue;
    grants.push({ namespace: '', rules: clusterRoles.get(str(ref.name)) ?? [] });
  }
  for (const binding of items(lists.roleBindings)) {
    const namespace = str(obj(binding.metadata).namespace);
    if (!namespace || !bound(binding, namespace)) continue;
    const ref = obj(binding.roleRef);
    const rules =
      str(ref.kind) === 'ClusterRole'
        ? clusterRoles.get(str(ref.name))
        : str(ref.kind) === 'Role'
          ? roles.get(`${namespace}/${str(ref.name)}`)
          : undefined;
    grants.push({ namespace, rules: rules ?? [] });
  }
  return grants.filter((g) => g.rules.length > 0);
}

/** One unused permission as a line: scope, verb, group/resource or URL, and name. */
export function permissionLine(p: { namespace: string; rule: PolicyRule }): string {
  const r = p.rule;
  const what = r.nonResourceURLs
    ? (r.nonResourceURLs[0] ?? '')
    : `${r.resources?.[0] ?? ''}${r.apiGroups?.[0] ? `.${r.apiGroups[0]}` : ''}`;
  // Names come from the cluster: escaped as baseline.tsv escapes them, so no line can be forged.
  const name = r.resourceNames?.[0];
  return [
    p.namespace ? escapeField(p.namespace) : '-',
    escapeField(r.verbs[0] ?? ''),
    escapeField(what),
    ...(name !== undefined ? [escapeField(name)] : []),
  ].join('\t');
}
