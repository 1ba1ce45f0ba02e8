// A rule is only as good as the fast check's words for it: a line the fast check calls clean is
// never parsed, so a rule whose line is called clean never fires. Each built-in rule declares its
// words beside itself (rules.ts) and the fast check is built from them; here every rule has
// example lines that the full check redacts and that a fast check knowing only that rule's words
// must not call clean, and no line of the corpora that the full check redacts may be called clean.
// A rule the canary and hostile corpora exercise without an example here fails too, so a new
// rule comes with its example (and the words it needs reach the fast check).
import { describe, expect, it } from 'vitest';
import { redactParsed } from '../../../src/logs/redact/line.js';
import {
  BUILT_IN_REDACTION,
  LAST_APPLIED,
  ruleTriggers,
  type BuiltInRule,
} from '../../../src/logs/redact/rules.js';
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
  [
    'repeated-keys',
    '{"kind":"Event","objectRef":{"resource":"secrets"},"verb":"get","verb":"list"}',
    BUILT_IN_RULES,
  ],
  [
    'repeated-keys',
    '{"kind":"Event","objectRef":{"resource":"secrets"},"verb":"get","v\\u0065rb":"list"}',
    BUILT_IN_RULES,
  ],
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

const secretsRef = { objectRef: { resource: 'secrets', namespace: 'app', name: 'db' } };

/** Lines each built-in rule must redact, by the rule's name in BUILT_IN_REDACTION. */
const RULE_EXAMPLES: Record<string, string[]> = {
  secretKind: [
    event({ responseObject: { kind: 'Secret', data: { k: 'v' } } }),
    event({ responseObject: { kind: 'SecretList', items: [{ stringData: { k: 'v' } }] } }),
    event({ responseObject: { kind: 'WatchEvent', object: { kind: 'Secret', x: 1 } } }),
  ],
  saToken: [
    event({ responseObject: { kind: 'TokenRequest', status: { token: 'v' } } }),
    event({
      objectRef: { resource: 'serviceaccounts', subresource: 'token' },
      responseObject: { status: { token: 'v' } },
    }),
  ],
  tokenReview: [
    event({ requestObject: { kind: 'TokenReview', spec: { token: 'v' } } }),
    event({ objectRef: { resource: 'tokenreviews' }, requestObject: { spec: { token: 'v' } } }),
  ],
  secretsResource: [
    event({
      ...secretsRef,
      responseObject: { kind: 'Table', rows: [{ object: { data: { k: 'v' } } }] },
    }),
    event({ ...secretsRef, verb: 'patch', requestObject: { stringData: { k: 'v' } } }),
    event({
      ...secretsRef,
      annotations: { 'patch.webhook.admission.k8s.io/round_0_index_0': 'x' },
    }),
  ],
  lastAppliedSecret: [
    event({
      objectRef: { resource: 'pods' },
      requestObject: {
        kind: 'List',
        metadata: { annotations: { [LAST_APPLIED]: '{"kind":"Secret","data":{"k":"v"}}' } },
      },
    }),
  ],
};

/** The fast check of a rule's own words alone: it must still find the rule's lines. */
function scanOfOwnWords(rule: BuiltInRule): LineScan {
  return LineScan.of({ triggers: rule.triggers, patterns: undefined } as unknown as RedactionRules);
}

const calledClean = (line: string, scan: LineScan) => {
  const bytes = Buffer.from(line);
  return provablyClean(bytes, 0, bytes.length, new SuspectFinder(bytes, scan));
};

describe('each built-in rule declares the words it fires on', () => {
  it('has examples for every rule, and a rule for every example', () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(Object.keys(BUILT_IN_REDACTION).sort());
  });

  it.each(Object.entries(BUILT_IN_REDACTION))(
    "%s: its lines are redacted, and found by the fast check of the rule's own words",
    (name, rule) => {
      for (const line of RULE_EXAMPLES[name] ?? []) {
        const locations = redactParsed(Buffer.from(line), BUILT_IN_RULES).locations.map(ruleOf);
        expect(
          locations.some((l) => rule.locations.includes(l)),
          line,
        ).toBe(true);
        expect(calledClean(line, scanOfOwnWords(rule)), line).toBe(false);
        expect(calledClean(line, LineScan.of(BUILT_IN_RULES)), line).toBe(false);
      }
    },
  );

  it("builds the fast check from the rules' words", () => {
    const words = new Set(
      Object.values(BUILT_IN_REDACTION).flatMap((rule) => rule.triggers.map((t) => t.word)),
    );
    expect(new Set(BUILT_IN_RULES.triggers.map((t) => t.word))).toEqual(words);
    expect(ruleTriggers({ resources: [], auditAnnotations: [], patternWords: [] })).toEqual(
      BUILT_IN_RULES.triggers,
    );
  });

  it('calls no line clean that the full check redacts, in the canary and hostile corpora', () => {
    const next = hostileLines(23);
    const lines = [
      ...canaryLines(),
      ...Object.values(RULE_EXAMPLES).flat(),
      ...EXAMPLES.map(([, line]) => line),
      ...Array.from({ length: 20_000 }, () => next().text),
    ];
    const declared = new Set([
      ...Object.values(BUILT_IN_REDACTION).flatMap((rule) => rule.locations),
      // The user's rules, and what the full check does to any line it parses.
      'audit-annotations',
      'patterns',
      'repeated-keys',
      'too-deep',
    ]);
    for (const rules of [BUILT_IN_RULES, USER_RULES]) {
      const scan = LineScan.of(rules);
      for (const line of lines) {
        const { locations } = redactParsed(Buffer.from(line), rules);
        if (locations.length === 0) continue;
        expect(calledClean(line, scan), `${locations.join(', ')}: ${line}`).toBe(false);
        for (const location of locations)
          expect(declared.has(ruleOf(location)), `no rule declares ${location}`).toBe(true);
      }
    }
  });
});
