import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { orderKey } from '../../src/logs/order-key.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/audit-logs');

/** The plain meaning, by JSON.parse: an object whose `stage` is a string is an event. */
function parsedKey(line: string) {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.stage !== 'string') return undefined;
  const text = (x: unknown) => (typeof x === 'string' ? x : undefined);
  return {
    time: text(v.stageTimestamp) ?? text(v.timestamp) ?? '',
    auditID: text(v.auditID) ?? '',
    stage: v.stage,
  };
}

function fixtureLines(): string[] {
  const files = [
    path.join(FIXTURES, 'audit2rbac-demo.log'),
    ...readdirSync(path.join(FIXTURES, 'falco-k8s-audit')).map((n) =>
      path.join(FIXTURES, 'falco-k8s-audit', n),
    ),
  ];
  return files.flatMap((f) => readFileSync(f, 'utf8').split('\n')).filter((l) => l !== '');
}

const crafted: Record<string, string> = {
  'escaped quotes in values': String.raw`{"auditID":"a\"b","stage":"ResponseComplete","stageTimestamp":"2026-01-01T00:00:00.000001Z"}`,
  'key text inside a requestURI': `{"auditID":"x","requestURI":"/api?q=\\"stage\\":\\"Panic\\"","stage":"RequestReceived","stageTimestamp":"2026-01-01T00:00:00.000002Z"}`,
  'key text inside a message': `{"stage":"ResponseComplete","responseStatus":{"message":"\\"stageTimestamp\\":\\"2099-01-01T00:00:00.000000Z\\""},"stageTimestamp":"2026-01-01T00:00:00.000003Z","auditID":"m"}`,
  'nested objects with stage keys': `{"auditID":"n","requestObject":{"stage":"Panic","stageTimestamp":"2099-01-01T00:00:00.000000Z","auditID":"inner"},"stage":"ResponseComplete","stageTimestamp":"2026-01-01T00:00:00.000004Z"}`,
  'nested stage only': `{"auditID":"o","requestObject":{"spec":{"stage":"build"}},"stageTimestamp":"2026-01-01T00:00:00.000004Z"}`,
  'annotations after the time hold its key': `{"auditID":"p","stage":"ResponseComplete","stageTimestamp":"2026-01-01T00:00:00.000005Z","annotations":{"stageTimestamp":"2099-01-01T00:00:00.000000Z"}}`,
  'v1beta1 with timestamp': `{"kind":"Event","apiVersion":"audit.k8s.io/v1beta1","metadata":{"creationTimestamp":"2018-10-25T13:58:49Z"},"timestamp":"2018-10-25T13:58:49Z","auditID":"q","stage":"ResponseComplete"}`,
  'no kind or apiVersion': `{"annotations":{"a":"b"},"auditID":"r","stage":"ResponseStarted","stageTimestamp":"2026-01-01T00:00:00.000006Z"}`,
  'a key with a unicode escape': `{"st\\u0061ge":"Panic","auditID":"s"}`,
  'an escaped auditID': `{"stage":"Panic","auditID":"s\\u0041"}`,
  'a stage that is a number': `{"stage":5,"auditID":"t"}`,
  'stage given twice': `{"stage":"RequestReceived","auditID":"u","stage":"ResponseComplete"}`,
  'an array of stages': `{"stage":["Panic"],"auditID":"v"}`,
  'an odd run of backslashes before a quote': String.raw`{"message":"a\\\"b\\","stage":"Panic"}`,
  'spaces and a CR': ' { "stage" : "Panic" , "auditID" : "w" } \r',
  'cut off mid-write': `{"kind":"Event","auditID":"x","stage":"ResponseComplete","requestURI":"/api/v1/na`,
  'cut off after a nested object': `{"auditID":"x","stage":"ResponseComplete","user":{"username":"a"}`,
  'legacy text line': `2026-01-01T00:00:00.000Z AUDIT: id="x" stage="ResponseComplete" ip="1.2.3.4"`,
  'two objects on one line': `{"stage":"Panic"}{"stage":"Panic"}`,
  'mismatched brackets': `{"stage":"Panic","a":[1}]`,
  'a key without its colon': `{"stage" "Panic"}`,
  'falco malformed event': `{"kind": 0}`,
  'an array': `[{"stage":"Panic"}]`,
  'a bare word': `{"stage":"Panic",x}`,
  'an empty object': '{}',
};

describe('orderKey', () => {
  it('agrees with JSON.parse on every line of the real fixtures', () => {
    const lines = fixtureLines();
    expect(lines.length).toBeGreaterThan(80);
    for (const line of lines) expect(orderKey(Buffer.from(line)), line).toEqual(parsedKey(line));
    // The fixtures hold events of both versions and a line that is no event.
    expect(lines.filter((l) => orderKey(Buffer.from(l)) === undefined)).toEqual(['{"kind": 0}']);
  });

  it('agrees with JSON.parse on every fixture line cut off at many places', () => {
    for (const line of fixtureLines()) {
      for (let cut = 1; cut < line.length; cut += Math.ceil(line.length / 40)) {
        const part = line.slice(0, cut);
        expect(orderKey(Buffer.from(part)), part).toEqual(parsedKey(part));
      }
    }
  });

  it.each(Object.entries(crafted))('agrees with JSON.parse: %s', (_, line) => {
    expect(orderKey(Buffer.from(line))).toEqual(parsedKey(line));
  });

  it('reads the top-level keys, not those nested or quoted in values', () => {
    expect(orderKey(Buffer.from(crafted['nested objects with stage keys'] as string))).toEqual({
      time: '2026-01-01T00:00:00.000004Z',
      auditID: 'n',
      stage: 'ResponseComplete',
    });
    expect(orderKey(Buffer.from(crafted['nested stage only'] as string))).toBeUndefined();
  });

  it('takes v1beta1 `timestamp` when there is no stageTimestamp', () => {
    expect(orderKey(Buffer.from(crafted['v1beta1 with timestamp'] as string))?.time).toBe(
      '2018-10-25T13:58:49Z',
    );
  });

  it('has no key for a line that is not a JSON event', () => {
    for (const name of ['cut off mid-write', 'cut off after a nested object', 'legacy text line'])
      expect(orderKey(Buffer.from(crafted[name] as string)), name).toBeUndefined();
  });
});
