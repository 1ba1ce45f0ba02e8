import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateLog } from '../../../bench/generate-log.js';
import type { AuditEvent } from '../../../src/logs/events/event.js';
import { PendingRequests } from '../../../src/logs/events/pending.js';
import { requestOf } from '../../../src/logs/events/request.js';
import { peekStage } from '../../../src/logs/events/stage-peek.js';
import { Summarizer } from '../../../src/logs/summary/summarizer.js';

const GO =
  '{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"a1","stage":"RequestReceived","requestURI":"/api","verb":"get","user":{"username":"alice"},"stageTimestamp":"2026-01-01T00:00:00.000000Z"}';
const final = (line: string) =>
  line.replace('"RequestReceived"', '"ResponseComplete"').replace('"/api"', '"/api","code":1');

const dir = new URL('../../fixtures/audit-logs/', import.meta.url);
const falco = new URL('falco-k8s-audit/', dir);
const realLines = [
  ...readFileSync(new URL('audit2rbac-demo.log', dir), 'utf8').split('\n'),
  ...readdirSync(falco).flatMap((name) => readFileSync(new URL(name, falco), 'utf8').split('\n')),
];

/** The summary of `lines` through the fast path (bytes) and through the plain parse (text). */
function both(lines: readonly string[]) {
  const fast = new Summarizer();
  const plain = new Summarizer();
  for (const line of lines) {
    fast.add(Buffer.from(line), 'n');
    plain.add(line, 'n'); // text is never peeked at: every line is parsed
  }
  return { fast: fast.result(), plain: plain.result() };
}

describe('peekStage', () => {
  it("reads auditID and stage off the front of a line in kube-apiserver's layout", () => {
    const peek = peekStage(Buffer.from(GO));
    expect([peek?.auditID, peek?.stage]).toEqual(['a1', 'RequestReceived']);
  });

  it.each([
    ['another key order', GO.replace('"kind":"Event","apiVersion"', '"apiVersion"')],
    ['a v1beta1 event', GO.replace('audit.k8s.io/v1"', 'audit.k8s.io/v1beta1"')],
    ['an escape in the auditID', GO.replace('"a1"', '"a\\u0031"')],
    ['a line cut off', GO.slice(0, -3)],
    ['a stage that is not a string', GO.replace('"RequestReceived"', '7')],
    ['text', 'not json'],
  ])('leaves %s to the full parse', (_what, line) => {
    expect(peekStage(Buffer.from(line))).toBeUndefined();
  });
});

describe('the summary with early stages set aside unparsed', () => {
  it('agrees with the plain parse on every real log line the repository carries', () => {
    const { fast, plain } = both(realLines);
    expect(fast).toEqual(plain);
  });

  it('agrees with the plain parse on a generated log of stage pairs in kube-apiserver layout', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'peek-'));
    try {
      const file = path.join(tmp, 'log');
      await generateLog(file, 2 * 1024 * 1024);
      const lines = readFileSync(file, 'utf8').split('\n');
      expect(lines.filter((l) => peekStage(Buffer.from(l))).length).toBeGreaterThan(1000);
      const { fast, plain } = both(lines);
      expect(fast.requests).toBeGreaterThan(1000);
      expect(fast).toEqual(plain);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('parses a held line whose final stage never comes: counted at its stage, or skipped if damaged', () => {
    const damaged = GO.replace('"a1"', '"a2"').replace('"user":{', '"user":{{');
    const { fast, plain } = both([GO, damaged]);
    expect(fast).toEqual(plain);
    expect(fast).toMatchObject({ lines: 2, events: 1, skipped: 1, requests: 1 });
    expect(fast.byVerb).toEqual({ get: 1 });
  });

  it('counts a request once when its early stage was held and its final stage parsed', () => {
    const { fast, plain } = both([GO, final(GO)]);
    expect(fast).toEqual(plain);
    expect(fast).toMatchObject({ lines: 2, events: 2, requests: 1 });
  });

  it('holds a bounded number of bytes; a final stage lets its held line go', () => {
    const settled: boolean[] = [];
    const pending = new PendingRequests(
      { count: () => undefined, settled: (isEvent) => settled.push(isEvent) },
      10,
      100,
    );
    expect(pending.canHold(60)).toBe(true);
    pending.hold('a', 'RequestReceived', Buffer.alloc(60), '', 0);
    expect(pending.canHold(60)).toBe(false);
    pending.add(requestOf(JSON.parse(final(GO).replace('"a1"', '"a"')) as AuditEvent), '', 1);
    expect(settled).toEqual([true]);
    expect(pending.canHold(60)).toBe(true);
  });

  it('takes a held line whose final stage comes for an event unread: the one place it differs from the plain parse', () => {
    // A line kube-apiserver cut off is a file's last (it died mid-write): its request never
    // finishes. A damaged early stage followed by its final one is no log an API server writes.
    const damaged = GO.replace('"user":{', '"user":{{');
    const { fast, plain } = both([damaged, final(GO)]);
    expect(fast).toMatchObject({ events: 2, skipped: 0, requests: 1 });
    expect(plain).toMatchObject({ events: 1, skipped: 1, requests: 1 });
  });
});
