import { describe, expect, it } from 'vitest';
import {
  applyPolicyOptions,
  checkPolicy,
  levelPolicy,
  presetPolicy,
} from '../../src/policy/index.js';

describe('applyPolicyOptions', () => {
  it('returns the text unchanged when no option is given', () => {
    const text = presetPolicy('recommended');
    expect(applyPolicyOptions(text, {})).toBe(text);
  });

  it('adds both options after kind, keeping the rest as written', () => {
    const out = applyPolicyOptions(levelPolicy('Metadata'), {
      omitStages: ['RequestReceived', 'ResponseStarted'],
      omitManagedFields: true,
    });
    expect(out).toBe(
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: [RequestReceived, ResponseStarted]\n' +
        'omitManagedFields: true\nrules:\n- level: Metadata\n',
    );
    expect(checkPolicy(out).policy).toMatchObject({
      omitStages: ['RequestReceived', 'ResponseStarted'],
      omitManagedFields: true,
    });
  });

  it('replaces an existing omitStages and keeps every comment', () => {
    const text = presetPolicy('recommended');
    const out = applyPolicyOptions(text, { omitStages: ['Panic'] });
    const comments = (s: string): string[] => s.split('\n').filter((l) => l.trim().startsWith('#'));
    expect(comments(out)).toEqual(comments(text));
    expect(checkPolicy(out)).toMatchObject({
      valid: true,
      warnings: [],
      policy: { omitStages: ['Panic'] },
    });
  });

  it('removes policy-level omitStages when given an empty list', () => {
    const out = applyPolicyOptions(presetPolicy('recommended'), { omitStages: [] });
    const result = checkPolicy(out);
    expect(result.valid).toBe(true);
    expect(result.policy?.omitStages).toBeUndefined();
    expect(result.policy?.rules).toEqual(checkPolicy(presetPolicy('recommended')).policy?.rules);
  });

  it('turns omitManagedFields off in place', () => {
    const text =
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nomitManagedFields: true # trim\nrules:\n- level: None\n';
    expect(applyPolicyOptions(text, { omitManagedFields: false })).toBe(
      text.replace('true', 'false'),
    );
  });

  it('keeps JSON as JSON', () => {
    const out = applyPolicyOptions(
      '{"apiVersion":"audit.k8s.io/v1","kind":"Policy","rules":[{"level":"None"}]}',
      {
        omitManagedFields: true,
      },
    );
    expect(JSON.parse(out)).toMatchObject({ omitManagedFields: true, rules: [{ level: 'None' }] });
  });

  it('refuses text that is not a policy mapping', () => {
    expect(() => applyPolicyOptions('- level: None\n', { omitManagedFields: true })).toThrow(
      /not a YAML mapping/,
    );
  });
});
