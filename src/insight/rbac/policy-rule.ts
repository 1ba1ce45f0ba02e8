/**
 * An RBAC `PolicyRule` (rbac.authorization.k8s.io/v1) as generated and as read back: resource
 * rules carry `apiGroups` and `resources`, non-resource rules `nonResourceURLs`; never both.
 */
export interface PolicyRule {
  verbs: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

/**
 * What the authorizer is asked about one request (Kubernetes' authorization attributes): a
 * resource request names its group, resource, subresource, namespace and name; a non-resource
 * request names the URL path (never its query string).
 */
export type Attributes =
  | {
      kind: 'resource';
      verb: string;
      apiGroup: string;
      resource: string;
      subresource: string;
      /** '' for a cluster-scoped request, or one across every namespace. */
      namespace: string;
      /** '' for a request on no one object (list, watch, create). */
      name: string;
    }
  | { kind: 'nonResource'; verb: string; path: string };

const has = (list: readonly string[] | undefined, value: string): boolean =>
  list !== undefined && (list.includes('*') || list.includes(value));

/** Kubernetes' ResourceMatches: `*`, the exact `resource/subresource`, or `*\/subresource`. */
function resourceMatches(rule: PolicyRule, resource: string, subresource: string): boolean {
  const combined = subresource ? `${resource}/${subresource}` : resource;
  return (rule.resources ?? []).some(
    (r) => r === '*' || r === combined || (subresource !== '' && r === `*/${subresource}`),
  );
}

/** Kubernetes' NonResourceURLMatches: `*`, the exact path, or a prefix ending in `*`. */
function urlMatches(rule: PolicyRule, path: string): boolean {
  return (rule.nonResourceURLs ?? []).some(
    (u) => u === '*' || u === path || (u.endsWith('*') && path.startsWith(u.slice(0, -1))),
  );
}

/**
 * Whether one rule allows a request, by Kubernetes' RBAC matching (RuleAllows). Where the rule
 * applies (its Role's namespace, or everywhere for a ClusterRole) is the caller's part.
 */
export function ruleAllows(rule: PolicyRule, request: Attributes): boolean {
  if (!has(rule.verbs, request.verb)) return false;
  if (request.kind === 'nonResource') return urlMatches(rule, request.path);
  const names = rule.resourceNames ?? [];
  return (
    has(rule.apiGroups, request.apiGroup) &&
    resourceMatches(rule, request.resource, request.subresource) &&
    (names.length === 0 || names.includes(request.name))
  );
}

/** Rules granted in one scope: a Role's namespace, or '' for a ClusterRole bound cluster-wide. */
export interface ScopedRules {
  namespace: string;
  rules: PolicyRule[];
}

/** Whether any of the scoped rules allows the request: a Role only in its own namespace. */
export function scopedAllows(grants: readonly ScopedRules[], request: Attributes): boolean {
  const namespace = request.kind === 'resource' ? request.namespace : '';
  return grants.some(
    (g) =>
      (g.namespace === '' || (namespace !== '' && g.namespace === namespace)) &&
      g.rules.some((rule) => ruleAllows(rule, request)),
  );
}
