// The key codec (src/logs/pass/key-codec.ts) that carries a part's keys and requests from a pass
// thread: what comes back is what went in, value for value, numbers that JSON cannot say included.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateLog } from '../../../bench/generate-log.js';
import {
  decodeKeys,
  EncodedRequest,
  encodeKeys,
  madeRequest,
} from '../../../src/logs/pass/key-codec.js';
import { keyedLine } from '../../../src/logs/pass/keyed-line.js';
import type { LineKey, MadeLineKey } from '../../../src/logs/pass/part-keys.js';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/audit-logs');

function fixtureLines(): string[] {
  const lines = readFileSync(path.join(FIXTURES, 'audit2rbac-demo.log'), 'utf8').split('\n');
  const falco = path.join(FIXTURES, 'falco-k8s-audit');
  for (const name of readdirSync(falco).sort())
    lines.push(...readFileSync(path.join(falco, name), 'utf8').split('\n'));
  return lines.filter(Boolean);
}

const odd = (fields: Record<string, unknown>) =>
  JSON.stringify({
    kind: 'Event',
    auditID: 'odd',
    stage: 'ResponseComplete',
    verb: 'watch',
    user: { username: 'u', groups: ['a', 'b', 'a'] },
    requestReceivedTimestamp: '2026-11-26T15:16:00.000000Z',
    stageTimestamp: '2026-11-26T15:16:01.000000Z',
    ...fields,
  });

/** Every value equal by Object.is (NaN to NaN, -0 to -0), and the fields in the same order. */
function expectSame(back: LineKey[], sent: MadeLineKey[]): void {
  expect(back).toHaveLength(sent.length);
  for (const [i, key] of sent.entries()) {
    const back_ = back[i] as LineKey;
    // A request comes back encoded, made when the merge hands its line on.
    if (back_.request) expect(back_.request).toBeInstanceOf(EncodedRequest);
    const got = { ...back_, request: madeRequest(back_.request) };
    const { request } = key;
    expect(JSON.stringify(got)).toBe(JSON.stringify({ ...key, request }));
    if (!request || !got.request) {
      expect(got.request).toBe(request);
      continue;
    }
    expect(Object.keys(got.request)).toEqual(Object.keys(request));
    for (const [field, value] of Object.entries(request))
      expect(
        Object.is(got.request[field as keyof typeof got.request], value) || field === 'groups',
        field,
      ).toBe(true);
    expect(got.request.groups).toEqual(request.groups);
  }
}

describe('the key codec', () => {
  it('gives back the keys and requests of real and generated lines, early stages unparsed and lines that are no event', async () => {
    // The generator writes kube-apiserver's own layout, whose early stages are keyed unparsed.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'key-codec-'));
    const generated = path.join(dir, 'generated.log');
    await generateLog(generated, 256 * 1024, 'bodies');
    const lines = [
      ...fixtureLines(),
      ...readFileSync(generated, 'utf8').split('\n').filter(Boolean),
      'not json',
      '{"stage":7}',
    ];
    rmSync(dir, { recursive: true, force: true });
    const sent = lines.map((line) => {
      const { key, request, unchecked } = keyedLine(Buffer.from(line));
      return unchecked ? { key, unchecked } : { key, request };
    });
    expect(sent.filter((k) => k.request).length).toBeGreaterThan(50);
    expect(sent.filter((k) => k.unchecked).length).toBeGreaterThan(10);
    expectSame(decodeKeys(encodeKeys(sent)), sent);
  });

  it('keeps what JSON would lose: NaN times and latencies, an infinite or negative-zero code', () => {
    const sent = [
      odd({ stageTimestamp: 'not a time' }),
      // JSON.stringify writes neither: the numbers go in as the log's own text.
      odd({ responseStatus: { code: 'INFINITE' } }).replace('"INFINITE"', '1e999'),
      odd({ responseStatus: { code: 'MINUS_ZERO' } }).replace('"MINUS_ZERO"', '-0'),
      odd({ verb: 'get', annotations: { 'apiserver.latency.k8s.io/total': '1.5s' } }),
    ].map((line) => {
      const { key, request } = keyedLine(Buffer.from(line));
      return { key, request };
    });
    expect(Number.isNaN(sent[0]?.request?.ms)).toBe(true);
    expect(sent[1]?.request?.code).toBe(Infinity);
    expect(Object.is(sent[2]?.request?.code, -0)).toBe(true);
    expectSame(decodeKeys(encodeKeys(sent)), sent);
  });

  it("sends a request's auditID, stage and time of its own when they are not its key's", () => {
    const { key, request } = keyedLine(Buffer.from(odd({})));
    if (!key || !request) throw new Error('the line is an event');
    const sent: MadeLineKey[] = [
      { key: { ...key, time: 'the key says this' }, request: { ...request, auditID: 'its own' } },
    ];
    expectSame(decodeKeys(encodeKeys(sent)), sent);
  });
});
