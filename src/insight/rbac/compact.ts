import type { PolicyRule } from './policy-rule.js';

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();
const key = (...parts: (readonly string[] | undefined)[]): string =>
  JSON.stringify(parts.map((p) => p ?? []));

/** A rule's sort key: API group first, then the rest, so a Role reads group by group. */
function order(rule: PolicyRule): string {
  return [rule.apiGroups, rule.resources, rule.nonResourceURLs, rule.resourceNames, rule.verbs]
    .map((list) => (list ?? []).join(','))
    .join('\0');
}

function sortRules(rules: PolicyRule[]): PolicyRule[] {
  return rules
    .map((rule) => ({ rule, order: order(rule) }))
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .map((x) => x.rule);
}

/**
 * Joins rules alike in every field but `field` (kept in input order), uniting that field. Indexed,
 * so a subject with many names or resources costs n log n, not n².
 */
function joinOn(
  rules: readonly PolicyRule[],
  field: 'resourceNames' | 'resources',
  joinable: (rule: PolicyRule) => boolean,
): PolicyRule[] {
  const out: { rule: PolicyRule; values?: Set<string> }[] = [];
  const index = new Map<string, { rule: PolicyRule; values: Set<string> }>();
  for (const rule of rules) {
    if (!joinable(rule)) {
      out.push({ rule });
      continue;
    }
    const k =
      field === 'resourceNames'
        ? key(rule.verbs, rule.apiGroups, rule.resources)
        : key(rule.verbs, rule.apiGroups, rule.resourceNames);
    const known = index.get(k);
    if (known) for (const v of rule[field] ?? []) known.values.add(v);
    else {
      const entry = { rule, values: new Set(rule[field]) };
      index.set(k, entry);
      out.push(entry);
    }
  }
  return out.map(({ rule, values }) => (values ? { ...rule, [field]: sorted(values) } : rule));
}

/**
 * Folds rules the way audit2rbac does (after Kubernetes' CompactRules): the verbs of one
 * group/resource/name join in one rule; rules alike but for their names join their names; rules
 * alike but for their resources join their resources. Each input rule has one group and one
 * resource, or one URL. Every join keeps the permissions exactly. The result is sorted, so the
 * same rules always print the same.
 */
export function compactRules(rules: readonly PolicyRule[]): PolicyRule[] {
  const byTarget = new Map<string, { rule: PolicyRule; verbs: Set<string> }>();
  for (const rule of rules) {
    const k = key(rule.apiGroups, rule.resources, rule.resourceNames, rule.nonResourceURLs);
    const known = byTarget.get(k);
    if (known) for (const verb of rule.verbs) known.verbs.add(verb);
    else byTarget.set(k, { rule, verbs: new Set(rule.verbs) });
  }
  const targets = sortRules(
    [...byTarget.values()].map((t) => ({ ...t.rule, verbs: sorted(t.verbs) })),
  );
  // An unnamed rule allows every name: joining names into it would take that away.
  const named = joinOn(targets, 'resourceNames', (r) => !!r.resources && !!r.resourceNames?.length);
  return sortRules(joinOn(named, 'resources', (r) => !!r.resources));
}
