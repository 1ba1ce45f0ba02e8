import { groupMatches, isSet, type AuditRequest } from './evaluate.js';
import { FirstMatchIndex, namesThrough } from './first-match.js';
import { probeIdentities, type ProbeIdentity } from './probe-identities.js';
import { SENSITIVE_RESOURCES, type SensitiveResource } from './sensitive.js';
import type { Policy, PolicyRule, PolicyWarning } from './types.js';

/**
 * Warns when some request to Secrets, TokenReviews or ServiceAccount tokens would be recorded at
 * Request or RequestResponse, naming the resource and the rule that does it. Each rule is probed
 * with the users, groups, namespaces and names it selects, so a rule for one user is caught too;
 * every warning comes from a concrete request and the first rule that matches it.
 *
 * Time grows with the policy's size, not its square: the first match is looked up in a
 * {@link FirstMatchIndex}, probes no rule tells apart are tried once, and a rule's own probes are
 * skipped when it decides them itself before any rule that records bodies.
 */
export function secretWarnings(policy: Policy, lines: Map<string, number>): PolicyWarning[] {
  const found = new Map<
    string,
    { rule: number; target: SensitiveResource; level: string; verbs: Set<string> }
  >();
  for (const target of SENSITIVE_RESOURCES) {
    if (!target.warn) continue;
    const recording = new FirstMatchIndex(policy.rules, target, recordsBodies);
    if (recording.empty) continue;
    const any = new FirstMatchIndex(policy.rules, target);
    const tried = new Set<string>();
    // The probes with no selectors first, then those shaped after each rule, in policy order.
    [undefined, ...policy.rules].forEach((rule, position) => {
      const ruleIndex = position - 1;
      let identities: ReturnType<typeof probeIdentities> | undefined;
      for (const verb of target.verbs) {
        if (rule && ruleIndex < recording.lowest && decidesOwnProbes(rule, target, verb)) continue;
        identities ??= probeIdentities(target, rule, any);
        for (const { identity, key } of identities) {
          const probe = `${verb}\0${key}`;
          if (tried.has(probe)) continue;
          tried.add(probe);
          const request = probeRequest(target, verb, identity);
          const probeKey = { verb, ...identity };
          const first = recording.firstMatch(request, probeKey);
          // No rule that records bodies matches, or an earlier rule (which does not) decides.
          if (first === undefined || any.firstMatch(request, probeKey, first) !== undefined) {
            continue;
          }
          const entry = found.get(`${first} ${target.label}`) ?? {
            rule: first,
            target,
            level: (policy.rules[first] as PolicyRule).level,
            verbs: new Set<string>(),
          };
          entry.verbs.add(verb);
          found.set(`${first} ${target.label}`, entry);
        }
      }
    });
  }
  return [...found.values()]
    .sort((a, b) => a.rule - b.rule)
    .map(({ rule, target, level, verbs }) => {
      const path = `rules[${rule}]`;
      const line = lines.get(path);
      const message =
        `${path}: logs ${target.label} at ${level} (${[...verbs].join(', ')}), so ${target.what} ` +
        'would be written to the audit log; add a Metadata rule for them before it';
      return { message, path, ...(line ? { line } : {}) };
    });
}

function recordsBodies(rule: PolicyRule): boolean {
  return rule.level === 'Request' || rule.level === 'RequestResponse';
}

/**
 * Whether `rule` matches every probe shaped after it for `verb`. Its probes take their users,
 * groups and namespaces from its own lists (or match a list it leaves empty), so what remains to
 * know is whether it covers the verb, the resource, the probes' names and, for a cluster-scoped
 * resource, the empty namespace.
 */
function decidesOwnProbes(rule: PolicyRule, target: SensitiveResource, verb: string): boolean {
  if (isSet(rule.verbs) && !rule.verbs.includes(verb)) return false;
  if (!target.namespaced && isSet(rule.namespaces) && !rule.namespaces.includes('')) return false;
  const names = namesThrough(rule, target);
  if (names === null) return false;
  if (names === undefined) return true;
  const probed = (rule.resources ?? [])
    .filter((gr) => groupMatches(gr.group, target.apiGroup))
    .flatMap((gr) => gr.resourceNames ?? []);
  const accepted = new Set(names);
  // A rule that names objects is probed with those names (never with the placeholder).
  return probed.length > 0 && probed.every((name) => accepted.has(name));
}

function probeRequest(
  target: SensitiveResource,
  verb: string,
  identity: ProbeIdentity,
): AuditRequest {
  const { user, group, namespace, name } = identity;
  return {
    verb,
    user,
    groups: group === undefined ? [] : [group],
    resource: target.resource,
    apiGroup: target.apiGroup,
    namespace,
    name,
    ...(target.subresource ? { subresource: target.subresource } : {}),
  };
}
