import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type Node,
} from 'yaml';

/** What each alias of a document points at; `undefined` for an anchor that is never defined. */
export type AliasTargets = Map<Alias, Node | undefined>;

/**
 * Resolves every alias of `doc` in one pass: each points at the last node before it that carries
 * its anchor, as in the `yaml` package's `Alias.resolve` — which walks the whole document on every
 * call, so a policy with many aliases would cost time in its square.
 */
export function resolveAliases(doc: Document.Parsed): AliasTargets {
  const targets: AliasTargets = new Map();
  const anchors = new Map<string, Node>();
  // Document order, without recursion: a deeply nested document must not exhaust the stack.
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      targets.set(node, anchors.get(node.source));
    } else if (isScalar(node) || isMap(node) || isSeq(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
      if (isScalar(node)) continue;
      const items: unknown[] = node.items;
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        // A pair's key comes before its value.
        if (isPair(item)) stack.push(item.value, item.key);
        else stack.push(item);
      }
    }
  }
  return targets;
}

// go-yaml's bounds (gopkg.in/yaml.v2 and v3 decode.go, `allowedAliasRatio`), which kube's decoder
// (sigs.k8s.io/yaml → go.yaml.in/yaml/v2) applies while it turns the policy into JSON.
const RATIO_RANGE_LOW = 400_000;
const RATIO_RANGE_HIGH = 4_000_000;

/** The share of decoded nodes go-yaml lets come from alias expansion, for a document this far in. */
function allowedAliasRatio(decodeCount: number): number {
  // Small and medium documents may be 99% aliases; very large ones only 10%, in a straight line between.
  if (decodeCount <= RATIO_RANGE_LOW) return 0.99;
  if (decodeCount >= RATIO_RANGE_HIGH) return 0.1;
  const through = (decodeCount - RATIO_RANGE_LOW) / (RATIO_RANGE_HIGH - RATIO_RANGE_LOW);
  return 0.99 - 0.89 * through;
}

/** A step of the walk: decode a node, expand a merge key's value, or leave an alias. */
type Step = { visit: unknown } | { merge: unknown } | { leave: Alias };

/**
 * Walks the first document the way kube's YAML decoder does (go-yaml v2 `decoder.unmarshal` into
 * an `interface{}`), aliases and merge keys expanded, and returns kube's error when it would stop:
 * an alias that contains itself, an anchor never defined, a merge of something other than
 * mappings, or "document contains excessive aliasing" — go-yaml's guard against alias bombs, which
 * refuses a document once more than 100 of over 1000 decoded nodes came from alias expansion and
 * their share passes {@link allowedAliasRatio}. The walk stops there, so its cost is bounded
 * however the aliases nest; ordinary policies, with hundreds of aliases, pass as they do in kube.
 */
export function aliasExpansionError(
  doc: Document.Parsed,
  targets: AliasTargets,
): string | undefined {
  let decodeCount = 0;
  let aliasCount = 0;
  let aliasDepth = 0;
  const expanding = new Set<Alias>();
  const stack: Step[] = [{ visit: doc.contents }];
  // go-yaml counts the document node too.
  decodeCount++;
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if ('leave' in step) {
      aliasDepth--;
      expanding.delete(step.leave);
      continue;
    }
    if ('merge' in step) {
      const problem = pushMerge(step.merge, targets, stack);
      if (problem) return `failed decoding: yaml: ${problem}`;
      continue;
    }
    const node = step.visit;
    if (node === null || node === undefined) continue;
    decodeCount++;
    if (aliasDepth > 0) aliasCount++;
    if (
      aliasCount > 100 &&
      decodeCount > 1000 &&
      aliasCount / decodeCount > allowedAliasRatio(decodeCount)
    ) {
      return 'failed decoding: yaml: document contains excessive aliasing';
    }
    if (isAlias(node)) {
      const target = targets.get(node);
      if (target === undefined) {
        return `failed decoding: yaml: unknown anchor '${node.source}' referenced`;
      }
      if (expanding.has(node)) {
        // The project's earlier wording is kept after kube's, for those who search for it.
        return `failed decoding: yaml: anchor '${node.source}' value contains itself (an alias refers to itself)`;
      }
      expanding.add(node);
      aliasDepth++;
      stack.push({ leave: node }, { visit: target });
    } else if (isMap(node)) {
      // Pairs in order: a merge key's value is merged where it stands, other keys decode key then value.
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i];
        if (pair === undefined) continue;
        if (isMergeKey(pair.key)) stack.push({ merge: pair.value });
        else stack.push({ visit: pair.value }, { visit: pair.key });
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ visit: node.items[i] });
    }
  }
  return undefined;
}

/** go-yaml's `merge`: a mapping, an alias of one, or a list of those, the last merged first. */
function pushMerge(value: unknown, targets: AliasTargets, stack: Step[]): string | undefined {
  const wantMap = 'map merge requires map or sequence of maps as the value';
  const mergeable = (node: unknown): boolean =>
    isMap(node) || (isAlias(node) && (targets.get(node) === undefined || isMap(targets.get(node))));
  if (isSeq(value)) {
    if (!value.items.every(mergeable)) return wantMap;
    // Pushed first to last, so the last item is decoded first, as go-yaml steps backwards.
    for (const item of value.items) stack.push({ visit: item });
    return undefined;
  }
  if (!mergeable(value)) return wantMap;
  stack.push({ visit: value });
  return undefined;
}

/**
 * A plain `<<` key, which YAML 1.1 (read by kube's decoder) makes a merge; the `yaml` package
 * gives it a symbol for a value. A quoted `"<<"` is an ordinary key.
 */
export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol';
}
