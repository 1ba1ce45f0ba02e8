/**
 * A large policy as a big organisation might write one: many small rules for single users, groups,
 * namespaces and resources, under the 1 MiB a policy may hold. Shared by the tests and the bench.
 */

/** Rule `i` of the generated policy, cycling through four shapes of rule. */
function rule(i: number): string {
  switch (i % 4) {
    case 0:
      return `- level: None\n  users: [u${i}]\n`;
    case 1:
      return `- level: Metadata\n  namespaces: [n${i}]\n`;
    case 2:
      return `- level: None\n  userGroups: [g${i}]\n  verbs: [get]\n`;
    default:
      return `- level: Metadata\n  resources: [{group: apps, resources: [r${i}]}]\n`;
  }
}

/** Where the generated policy's one body-recording rule for Secrets stands, and whom it is for. */
export const LATE_SECRET_RULE = { user: 'late-user', shadowedVerb: 'get' } as const;

/**
 * `count` generated rules, then a rule that records Secret bodies for one user (whose `get` an
 * earlier rule already decides), then a catch-all Metadata rule. The Secret rule is
 * `rules[count + 1]`: rule `count` is the earlier one for the same user.
 */
export function largePolicy(count: number): string {
  const parts = ['apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n'];
  for (let i = 0; i < count; i++) parts.push(rule(i));
  const { user, shadowedVerb } = LATE_SECRET_RULE;
  parts.push(
    `- level: Metadata\n  users: [${user}]\n  verbs: [${shadowedVerb}]\n`,
    `- level: Request\n  users: [${user}]\n  resources: [{resources: [secrets]}]\n`,
    '- level: Metadata\n',
  );
  return parts.join('');
}
