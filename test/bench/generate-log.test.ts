import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateLog } from '../../bench/generate-log.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'generate-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GO_ORDER = [
  'kind',
  'apiVersion',
  'level',
  'auditID',
  'stage',
  'requestURI',
  'verb',
  'user',
  'impersonatedUser',
  'sourceIPs',
  'userAgent',
  'objectRef',
  'responseStatus',
  'requestObject',
  'responseObject',
  'requestReceivedTimestamp',
  'stageTimestamp',
  'annotations',
];

describe('generateLog', () => {
  it('writes the same bytes every time, at least the size asked for, as kube-apiserver lays them out', async () => {
    const [a, b] = [path.join(dir, 'a.log'), path.join(dir, 'b.log')];
    await generateLog(a, 2_000_000);
    await generateLog(b, 2_000_000);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(statSync(a).size).toBeGreaterThanOrEqual(2_000_000);
    expect(statSync(a).size).toBeLessThan(2_300_000);

    const events = readFileSync(a, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const e of events) {
      const keys = Object.keys(e);
      expect(keys).toEqual(GO_ORDER.filter((k) => keys.includes(k)));
    }
    // Every request has both stages, its RequestReceived first.
    const stages = new Map<unknown, unknown[]>();
    for (const e of events) stages.set(e.auditID, [...(stages.get(e.auditID) ?? []), e.stage]);
    expect([...stages.values()].every((s) => s.join() === 'RequestReceived,ResponseComplete')).toBe(
      true,
    );
    const count = (f: (e: Record<string, unknown>) => boolean) => events.filter(f).length;
    expect(count((e) => e.level === 'Metadata')).toBeGreaterThan(events.length / 2);
    expect(count((e) => e.level === 'Request' && 'requestObject' in e)).toBeGreaterThan(0);
    expect(count((e) => e.level === 'RequestResponse' && 'responseObject' in e)).toBeGreaterThan(0);
    expect(
      count((e) => (e.responseStatus as { code?: number } | undefined)?.code === 403),
    ).toBeGreaterThan(0);
    expect(
      new Set(events.map((e) => (e.user as { username: string }).username)).size,
    ).toBeGreaterThan(4);
  });
});
