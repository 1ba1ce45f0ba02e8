import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../src/policy/index.js';
import { LATE_SECRET_RULE, largePolicy } from './large-policy.js';

const HEAD = 'apiVersion: audit.k8s.io/v1\nkind: Policy\n';

function secretMessages(text: string): string[] {
  return checkPolicy(text)
    .warnings.map((w) => w.message)
    .filter((m) => m.includes('would be written to the audit log'));
}

describe('Secret warnings on a large policy', () => {
  it('finds the one body-recording rule among 20,000, with the verbs that reach it', () => {
    const text = largePolicy(20_000);
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    const result = checkPolicy(text);
    expect(result.valid).toBe(true);
    const secret = result.warnings.filter((w) => w.message.includes('Secret data'));
    // rules[20000] already decides the user's `get`, so only the other verbs reach rules[20001].
    expect(secret).toEqual([
      {
        message:
          'rules[20001]: logs secrets at Request (list, watch, create, update, patch, delete, deletecollection), so Secret data would be written to the audit log; add a Metadata rule for them before it',
        path: 'rules[20001]',
        line: text.split('\n').indexOf(`  users: [${LATE_SECRET_RULE.user}]`) + 3,
      },
    ]);
  });
});

describe('Secret warnings reached through another rule', () => {
  // The catch-all's own probe (the placeholder user) is decided by rules[1], so only a probe
  // shaped after rules[0] shows that the catch-all records bodies.
  it('probes a cluster-scoped resource with the user of a rule limited to namespaces', () => {
    const messages = secretMessages(
      `${HEAD}rules:\n- level: Metadata\n  users: [alice]\n  namespaces: [ns1]\n- level: None\n  users: ["kind-audit:probe"]\n- level: Request\n`,
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /^rules\[2\]: logs tokenreviews \(authentication\.k8s\.io\) at Request \(create\)/,
      ),
    ]);
  });

  it('probes with every object name a rule gives, also those of other resources', () => {
    const messages = secretMessages(
      `${HEAD}rules:\n- level: Metadata\n  resources:\n  - resources: [secrets]\n    resourceNames: [a]\n  - resources: [pods]\n    resourceNames: [b]\n- level: None\n  resources: [{resources: [secrets], resourceNames: ["kind-audit:probe"]}]\n- level: Request\n  resources: [{resources: [secrets]}]\n`,
    );
    expect(messages).toEqual([
      expect.stringMatching(/^rules\[2\]: logs secrets at Request \(get, list, watch, create,/),
    ]);
  });
});
