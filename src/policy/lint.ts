import type { Policy, PolicyRule, PolicyWarning } from './types.js';

/** Verbs kube-apiserver gives resource requests (`proxy` comes from the legacy `/proxy/` paths). */
export const RESOURCE_VERBS = [
  'get',
  'list',
  'watch',
  'create',
  'update',
  'patch',
  'delete',
  'deletecollection',
  'proxy',
] as const;

/** Non-resource requests (e.g. `/healthz`) carry the lower-cased HTTP method as their verb. */
const URL_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

/**
 * Verbs that exist only as RBAC authorization checks. The audit policy is evaluated against the
 * request's own verb, so a rule naming these never matches anything.
 */
const AUTHORIZATION_ONLY_VERBS = ['impersonate', 'bind', 'escalate', 'approve', 'sign', 'use'];

/**
 * Warnings about rules kube-apiserver accepts but that cannot do what they say: verbs no request
 * has, `*` in lists that are compared exactly, and rules after a rule that matches everything.
 * `lines` maps field paths (`rules[1].verbs`) to lines in the checked text.
 */
export function lintPolicy(policy: Policy, lines: Map<string, number>): PolicyWarning[] {
  const warnings: PolicyWarning[] = [];
  const warn = (path: string, message: string): void => {
    const line = lines.get(path) ?? lines.get(path.replace(/\[\d+\]$/, ''));
    warnings.push({ message: `${path}: ${message}`, path, ...(line ? { line } : {}) });
  };
  let catchAll: number | undefined;
  policy.rules.forEach((rule, i) => {
    const path = `rules[${i}]`;
    if (catchAll !== undefined) {
      warn(path, `never used: rules[${catchAll}] before it matches every request`);
    } else if (matchesEverything(rule)) {
      catchAll = i;
    }
    const verbs = allowedVerbs(rule);
    (rule.verbs ?? []).forEach((verb, j) => {
      const problem = verbProblem(verb, verbs);
      if (problem) warn(`${path}.verbs[${j}]`, problem);
    });
    for (const key of ['users', 'userGroups', 'namespaces'] as const) {
      (rule[key] ?? []).forEach((value, j) => {
        if (value.includes('*')) warn(`${path}.${key}[${j}]`, starNeverMatches(value, key));
      });
    }
    (rule.resources ?? []).forEach((gr, j) => {
      (gr.resources ?? []).forEach((res, k) => {
        if (!isResourcePattern(res)) {
          const detail = 'only "*", "*/sub" and "res/*" are wildcards';
          warn(`${path}.resources[${j}].resources[${k}]`, `"${res}" never matches: ${detail}`);
        }
      });
    });
  });
  return warnings;
}

/** A rule with none of the selecting lists set applies to every request. */
export function matchesEverything(rule: PolicyRule): boolean {
  const lists = [rule.users, rule.userGroups, rule.verbs, rule.resources, rule.namespaces];
  return [...lists, rule.nonResourceURLs].every((list) => (list ?? []).length === 0);
}

function allowedVerbs(rule: PolicyRule): readonly string[] {
  if ((rule.nonResourceURLs ?? []).length > 0) return URL_VERBS;
  if ((rule.resources ?? []).length > 0 || (rule.namespaces ?? []).length > 0) {
    return RESOURCE_VERBS;
  }
  return [...RESOURCE_VERBS, ...URL_VERBS];
}

function verbProblem(verb: string, allowed: readonly string[]): string | undefined {
  if (allowed.includes(verb)) return undefined;
  if (verb === '*') return starNeverMatches(verb, 'verbs');
  if (allowed.includes(verb.toLowerCase())) {
    return `"${verb}" never matches: request verbs are lower-case ("${verb.toLowerCase()}")`;
  }
  if (AUTHORIZATION_ONLY_VERBS.includes(verb)) {
    return `"${verb}" never matches: it is an RBAC check, not the verb of a request`;
  }
  return `"${verb}" never matches: it is not a verb kube-apiserver gives these requests (${allowed.join(', ')})`;
}

function starNeverMatches(value: string, key: string): string {
  return `"${value}" never matches: audit rules compare ${key} exactly; leave ${key} out to match all`;
}

function isResourcePattern(res: string): boolean {
  if (!res.includes('*')) return true;
  return res === '*' || /^\*\/[^*]+$/.test(res) || /^[^*/]+\/\*$/.test(res);
}
