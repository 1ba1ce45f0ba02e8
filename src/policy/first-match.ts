import {
  groupMatches,
  isSet,
  resourceSpecMatches,
  ruleMatches,
  type AuditRequest,
} from './evaluate.js';
import type { PolicyRule } from './types.js';

/** One kind of resource request: every request the index answers is to this resource. */
export interface ResourceTarget {
  resource: string;
  subresource?: string;
  /** `""` is the core group. */
  apiGroup: string;
}

/**
 * A request to the index's target, reduced to what still varies between probes: the verb, the
 * user, at most one group, the namespace and the object name.
 */
export interface ProbeKey {
  verb: string;
  user: string;
  group: string | undefined;
  namespace: string;
  name: string;
}

// The selectors a rule can still set once the resource is fixed, in ProbeKey order.
const DIMENSIONS = 5;

/** The rules that set exactly the same selectors ("shape"), indexed by each selector's values. */
interface Shape {
  /** One bit per dimension the rules of this shape restrict. */
  mask: number;
  /** Every rule of the shape, in policy order; used when the shape restricts nothing. */
  all: number[];
  /** Per dimension: value → the rules of this shape that accept it, in policy order. */
  byValue: Map<string, number[]>[];
}

/**
 * Finds the first rule of a policy that matches a request to one resource, without trying every
 * rule: a tuple-space index, as packet classifiers use. Rules are grouped by which selectors they
 * set, and within a group listed under every value they accept, so a lookup reads one short list
 * per group instead of the whole policy. Candidates are confirmed with {@link ruleMatches}, so the
 * answer is exactly that of kube's first-match evaluation.
 */
export class FirstMatchIndex {
  private readonly shapes = new Map<number, Shape>();
  private readonly mentioned = Array.from({ length: DIMENSIONS }, () => new Set<string>());
  private first = Infinity;

  /**
   * @param rules the policy's rules; indexes returned are positions in this list.
   * @param include which rules to index; the others are treated as absent.
   */
  constructor(
    private readonly rules: readonly PolicyRule[],
    target: ResourceTarget,
    include: (rule: PolicyRule) => boolean = () => true,
  ) {
    rules.forEach((rule, index) => {
      if (!include(rule)) return;
      const names = namesThrough(rule, target);
      if (names === null) return;
      this.add(index, [rule.verbs, rule.users, rule.userGroups, rule.namespaces, names]);
    });
  }

  /** Whether no rule is indexed: then no request matches. */
  get empty(): boolean {
    return this.shapes.size === 0;
  }

  /** The position of the first indexed rule; Infinity when none is. */
  get lowest(): number {
    return this.first;
  }

  /**
   * Whether some indexed rule names `value` in the `dimension`-th selector of {@link ProbeKey}
   * (0 verb, 1 user, 2 group, 3 namespace, 4 name). Two values no rule names are told apart by
   * no rule, so probes that differ only in them get the same answer.
   */
  mentions(dimension: number, value: string): boolean {
    return this.mentioned[dimension]?.has(value) ?? false;
  }

  /**
   * The index of the first indexed rule, below `below`, that matches `request` (whose varying
   * parts are `key`); `undefined` when there is none.
   */
  firstMatch(request: AuditRequest, key: ProbeKey, below = Infinity): number | undefined {
    const values = [key.verb, key.user, key.group, key.namespace, key.name];
    let best = below;
    for (const shape of this.shapes.values()) {
      const candidates = this.candidates(shape, values);
      for (const index of candidates) {
        if (index >= best) break;
        if (ruleMatches(this.rules[index] as PolicyRule, request)) {
          best = index;
          break;
        }
      }
    }
    return best < below ? best : undefined;
  }

  /** The shortest list of the shape's rules that can accept `values`. */
  private candidates(shape: Shape, values: (string | undefined)[]): readonly number[] {
    if (shape.mask === 0) return shape.all;
    let shortest: readonly number[] | undefined;
    for (let d = 0; d < DIMENSIONS; d++) {
      if ((shape.mask & (1 << d)) === 0) continue;
      const value = values[d];
      // A request without a group never satisfies a rule that names groups.
      const list = value === undefined ? undefined : shape.byValue[d]?.get(value);
      if (list === undefined) return [];
      if (shortest === undefined || list.length < shortest.length) shortest = list;
    }
    return shortest ?? [];
  }

  private add(index: number, lists: (readonly string[] | undefined)[]): void {
    let mask = 0;
    lists.forEach((list, d) => {
      if (list !== undefined && list.length > 0) mask |= 1 << d;
    });
    let shape = this.shapes.get(mask);
    if (shape === undefined) {
      const byValue = Array.from({ length: DIMENSIONS }, () => new Map<string, number[]>());
      shape = { mask, all: [], byValue };
      this.shapes.set(mask, shape);
    }
    shape.all.push(index);
    this.first = Math.min(this.first, index);
    lists.forEach((list, d) => {
      if (list === undefined || list.length === 0) return;
      const byValue = shape.byValue[d] as Map<string, number[]>;
      const mentioned = this.mentioned[d] as Set<string>;
      for (const value of new Set(list)) {
        mentioned.add(value);
        const rules = byValue.get(value);
        if (rules === undefined) byValue.set(value, [index]);
        else rules.push(index);
      }
    });
  }
}

/**
 * The object names through which `rule` can match a request to `target`: `undefined` for any
 * name, `null` when the rule never matches a request to the target (other resources, or URLs only).
 */
export function namesThrough(
  rule: PolicyRule,
  target: ResourceTarget,
): string[] | undefined | null {
  const { resource, subresource = '', apiGroup } = target;
  if (!isSet(rule.resources)) {
    // A rule without resources matches resource requests unless only URLs make it up.
    return !isSet(rule.namespaces) && isSet(rule.nonResourceURLs) ? null : undefined;
  }
  const covering = rule.resources.filter(
    (gr) =>
      groupMatches(gr.group, apiGroup) &&
      (!isSet(gr.resources) ||
        gr.resources.some((spec) => resourceSpecMatches(spec, resource, subresource))),
  );
  if (covering.length === 0) return null;
  if (covering.some((gr) => !isSet(gr.resources) || !isSet(gr.resourceNames))) return undefined;
  return covering.flatMap((gr) => gr.resourceNames ?? []);
}
