import type { PolicyRule } from './policy-rule.js';

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();
const same = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  (a ?? []).join('\0') === (b ?? []).join('\0') && (a ?? []).length === (b ?? []).length;

/** A rule's sort key: API group first, then the rest, so a Role reads group by group. */
function order(rule: PolicyRule): string {
  return [rule.apiGroups, rule.resources, rule.nonResourceURLs, rule.resourceNames, rule.verbs]
    .map((list) => (list ?? []).join(','))
    .join('\0');
}

/**
 * Folds rules the way audit2rbac does (after Kubernetes' CompactRules): the verbs of one
 * group/resource/name join in one rule; rules alike but for their names join their names; rules
 * alike but for their resources join their resources. Each input rule has one group and one
 * resource, or one URL. The result is sorted, so the same rules always print the same.
 */
export function compactRules(rules: readonly PolicyRule[]): PolicyRule[] {
  const byTarget = new Map<string, PolicyRule>();
  for (const rule of rules) {
    const key = JSON.stringify([
      rule.apiGroups,
      rule.resources,
      rule.resourceNames,
      rule.nonResourceURLs,
    ]);
    const known = byTarget.get(key);
    if (known) known.verbs = sorted([...known.verbs, ...rule.verbs]);
    else byTarget.set(key, { ...rule, verbs: sorted(rule.verbs) });
  }
  const folded: PolicyRule[] = [];
  for (const rule of [...byTarget.values()].sort((a, b) => (order(a) < order(b) ? -1 : 1))) {
    if (!rule.resources) {
      folded.push(rule);
      continue;
    }
    const sameButNames = folded.find(
      (f) =>
        f.resources &&
        same(f.verbs, rule.verbs) &&
        same(f.apiGroups, rule.apiGroups) &&
        same(f.resources, rule.resources) &&
        // An unnamed rule allows every name: joining names into it would take that away.
        (f.resourceNames?.length ?? 0) > 0 &&
        (rule.resourceNames?.length ?? 0) > 0,
    );
    if (sameButNames) {
      sameButNames.resourceNames = sorted([
        ...(sameButNames.resourceNames ?? []),
        ...(rule.resourceNames ?? []),
      ]);
      continue;
    }
    const sameButResources = folded.find(
      (f) =>
        f.resources &&
        same(f.verbs, rule.verbs) &&
        same(f.apiGroups, rule.apiGroups) &&
        same(f.resourceNames, rule.resourceNames),
    );
    if (sameButResources)
      sameButResources.resources = sorted([
        ...(sameButResources.resources ?? []),
        ...rule.resources,
      ]);
    else folded.push({ ...rule });
  }
  return folded.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
