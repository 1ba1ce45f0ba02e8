// The fast check (src/logs/redact/scan.ts) keeps a line unparsed when a few bytes prove that no rule can
// fire on it. Here it meets seeded random events built from the shapes the rules look at —
// Secrets, lists, watch events, token requests and reviews, patches, last-applied annotations —
// with letters and quotes spelled as JSON escapes, as a client's patch logged as sent may spell
// them — and the hostile lines of the redaction tests (repeated keys, cut lines, odd kinds and
// spellings, deep nesting) under the built-in rules and the user's: it must give what the full
// parse gives on every line.
import { describe, expect, it } from 'vitest';
import { seeded } from '../../../bench/generate-log.js';
import { redactLine, redactParsed } from '../../../src/logs/redact/line.js';
import { LAST_APPLIED } from '../../../src/logs/redact/rules.js';
import { BUILT_IN_RULES, RedactionRules } from '../../../src/logs/redact/settings.js';
import { HOSTILE_RULES, hostileLines } from '../../support/hostile-lines.js';

const KINDS = ['Secret', 'SecretList', 'WatchEvent', 'TokenRequest', 'TokenReview', 'ConfigMap'];
const KEYS = [
  'kind',
  'data',
  'stringData',
  'metadata',
  'items',
  'object',
  'status',
  'spec',
  'token',
];
const LEAVES = ['c2VjcmV0', 1, null, 'token', '{"kind":"Secret","data":{"a":"b"}}'];
const APPLIED = ['{"kind":"Secret","data":{"a":"b"}}', '{"kind":"ConfigMap","data":{"a":"b"}}'];

function eventsOf(random: () => number) {
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)] as T;
  const body = (depth: number): unknown => {
    const shape = random();
    if (depth > 4 || shape < 0.3) return pick(LEAVES);
    if (shape < 0.4)
      return {
        kind: pick([...KINDS, undefined]),
        metadata: { annotations: { [LAST_APPLIED]: body(depth + 1) } },
      };
    if (shape < 0.5) return [body(depth + 1), body(depth + 1)];
    const object: Record<string, unknown> = {};
    for (let i = Math.floor(random() * 5); i > 0; i--)
      object[pick(KEYS)] = random() < 0.3 ? pick(KINDS) : body(depth + 1);
    return object;
  };
  // A ConfigMap applied with kubectl, its annotation holding a Secret or not: with no other
  // Secret or token in the line, only the annotation's own quotes can lead the check to it.
  const applied = () => ({
    kind: 'Event',
    stage: 'ResponseComplete',
    objectRef: { resource: 'configmaps' },
    requestObject: { metadata: { annotations: { [LAST_APPLIED]: pick(APPLIED) } } },
  });
  const anything = () => ({
    kind: 'Event',
    stage: 'ResponseComplete',
    objectRef: {
      resource: pick(['secrets', 'configmaps', 'serviceaccounts', 'tokenreviews']),
      subresource: pick([undefined, 'token']),
    },
    requestObject: body(0),
    responseObject: body(0),
    annotations: { 'patch.webhook.admission.k8s.io/round_0_index_0': '{"op":"add"}' },
  });
  return () => (random() < 0.2 ? applied() : anything());
}

/** Spells some characters inside strings as `\uXXXX` (quotes inside strings among them). */
function respelled(json: string, random: () => number): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i] as string;
    if (inString && c === '\\') {
      const next = json[++i] as string;
      out += next === '"' && random() < 0.5 ? '\\u0022' : c + next;
    } else if (c === '"') {
      inString = !inString;
      out += c;
    } else if (inString && random() < 0.03) {
      out += `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    } else out += c;
  }
  return out;
}

describe('the fast check on random events', () => {
  it.each([1, 2, 3])('gives what the full parse gives (seed %i)', (seed) => {
    const random = seeded(seed * 104_729);
    const event = eventsOf(random);
    let redacted = 0;
    for (let i = 0; i < 5000; i++) {
      const json = JSON.stringify(event());
      const line = random() < 0.5 ? respelled(json, random) : json;
      const fast = redactLine(line);
      const full = redactParsed(Buffer.from(line));
      expect(fast.line.toString(), line).toBe(full.line.toString());
      expect(fast.locations, line).toEqual(full.locations);
      if (full.redacted > 0) redacted++;
    }
    // Both outcomes are common: the lines exercise the rules, not only the fast path.
    expect(redacted).toBeGreaterThan(500);
    expect(redacted).toBeLessThan(4500);
  });
});

describe('the fast check on hostile lines', () => {
  it.each([
    ['the built-in rules', BUILT_IN_RULES],
    ["the user's rules", RedactionRules.compile(HOSTILE_RULES)],
    [
      "the user's rules, with patterns whose matches spell a word",
      RedactionRules.compile({ ...HOSTILE_RULES, patterns: HOSTILE_RULES.patterns.slice(0, 2) }),
    ],
  ])('gives what the full parse gives, under %s', (_, rules) => {
    const next = hostileLines(7);
    let fast = 0;
    for (let i = 0; i < 10_000; i++) {
      const { text } = next();
      const quick = redactLine(text, undefined, rules);
      const full = redactParsed(Buffer.from(text), rules);
      expect(quick.line.toString(), text).toBe(full.line.toString());
      expect(quick.locations, text).toEqual(full.locations);
      if (quick.line.toString() === text && full.locations.length === 0) fast++;
    }
    // Both outcomes are common.
    expect(fast).toBeGreaterThan(2000);
    expect(fast).toBeLessThan(9000);
  });
});
