import { ruleAllows, type Attributes, type PolicyRule, type ScopedRules } from './policy-rule.js';

/** One permission: a single verb on one group/resource (and name), or on one URL, in a scope. */
export interface Permission {
  /** The Role's namespace, or '' for a ClusterRole bound cluster-wide. */
  namespace: string;
  rule: PolicyRule;
}

/** Kubernetes' BreakdownRule: a rule as single permissions (one verb, group, resource, name). */
function breakdown(rule: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const verb of rule.verbs) {
    for (const group of rule.apiGroups ?? [])
      for (const resource of rule.resources ?? []) {
        const names = rule.resourceNames?.length ? rule.resourceNames : [undefined];
        for (const name of names)
          out.push({
            verbs: [verb],
            apiGroups: [group],
            resources: [resource],
            ...(name !== undefined ? { resourceNames: [name] } : {}),
          });
      }
    for (const url of rule.nonResourceURLs ?? [])
      out.push({ verbs: [verb], nonResourceURLs: [url] });
  }
  return out;
}

/**
 * Granted but unused: the permissions a subject holds (its roles' rules, each in the scope it is
 * bound in) that none of its requests used. A wildcard (`*` verb, resource or group) is one
 * permission, used when any request fell under it. Pure: the caller reads the grants from the
 * cluster and passes the requests the log holds (denied ones included, or not, as it sees fit).
 */
export function unusedPermissions(
  granted: readonly ScopedRules[],
  requests: Iterable<Attributes>,
): Permission[] {
  const unused = new Map<string, Permission>();
  for (const scope of granted)
    for (const rule of scope.rules)
      for (const single of breakdown(rule))
        unused.set(JSON.stringify([scope.namespace, single]), {
          namespace: scope.namespace,
          rule: single,
        });
  for (const request of requests) {
    const namespace = request.kind === 'resource' ? request.namespace : '';
    for (const [key, permission] of unused)
      if (
        (permission.namespace === '' || permission.namespace === namespace) &&
        ruleAllows(permission.rule, request)
      )
        unused.delete(key);
    if (unused.size === 0) break;
  }
  return [...unused.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, permission]) => permission);
}
