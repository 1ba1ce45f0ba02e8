import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../src/policy/index.js';

const HEAD = 'apiVersion: audit.k8s.io/v1\nkind: Policy\n';

/** Messages of the warnings for a policy made of HEAD plus `body`. */
function warningsOf(body: string): string[] {
  return checkPolicy(HEAD + body).warnings.map((w) => w.message);
}

describe('checkPolicy warnings', () => {
  it('points at the line of a mis-indented field', () => {
    const text = `${HEAD}rules:\n- level: Request\n  resources:\n  - group: apps\n    resources: [deployments]\n    namespaces: [ci]\n`;
    const result = checkPolicy(text);
    expect(result.valid).toBe(true);
    expect(result.warnings).toEqual([
      {
        message: expect.stringContaining('unknown field "namespaces" is dropped') as string,
        path: 'rules[0].resources[0].namespaces',
        line: 8,
      },
    ]);
    expect(result.warnings[0]?.message).toContain('is a rule field');
  });

  it('names an unknown top-level field and a field name in the wrong case', () => {
    const messages = warningsOf('rule:\n- level: None\nrules:\n- Level: None\n  level: Metadata\n');
    expect(messages).toEqual([
      expect.stringContaining('rule: unknown field "rule"'),
      expect.stringContaining('rules[0].Level: unknown field "Level"'),
    ]);
  });

  it('reports a duplicate key with its line; the last value wins as in kube', () => {
    const result = checkPolicy(`${HEAD}rules:\n- level: None\n  level: Metadata\n`);
    expect(result.warnings).toEqual([expect.objectContaining({ path: 'rules[0].level', line: 5 })]);
    expect(result.policy?.rules[0]?.level).toBe('Metadata');
  });

  it('flags a duplicate key in JSON too', () => {
    const result = checkPolicy(
      '{"apiVersion":"audit.k8s.io/v1","kind":"Policy","kind":"Policy","rules":[{"level":"None"}]}',
    );
    expect(result.valid).toBe(true);
    expect(result.warnings[0]?.message).toContain('duplicate key "kind"');
  });

  it.each([
    ['an upper-case verb', 'verbs: [LIST]', 'request verbs are lower-case ("list")'],
    ['a star verb', 'verbs: ["*"]', 'compare verbs exactly'],
    ['an RBAC-only verb', 'verbs: [escalate]', 'RBAC check'],
    [
      'an HTTP method on a resource rule',
      'verbs: [post]\n  resources: [{resources: [pods]}]',
      'not a verb',
    ],
    ['a star in a user name', 'users: ["system:serviceaccount:*"]', 'compare users exactly'],
    [
      'a resource pattern that is not a wildcard',
      'resources: [{resources: ["deploy*"]}]',
      'never matches',
    ],
  ])('warns about %s', (_name, field, expected) => {
    const messages = warningsOf(`rules:\n- level: Metadata\n  ${field}\n`);
    expect(messages.join('\n')).toContain(expected);
  });

  it('accepts the verbs requests really have without a warning', () => {
    expect(
      warningsOf(
        'rules:\n- level: Metadata\n  verbs: [get, list, watch, create, update, patch, delete, deletecollection]\n',
      ),
    ).toEqual([]);
    expect(
      warningsOf(
        'rules:\n- level: Metadata\n  nonResourceURLs: ["/api*"]\n  verbs: [get, post, put, head]\n',
      ),
    ).toEqual([]);
  });

  it('warns about every rule after a catch-all, on its own line', () => {
    const result = checkPolicy(
      `${HEAD}rules:\n- level: Metadata\n- level: None\n  users: [a]\n- level: None\n`,
    );
    expect(result.warnings).toEqual([
      {
        message: 'rules[1]: never used: rules[0] before it matches every request',
        path: 'rules[1]',
        line: 5,
      },
      {
        message: 'rules[2]: never used: rules[0] before it matches every request',
        path: 'rules[2]',
        line: 7,
      },
    ]);
  });

  it.each([
    ['secrets', 'resources: [{resources: [secrets]}]', 'logs secrets at RequestResponse'],
    [
      'service account tokens',
      'resources: [{resources: ["serviceaccounts/*"]}]',
      'logs serviceaccounts/token',
    ],
    [
      'token reviews',
      'resources: [{group: authentication.k8s.io}]',
      'logs tokenreviews (authentication.k8s.io)',
    ],
    [
      'secrets of one user only',
      'users: [ci-bot]\n  verbs: [get]\n  namespaces: [prod]',
      'logs secrets',
    ],
    [
      'one named secret',
      'resources: [{resources: [secrets], resourceNames: [tls]}]',
      'logs secrets',
    ],
  ])('warns when %s bodies would reach the log, naming the rule', (_name, field, expected) => {
    const result = checkPolicy(
      `${HEAD}rules:\n- level: None\n  users: [system:kube-proxy]\n- level: RequestResponse\n  ${field}\n`,
    );
    const hit = result.warnings.find((w) => w.message.includes(expected));
    expect(hit).toMatchObject({ path: 'rules[1]', line: 6 });
  });

  it('stays quiet when secrets are kept at Metadata before a Request catch-all', () => {
    const body = [
      'rules:',
      '- level: Metadata',
      '  resources:',
      '  - resources: [secrets, serviceaccounts/token]',
      '  - group: authentication.k8s.io',
      '    resources: [tokenreviews]',
      '- level: Request',
    ].join('\n');
    expect(warningsOf(body)).toEqual([]);
  });
});

describe('warning lines', () => {
  it('points at the list item itself when a list spans lines', () => {
    const result = checkPolicy(`${HEAD}rules:\n- level: Metadata\n  verbs:\n  - get\n  - Watch\n`);
    expect(result.warnings).toEqual([
      expect.objectContaining({ path: 'rules[0].verbs[1]', line: 7 }),
    ]);
  });
});
