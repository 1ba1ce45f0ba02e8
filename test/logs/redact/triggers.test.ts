// A rule is only as good as the fast check's words for it: a line the fast check calls clean is
// never parsed, so a rule whose line is called clean never fires. Every rule has an example line
// here that the full check redacts and the fast check must not call clean; a rule the canary and
// hostile corpora exercise without an example here fails the last test, so a new rule comes with
// its example (and the words it needs reach the fast check).
import { describe, expect, it } from 'vitest';
import { redactParsed } from '../../../src/logs/redact/line.js';
import { LAST_APPLIED } from '../../../src/logs/redact/rules.js';
import { LineScan, provablyClean, SuspectFinder } from '../../../src/logs/redact/scan.js';
import { BUILT_IN_RULES, RedactionRules } from '../../../src/logs/redact/settings.js';
import { canaryLines, cutCanaryLine } from '../../fixtures/canaries/canary-events.js';
import { HOSTILE_RULES, hostileLines } from '../../support/hostile-lines.js';

const USER_RULES = RedactionRules.compile(HOSTILE_RULES);
/** Patterns each of whose matches spells a word: the fast check searches for the words. */
const WORD_RULES = RedactionRules.compile({
  ...HOSTILE_RULES,
  patterns: ['AKIA[0-9A-Z]{16}', 'command=[^&]*'],
});

/** The rule behind a location: without the container it was found in. */
function ruleOf(location: string): string {
  for (const where of ['secrets', 'secretList.items', 'watch.object', ...HOSTILE_RULES.resources])
    if (location.startsWith(`${where}.`) && !location.includes('/'))
      return location.slice(where.length + 1);
  return location;
}

const event = (fields: Record<string, unknown>) =>
  JSON.stringify({ kind: 'Event', stage: 'ResponseComplete', ...fields });
const secretRef = { objectRef: { resource: 'secrets', name: 'app' } };

const EXAMPLES: [string, string, RedactionRules][] = [
  [
    'data',
    event({ ...secretRef, verb: 'create', requestObject: { kind: 'Secret', data: { k: 'v' } } }),
    BUILT_IN_RULES,
  ],
  [
    'stringData',
    event({
      ...secretRef,
      verb: 'create',
      requestObject: { kind: 'Secret', stringData: { k: 'v' } },
    }),
    BUILT_IN_RULES,
  ],
  [
    'binaryData',
    event({
      objectRef: { resource: 'configmaps' },
      responseObject: { kind: 'ConfigMap', binaryData: { k: 'v' } },
    }),
    USER_RULES,
  ],
  [
    'annotations',
    event({
      ...secretRef,
      verb: 'get',
      responseObject: {
        kind: 'Secret',
        metadata: { annotations: { 'kapp.k14s.io/original': '{}' } },
      },
    }),
    BUILT_IN_RULES,
  ],
  [
    'metadata',
    event({ responseObject: { kind: 'Secret', metadata: { Annotations: { a: 'v' } } } }),
    BUILT_IN_RULES,
  ],
  ['fields', event({ responseObject: { kind: 'Secret', stringdata: { k: 'v' } } }), BUILT_IN_RULES],
  [
    'fields',
    event({ responseObject: { kind: 'SecretList', items: [{ stringdata: { k: 'v' } }] } }),
    BUILT_IN_RULES,
  ],
  [
    'requestObject',
    event({ ...secretRef, verb: 'patch', requestObject: { type: 'v' } }),
    BUILT_IN_RULES,
  ],
  [
    'requestObject',
    event({
      objectRef: { resource: 'configmaps' },
      verb: 'patch',
      requestObject: [{ op: 'add', path: '/data/k', value: 'v' }],
    }),
    USER_RULES,
  ],
  [
    'webhookPatch',
    event({
      ...secretRef,
      annotations: { 'patch.webhook.admission.k8s.io/round_0_index_0': '{}' },
    }),
    BUILT_IN_RULES,
  ],
  [
    'serviceaccounts/token.status.token',
    event({ responseObject: { kind: 'TokenRequest', status: { token: 'v' } } }),
    BUILT_IN_RULES,
  ],
  [
    'serviceaccounts/token.status.token',
    event({
      objectRef: { resource: 'serviceaccounts', subresource: 'token' },
      responseObject: { status: { token: 'v' } },
    }),
    BUILT_IN_RULES,
  ],
  [
    'tokenreviews.spec.token',
    event({ requestObject: { kind: 'TokenReview', spec: { token: 'v' } } }),
    BUILT_IN_RULES,
  ],
  [
    'last-applied-configuration',
    event({
      objectRef: { resource: 'pods' },
      requestObject: {
        kind: 'List',
        metadata: { annotations: { [LAST_APPLIED]: '{"kind":"Secret"}' } },
      },
    }),
    BUILT_IN_RULES,
  ],
  [
    'last-applied-configuration',
    event({
      objectRef: { resource: 'pods' },
      requestObject: {
        kind: 'List',
        metadata: { annotations: { [LAST_APPLIED]: '{"kind":"Secret"}' } },
      },
    }).replace('\\"Secret', '\\u0022Secret'),
    BUILT_IN_RULES,
  ],
  [
    'too-deep',
    event({
      ...secretRef,
      responseObject: {
        kind: 'Status',
        x: JSON.parse(`${'['.repeat(300)}{"data":{}}${']'.repeat(300)}`) as unknown,
      },
    }),
    BUILT_IN_RULES,
  ],
  ['repeated-keys', '{"kind":"Event","verb":"get","verb":"list"}', BUILT_IN_RULES],
  ['repeated-keys', '{"kind":"Event","verb":"get","v\\u0065rb":"list"}', BUILT_IN_RULES],
  ['audit-annotations', event({ annotations: { 'example.com/key': 'v' } }), USER_RULES],
  [
    'audit-annotations',
    event({ annotations: { 'example.com/key': 'v' } }).replace('com/', 'com\\/'),
    USER_RULES,
  ],
  ['patterns', event({ requestURI: '/exec?command=ls' }), WORD_RULES],
  [
    'patterns',
    event({ userAgent: 'x AKIAABCDEFGHIJKLMNOP' }).replace('AKIA', '\\u0041KIA'),
    WORD_RULES,
  ],
  ['patterns', event({ spec: { holderIdentity: '4111-1111-1111-1111' } }), USER_RULES],
  ['patterns', event({ requestURI: '/exec?command=ls' }), USER_RULES],
  [
    'patterns',
    event({ userAgent: 'x AKIAABCDEFGHIJKLMNOP' }).replace('AKIA', '\\u0041KIA'),
    USER_RULES,
  ],
  // A needle hidden behind an escape.
  [
    'data',
    event({ objectRef: { resource: 'secrets' }, responseObject: { data: { k: 'v' } } }).replace(
      '"secrets"',
      '"secr\\u0065ts"',
    ),
    BUILT_IN_RULES,
  ],
  [
    'data',
    event({ objectRef: { resource: 'configmaps' }, responseObject: { data: { k: 'v' } } }).replace(
      '"configmaps"',
      '"config\\u006daps"',
    ),
    USER_RULES,
  ],
];

describe('every rule reaches the fast check', () => {
  it.each(EXAMPLES)('%s: %s', (rule, line, rules) => {
    const bytes = Buffer.from(line);
    expect(redactParsed(bytes, rules).locations.map(ruleOf)).toContain(rule);
    expect(
      provablyClean(bytes, 0, bytes.length, new SuspectFinder(bytes, LineScan.of(rules))),
    ).toBe(false);
  });

  it('has an example for every rule the canary and hostile lines make fire', () => {
    const next = hostileLines(11);
    const lines = [
      ...canaryLines(),
      cutCanaryLine(),
      ...Array.from({ length: 20_000 }, () => next().text),
    ];
    const fired = new Set<string>();
    for (const line of lines)
      for (const location of redactParsed(Buffer.from(line), USER_RULES).locations)
        fired.add(ruleOf(location));
    const examples = new Set(EXAMPLES.map(([rule]) => rule));
    expect([...fired].filter((rule) => !examples.has(rule))).toEqual([]);
    expect(fired.size).toBeGreaterThan(12);
  });
});
