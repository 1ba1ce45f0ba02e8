// Reading in parts, on this thread or on worker threads, must count exactly what one reader
// going through every line in order counts: the reference below is the plain Summarizer fed line
// by line, as post's one pass feeds it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLog } from '../../../bench/generate-log.js';
import { logFilesUnder } from '../../../src/logs/find/folder.js';
import { summarizeFiles } from '../../../src/logs/summary/files.js';
import { oneReader } from '../../support/summary-reference.js';

const ROOT = path.join(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/audit-logs');
/** The summary threads' script as the CLI runs it: the bundle built from these sources. */
const THREAD_SCRIPT = pathToFileURL(path.join(ROOT, 'dist/cli/summary-thread/index.js'));
const dir = mkdtempSync(path.join(os.tmpdir(), 'summarize-parts-'));

/** Request `id`'s line at `stage`, laid out as kube-apiserver writes it. */
function line(id: number, stage: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: 'Metadata',
    auditID: `id-${id}`,
    stage,
    requestURI: `/api/v1/namespaces/ns-${id % 5}/pods`,
    verb: stage === 'RequestReceived' ? 'list' : ['list', 'get', 'create'][id % 3],
    user: { username: `user-${id % 7}` },
    objectRef: { resource: 'pods', namespace: `ns-${id % 5}`, apiVersion: 'v1' },
    ...(stage === 'RequestReceived' ? {} : { responseStatus: { code: id % 11 === 0 ? 403 : 200 } }),
    requestReceivedTimestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, id)).toISOString(),
    stageTimestamp: new Date(
      Date.UTC(2026, 0, 1, 0, 0, 0, id + (stage === 'RequestReceived' ? 0 : 5)),
    ).toISOString(),
    ...extra,
  });
}

/**
 * Requests whose stages lie far apart, so that parts cut between them: each request's final stage
 * comes 30 lines after its first; some never finish, one finishes before it is received, one
 * early stage is damaged in its middle, and lines that are no events sit among them.
 */
function spreadStages(): string {
  const lines: string[] = [];
  for (let id = 0; id < 600; id++) {
    lines.push(line(id, 'RequestReceived'));
    if (id >= 30 && (id - 30) % 17 !== 0) lines.push(line(id - 30, 'ResponseComplete'));
    if (id % 101 === 0) lines.push('not json at all');
    if (id % 97 === 0) lines.push(line(id, 'ResponseStarted'));
  }
  lines.push(line(900, 'ResponseComplete'), line(900, 'RequestReceived'));
  lines.push(line(901, 'RequestReceived').replace('"verb"', '"verb" oops'));
  lines.push(line(901, 'ResponseComplete'));
  return `${lines.join('\n')}\n${line(902, 'ResponseComplete').slice(0, 80)}`;
}

const files: Record<string, string[]> = {};

beforeAll(async () => {
  const generated = path.join(dir, 'node-a', 'kube-apiserver-audit.log');
  mkdirSync(path.dirname(generated), { recursive: true });
  await generateLog(generated, 2 * 1024 * 1024);
  const spread = path.join(dir, 'node-b', 'kube-apiserver-audit.log');
  const spreadGz = path.join(dir, 'node-b', 'kube-apiserver-audit-2026-01-01T00-00-00.000.log.gz');
  mkdirSync(path.dirname(spread), { recursive: true });
  writeFileSync(spreadGz, gzipSync(spreadStages()));
  writeFileSync(spread, spreadStages());
  files.generated = [generated];
  files.spread = [spreadGz, spread];
  files.fixtures = await logFilesUnder(FIXTURES);
  files.all = [...files.fixtures, ...files.spread, generated];
}, 60_000);

describe('a summary read in parts', () => {
  it.each([
    ['the generated log', 'generated', 16 * 1024],
    ['the real logs of test/fixtures', 'fixtures', 700],
    ['requests whose stages fall in different parts', 'spread', 2048],
    ['all of them at once', 'all', 4096],
  ])('of %s counts what one reader in order counts', async (_, name, partBytes) => {
    const given = files[name] ?? [];
    const reference = await oneReader(given);
    expect(reference.requests).toBeGreaterThan(10);
    expect(await summarizeFiles(given, { partBytes })).toEqual(reference);
  });

  it('of requests spread over parts counts each request once', async () => {
    const s = await summarizeFiles(files.spread?.slice(1) ?? [], { partBytes: 2048 });
    // 600 received (those never finished count at their last stage), 900 twice (finished
    // first, then received), 901 once; 902 is cut off.
    expect(s.requests).toBe(600 + 2 + 1);
    // The six lines that are no JSON and the cut-off one. 901's damaged early stage is an event
    // unread: its final stage came, as one reader in order counts it too.
    expect(s.skipped).toBe(6 + 1);
  });

  it.each([
    ['the generated log', 'generated', 16 * 1024],
    ['all the logs', 'all', 4096],
  ])('on two worker threads, of %s, counts what one reader counts', async (_, name, partBytes) => {
    const given = files[name] ?? [];
    const threaded = await summarizeFiles(given, {
      threadScript: THREAD_SCRIPT,
      threads: 2,
      partBytes,
    });
    expect(threaded).toEqual(await oneReader(given));
  });

  it('fails, instead of waiting, when a thread fails', async () => {
    const broken = path.join(dir, 'broken-thread.mjs');
    writeFileSync(broken, 'throw new Error("this thread cannot start");\n');
    const read = summarizeFiles(files.generated ?? [], {
      threadScript: pathToFileURL(broken),
      threads: 2,
      partBytes: 16 * 1024,
    });
    await expect(read).rejects.toThrow('this thread cannot start');
  });
});
