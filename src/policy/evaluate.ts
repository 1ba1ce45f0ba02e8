import { STAGES, type AuditLevel, type Policy, type PolicyRule, type Stage } from './types.js';

/** The attributes of one API request that an audit policy looks at. */
export interface AuditRequest {
  /** Lower-case request verb: `get`, `list`, `watch`, `create`, … or, for URLs, `get`, `post`, … */
  verb: string;
  /** The authenticated user's name (the impersonating user, not the impersonated one). */
  user?: string;
  groups?: string[];
  /** Set for a resource request; absent for a non-resource URL such as `/healthz`. */
  resource?: string;
  subresource?: string;
  /** API group; `""` or absent is the core group. */
  apiGroup?: string;
  /** `""` or absent for cluster-scoped requests (and lists across all namespaces). */
  namespace?: string;
  name?: string;
  /** The URL path of a non-resource request. */
  path?: string;
}

/** What kube-apiserver records for a request. */
export interface Decision {
  level: AuditLevel;
  /** Index of the first matching rule; null when none matched (level None). */
  ruleIndex: number | null;
  /** Stages not written, policy-level and rule-level together, in {@link STAGES} order. */
  omitStages: Stage[];
}

/**
 * The audit level kube-apiserver gives `request` under `policy`: the first matching rule wins,
 * no match means None. Same semantics as k8s.io/apiserver `pkg/audit/policy/checker.go`.
 */
export function evaluate(policy: Policy, request: AuditRequest): Decision {
  const index = policy.rules.findIndex((rule) => ruleMatches(rule, request));
  const rule = policy.rules[index];
  const stages = new Set<Stage>([...(policy.omitStages ?? []), ...(rule?.omitStages ?? [])]);
  return {
    level: rule?.level ?? 'None',
    ruleIndex: rule ? index : null,
    omitStages: STAGES.filter((s) => stages.has(s)),
  };
}

/** Whether `rule` applies to `request`; every list that is set must match. */
export function ruleMatches(rule: PolicyRule, request: AuditRequest): boolean {
  if (isSet(rule.users) && (request.user === undefined || !rule.users.includes(request.user))) {
    return false;
  }
  if (isSet(rule.userGroups) && !(request.groups ?? []).some((g) => rule.userGroups?.includes(g))) {
    return false;
  }
  if (isSet(rule.verbs) && !rule.verbs.includes(request.verb)) return false;
  // Namespaces or resources make a rule about resources only, even with nonResourceURLs unset.
  if (isSet(rule.namespaces) || isSet(rule.resources)) return matchesResource(rule, request);
  if (isSet(rule.nonResourceURLs)) return matchesUrl(rule.nonResourceURLs, request);
  return true;
}

function matchesResource(rule: PolicyRule, request: AuditRequest): boolean {
  if (request.resource === undefined) return false;
  if (isSet(rule.namespaces) && !rule.namespaces.includes(request.namespace ?? '')) return false;
  if (!isSet(rule.resources)) return true;
  const resource = request.resource;
  const sub = request.subresource ?? '';
  const name = request.name ?? '';
  return rule.resources.some((gr) => {
    if (!groupMatches(gr.group, request.apiGroup)) return false;
    if (!isSet(gr.resources)) return true;
    if (isSet(gr.resourceNames) && !gr.resourceNames.includes(name)) return false;
    return gr.resources.some((spec) => resourceSpecMatches(spec, resource, sub));
  });
}

/**
 * Whether a rule's `group` covers a request's API group: the same group (`""` or absent is the
 * core group), or `*`, every group. Only servers from 1.36 load a policy with `*`
 * (see `acceptsWildcardGroup`), so for a policy that passed the check the answer is kube's.
 */
export function groupMatches(ruleGroup: string | undefined, apiGroup: string | undefined): boolean {
  const group = ruleGroup ?? '';
  return group === '*' || group === (apiGroup ?? '');
}

/**
 * Whether one entry of a rule's `resources` list (`pods`, `pods/log`, `*`, `pods/*`, or a star,
 * a slash and a subresource) covers `resource` with subresource `sub` (`""` for none).
 */
export function resourceSpecMatches(spec: string, resource: string, sub: string): boolean {
  return (
    spec === '*' ||
    spec === (sub ? `${resource}/${sub}` : resource) ||
    // `*/status`: that subresource of any resource.
    (sub !== '' && spec === `*/${sub}`) ||
    // `pods/*`: the resource itself and all of its subresources.
    spec === `${resource}/*`
  );
}

function matchesUrl(specs: string[], request: AuditRequest): boolean {
  if (request.resource !== undefined) return false;
  const path = request.path ?? '';
  return specs.some(
    (spec) =>
      spec === '*' || spec === path || (spec.endsWith('*') && path.startsWith(trimStars(spec))),
  );
}

/** Go's `strings.TrimRight(spec, "*")`: every trailing star goes. */
function trimStars(spec: string): string {
  return spec.replace(/\*+$/, '');
}

/** Whether a rule's list is given: an empty or absent list matches everything. */
export function isSet<T>(list: T[] | undefined): list is T[] {
  return list !== undefined && list.length > 0;
}
