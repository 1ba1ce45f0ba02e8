import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { EventCounts } from '../../../src/logs/pass/count.js';
import { passOverNodes } from '../../../src/logs/pass/one-pass.js';

// Real logs the repository carries (test/fixtures/audit-logs/README.md: sources and licenses).
const realLogs = fileURLToPath(new URL('../../fixtures/audit-logs/', import.meta.url));

function event(stage: string, auditID: string): string {
  return JSON.stringify({
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: 'Metadata',
    auditID,
    stage,
    verb: 'get',
    requestURI: '/api',
  });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'count-'));

/** A file's counts as the one pass takes them while it reads the file (post's only count). */
async function passCounts(file: string): Promise<EventCounts> {
  const merged = path.join(mkdtempSync(path.join(dir, 'pass-')), 'audit.jsonl');
  const result = await passOverNodes([{ node: 'n', files: [file] }], merged, () => {}, {
    redact: false,
  });
  const counts = result.counts.get(file);
  if (!counts) throw new Error(`the pass did not count ${file}`);
  return counts;
}

describe("the pass's counts of each file", () => {
  const lines = [
    event('RequestReceived', 'a'),
    event('ResponseComplete', 'a'),
    event('ResponseStarted', 'b'),
    event('Panic', 'c'),
    '{"kind":"Event","stage":"ResponseC',
  ];

  it('counts events, requests at their final stage, and a line cut off mid-write', async () => {
    const file = path.join(dir, 'a.log');
    writeFileSync(file, lines.join('\n'));
    expect(await passCounts(file)).toEqual({ events: 4, requests: 2, unreadable: 1 });
  });

  it('reads rotated .gz files the same way', async () => {
    const file = path.join(dir, 'a-2026-11-26T15-16-49.123.log.gz');
    writeFileSync(file, gzipSync(lines.join('\n')));
    expect(await passCounts(file)).toEqual({ events: 4, requests: 2, unreadable: 1 });
  });

  it('counts the 37 events of a real audit2rbac log', async () => {
    expect(await passCounts(path.join(realLogs, 'audit2rbac-demo.log'))).toEqual({
      events: 37,
      requests: 37,
      unreadable: 0,
    });
  });

  it('reads real falco events, v1 and v1beta1, and flags the malformed one', async () => {
    const folder = path.join(realLogs, 'falco-k8s-audit');
    let events = 0;
    let unreadable = 0;
    for (const name of readdirSync(folder)) {
      const counts = await passCounts(path.join(folder, name));
      events += counts.events;
      unreadable += counts.unreadable;
    }
    expect(events).toBe(51);
    expect(unreadable).toBe(1);
  });
});
