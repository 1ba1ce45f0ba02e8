import { grantedByDefault, VERB_EXPANSIONS } from './attributes.js';
import { compactRules } from './compact.js';
import type { Attributes, PolicyRule } from './policy-rule.js';

/** How far the generated rules reach past the exact requests (audit2rbac's two options). */
export interface GeneralizeOptions {
  /**
   * The same verb on the same resource for two or more names (in one namespace, or in any when
   * namespaces generalise too) grants it on every name. Default true.
   */
  names: boolean;
  /**
   * The same verb on the same resource (and name, unless names generalise) in two or more
   * namespaces grants it in every namespace (a ClusterRole). Default true.
   */
  namespaces: boolean;
}

export const DEFAULT_GENERALIZE: GeneralizeOptions = { names: true, namespaces: true };

/** The rules one subject needs: cluster-wide ones and one Role's rules per namespace. */
export interface SubjectRules {
  clusterRules: PolicyRule[];
  /** Sorted by namespace. */
  roles: { namespace: string; rules: PolicyRule[] }[];
}

type ResourceAttributes = Extract<Attributes, { kind: 'resource' }>;

/** audit2rbac's order: broad before narrow, so a broad grant covers the narrow requests after it. */
function rank(a: Attributes): string {
  if (a.kind === 'nonResource') return `0\0${a.verb}\0${a.path}`;
  const verbRank = a.verb === 'list' ? 0 : a.verb === 'watch' ? 1 : a.verb === 'get' ? 3 : 2;
  return [
    1,
    a.namespace ? 1 : 0,
    a.name ? 1 : 0,
    a.apiGroup,
    a.resource,
    a.subresource,
    a.namespace,
    a.name,
    verbRank,
    a.verb,
  ].join('\0');
}

/** Distinct values seen, kept up to two: enough to tell "another one" from "this one". */
type TwoSeen = string[];
const note = (seen: TwoSeen, value: string): void => {
  if (value && seen.length < 2 && !seen.includes(value)) seen.push(value);
};
const another = (seen: TwoSeen | undefined, value: string): boolean =>
  (seen ?? []).some((v) => v !== value);

/**
 * The minimal rules that allow every one of a subject's requests (distinct attributes) and,
 * but for the generalisation asked for, nothing else — audit2rbac's algorithm: requests that
 * Kubernetes' default roles allow are left out; the rest, broad first, each add a rule unless one
 * added before already allows it; the rules are then folded ({@link compactRules}).
 */
export function generateRules(
  requests: readonly Attributes[],
  generalize: GeneralizeOptions = DEFAULT_GENERALIZE,
): SubjectRules {
  // Requests alike but for the parts that generalise, and the names and namespaces among them.
  const shapeOf = (a: ResourceAttributes): string =>
    JSON.stringify([
      a.verb,
      a.apiGroup,
      a.resource,
      a.subresource,
      generalize.names ? '' : a.name,
      generalize.namespaces ? '' : a.namespace,
    ]);
  const shapes = new Map<string, { names: TwoSeen; namespaces: TwoSeen }>();
  for (const a of requests) {
    if (a.kind !== 'resource') continue;
    const key = shapeOf(a);
    const seen = shapes.get(key) ?? { names: [], namespaces: [] };
    note(seen.names, a.name);
    note(seen.namespaces, a.namespace);
    shapes.set(key, seen);
  }

  const cluster: PolicyRule[] = [];
  const byNamespace = new Map<string, PolicyRule[]>();
  // What the rules added so far allow, one entry per verb: scope, group, resource, name ('' any).
  const allowed = new Set<string>();
  const grantKey = (scope: string, a: ResourceAttributes, verb: string, name: string) =>
    JSON.stringify([scope, a.apiGroup, a.resource, a.subresource, verb, name]);
  const isAllowed = (a: Attributes): boolean =>
    a.kind === 'nonResource'
      ? allowed.has(JSON.stringify([a.verb, a.path]))
      : [...new Set(['', a.namespace])].some(
          (scope) =>
            allowed.has(grantKey(scope, a, a.verb, '')) ||
            (a.name !== '' && allowed.has(grantKey(scope, a, a.verb, a.name))),
        );

  const ordered = requests
    .filter((a) => !grantedByDefault(a))
    .map((a) => ({ a, rank: rank(a) }))
    .sort((x, y) => (x.rank < y.rank ? -1 : x.rank > y.rank ? 1 : 0))
    .map((x) => x.a);
  for (const a of ordered) {
    if (isAllowed(a)) continue;
    const verbs = [a.verb, ...(VERB_EXPANSIONS[a.verb] ?? [])];
    if (a.kind === 'nonResource') {
      cluster.push({ verbs, nonResourceURLs: [a.path] });
      for (const verb of verbs) allowed.add(JSON.stringify([verb, a.path]));
      continue;
    }
    const seen = shapes.get(shapeOf(a));
    const namespace =
      generalize.namespaces && another(seen?.namespaces, a.namespace) ? '' : a.namespace;
    const name = generalize.names && another(seen?.names, a.name) ? '' : a.name;
    const rule: PolicyRule = {
      verbs,
      apiGroups: [a.apiGroup],
      resources: [a.subresource ? `${a.resource}/${a.subresource}` : a.resource],
      ...(name ? { resourceNames: [name] } : {}),
    };
    if (namespace) {
      const rules = byNamespace.get(namespace) ?? [];
      rules.push(rule);
      byNamespace.set(namespace, rules);
    } else cluster.push(rule);
    for (const verb of verbs) allowed.add(grantKey(namespace, a, verb, name));
  }
  return {
    clusterRules: compactRules(cluster),
    roles: [...byNamespace.keys()]
      .sort()
      .map((namespace) => ({ namespace, rules: compactRules(byNamespace.get(namespace) ?? []) })),
  };
}
