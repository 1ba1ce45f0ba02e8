import { describe, expect, it } from 'vitest';
import { InputConflictError, InputError } from '../src/messages/input-error.js';
import { readInsightSettings } from '../src/inputs/read.js';

const read = (values: Record<string, string>) => readInsightSettings((name) => values[name] ?? '');

const HOLDS = `- name: nobody reads secrets
  forbid:
    resource: secrets
    verb: [get, list]
`;

describe('the insight inputs', () => {
  it('takes an inline expect once it parses', () => {
    expect(read({ expect: HOLDS }).expect).toEqual({
      kind: 'inline',
      text: HOLDS,
      input: 'expect',
    });
  });

  it.each([
    ['rbac', 'yes', /Input 'rbac' has the value "yes": expected true or false/],
    ['on-drift', 'error', /Input 'on-drift' has the value "error": expected warn or fail/],
    [
      'rbac-for',
      'serviceaccount:app',
      /Input 'rbac-for' has the value "serviceaccount:app": "serviceaccount:app" is not serviceaccount:NAMESPACE:NAME/,
    ],
    [
      'rbac-for',
      'jane, serviceaccount::x',
      /Input 'rbac-for' has the value "jane, serviceaccount::x": "serviceaccount::x" is not/,
    ],
    [
      'rbac-for',
      'ja\u0007ne',
      /Input 'rbac-for' has the value "ja\\u0007ne": ".*" holds a control character/,
    ],
    [
      'fold-namespaces',
      'E2E_*',
      /Input 'fold-namespaces' has the value "E2E_\*": "E2E_\*" is not a namespace glob/,
    ],
    [
      'expect',
      '- name: x\n  forbid:\n    verbs: get\n',
      /Input 'expect' has the value "- name: x\\n {2}forbid:.*verbs/,
    ],
    ['expect', '- forbid:\n    verb: get\n', /Input 'expect' has the value .*name/],
  ])('refuses %s: %j, naming input, value and what is allowed', (input, value, message) => {
    let error: unknown;
    try {
      read({ [input]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
  });

  it('refuses expect and expect-file together', () => {
    expect(() => read({ expect: HOLDS, 'expect-file': 'e.yaml' })).toThrow(InputConflictError);
    expect(() => read({ expect: HOLDS, 'expect-file': 'e.yaml' })).toThrow(
      /Inputs 'expect' .* and 'expect-file' \("e.yaml"\) were given together/,
    );
  });

  it('reads rbac-for as subjects, service accounts spelled as their user names', () => {
    expect(read({ 'rbac-for': 'jane,\nserviceaccount:e2e-*:*\n\n' }).rbacFor).toEqual([
      'jane',
      'system:serviceaccount:e2e-*:*',
    ]);
  });
});
