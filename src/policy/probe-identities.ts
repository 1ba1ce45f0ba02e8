import type { FirstMatchIndex, ProbeKey } from './first-match.js';
import { groupMatches } from './evaluate.js';
import type { PolicyRule } from './types.js';

/** Who makes a probe request, where, and to which object: a {@link ProbeKey} without its verb. */
export type ProbeIdentity = Omit<ProbeKey, 'verb'>;

/** The resource a probe asks for, as far as the choice of identities depends on it. */
export interface ProbedResource {
  apiGroup: string;
  namespaced: boolean;
}

/** The user (and object name) a probe uses where the rule does not name one. */
export const PROBE_NAME = 'kind-audit:probe';

/** How many values of each of a rule's lists are tried. */
export const MAX_CHOICES = 8;

/** How many identities a rule's lists may combine into; bounded so a rule with long lists stays fast. */
export const MAX_IDENTITIES = 256;

/** One value of a list, with how an index tells it apart and where it stood in the list. */
interface Choice<T> {
  value: T;
  /** Equal for values no indexed rule tells apart. */
  token: string;
  position: number;
}

/**
 * The identities that probe requests shaped after `rule` use (or, for no rule, a request with no
 * selectors): every combination of its users, groups, namespaces and names, first values first,
 * counting at most {@link MAX_IDENTITIES} combinations. Values that `index` cannot tell apart are
 * tried once: the probes would get the same answer. Each identity's `key` identifies it up to
 * that equivalence.
 */
export function probeIdentities(
  target: ProbedResource,
  rule: PolicyRule | undefined,
  index: FirstMatchIndex,
): { identity: ProbeIdentity; key: string }[] {
  const users = choices(rule?.users, PROBE_NAME);
  const groups = choices<string | undefined>(rule?.userGroups, undefined);
  const namespaces = target.namespaced ? choices(rule?.namespaces, 'default') : [''];
  const names = choices(
    rule?.resources
      ?.filter((gr) => groupMatches(gr.group, target.apiGroup))
      .flatMap((gr) => gr.resourceNames ?? []),
    PROBE_NAME,
  );
  const u = distinct(users, 1, index);
  const g = distinct(groups, 2, index);
  const n = distinct(namespaces, 3, index);
  const m = distinct(names, 4, index);
  // Where a combination stands among all of them (users outermost), which decides the cap.
  const strideN = names.length;
  const strideG = namespaces.length * strideN;
  const strideU = groups.length * strideG;
  const out: { identity: ProbeIdentity; key: string }[] = [];
  for (const user of u) {
    const atU = user.position * strideU;
    if (atU >= MAX_IDENTITIES) break;
    for (const group of g) {
      const atG = atU + group.position * strideG;
      if (atG >= MAX_IDENTITIES) break;
      for (const namespace of n) {
        const atN = atG + namespace.position * strideN;
        if (atN >= MAX_IDENTITIES) break;
        for (const name of m) {
          if (atN + name.position >= MAX_IDENTITIES) break;
          out.push({
            identity: {
              user: user.value,
              group: group.value,
              namespace: namespace.value,
              name: name.value,
            },
            key: `${user.token}\0${group.token}\0${namespace.token}\0${name.token}`,
          });
        }
      }
    }
  }
  return out;
}

function choices<T>(values: readonly string[] | undefined, fallback: T): (string | T)[] {
  return values && values.length > 0 ? values.slice(0, MAX_CHOICES) : [fallback];
}

/** The first value of each kind the index tells apart, in list order. */
function distinct<T extends string | undefined>(
  values: readonly T[],
  dimension: number,
  index: FirstMatchIndex,
): Choice<T>[] {
  const seen = new Set<string>();
  const out: Choice<T>[] = [];
  values.forEach((value, position) => {
    const token = value === undefined ? '-' : index.mentions(dimension, value) ? `=${value}` : '~';
    if (seen.has(token)) return;
    seen.add(token);
    out.push({ value, token, position });
  });
  return out;
}
