import { evaluate, type AuditRequest } from './evaluate.js';
import { RESOURCE_VERBS } from './lint.js';
import type { Policy, PolicyRule, PolicyWarning } from './types.js';

/** A kind of request whose body (request or response) carries credentials. */
interface Sensitive {
  label: string;
  what: string;
  resource: string;
  subresource?: string;
  apiGroup: string;
  namespaced: boolean;
  verbs: readonly string[];
}

// Artifacts are readable by everyone with read access to the repository, so these must stay at
// Metadata: the same set the kube-up (GCE) policy keeps out of bodies.
const SENSITIVE: readonly Sensitive[] = [
  {
    label: 'secrets',
    what: 'Secret data',
    resource: 'secrets',
    apiGroup: '',
    namespaced: true,
    verbs: RESOURCE_VERBS.filter((v) => v !== 'proxy'),
  },
  {
    label: 'serviceaccounts/token',
    what: 'service account tokens',
    resource: 'serviceaccounts',
    subresource: 'token',
    apiGroup: '',
    namespaced: true,
    verbs: ['create'],
  },
  {
    label: 'tokenreviews (authentication.k8s.io)',
    what: 'bearer tokens',
    resource: 'tokenreviews',
    apiGroup: 'authentication.k8s.io',
    namespaced: false,
    verbs: ['create'],
  },
];

const PROBE = 'kind-audit:probe';
const MAX_CHOICES = 8;
const MAX_PROBES = 256;

/**
 * Warns when some request to Secrets, TokenReviews or ServiceAccount tokens would be recorded at
 * Request or RequestResponse, naming the resource and the rule that does it. Each rule is probed
 * with the users, groups, namespaces and names it selects, so a rule for one user is caught too;
 * every warning comes from a concrete request run through {@link evaluate}.
 */
export function secretWarnings(policy: Policy, lines: Map<string, number>): PolicyWarning[] {
  const found = new Map<
    string,
    { rule: number; target: Sensitive; level: string; verbs: Set<string> }
  >();
  const rules: (PolicyRule | undefined)[] = [undefined, ...policy.rules];
  for (const target of SENSITIVE) {
    for (const rule of rules) {
      for (const request of probes(target, rule)) {
        const decision = evaluate(policy, request);
        if (decision.ruleIndex === null) continue;
        if (decision.level !== 'Request' && decision.level !== 'RequestResponse') continue;
        const key = `${decision.ruleIndex} ${target.label}`;
        const entry = found.get(key) ?? {
          rule: decision.ruleIndex,
          target,
          level: decision.level,
          verbs: new Set<string>(),
        };
        entry.verbs.add(request.verb);
        found.set(key, entry);
      }
    }
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

/** Requests to `target` shaped to satisfy `rule`'s selectors (or no selectors at all). */
function* probes(target: Sensitive, rule: PolicyRule | undefined): Generator<AuditRequest> {
  const users = choices(rule?.users, PROBE);
  const groups: (string | undefined)[] = choices(rule?.userGroups, undefined);
  const namespaces = target.namespaced ? choices(rule?.namespaces, 'default') : [''];
  const names = choices(
    rule?.resources
      ?.filter((gr) => (gr.group ?? '') === target.apiGroup)
      .flatMap((gr) => gr.resourceNames ?? []),
    PROBE,
  );
  const identities = users.flatMap((user) =>
    groups.flatMap((group) =>
      namespaces.flatMap((namespace) => names.map((name) => ({ user, group, namespace, name }))),
    ),
  );
  // Bounded so a policy with long lists stays fast; the first values of each list come first.
  for (const verb of target.verbs) {
    for (const { user, group, namespace, name } of identities.slice(0, MAX_PROBES)) {
      yield {
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
  }
}

function choices<T>(values: readonly string[] | undefined, fallback: T): (string | T)[] {
  return values && values.length > 0 ? values.slice(0, MAX_CHOICES) : [fallback];
}
