// A log comes from a cluster that runs the code under test: request stages in any order, an
// Audit-ID a client chose and reused, damaged lines, fields of the wrong type. Read in parts (on
// this thread or on worker threads), such a log must still count exactly what one reader going
// through every line in order counts.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { summarizeFiles } from '../../src/logs/summarize-files.js';
import { oneReader } from '../support/summary-reference.js';

const THREAD_SCRIPT = pathToFileURL(
  path.join(import.meta.dirname, '../../dist/cli/summary-thread/index.js'),
);
const dir = mkdtempSync(path.join(os.tmpdir(), 'summarize-hostile-'));

/** A seeded xorshift: the same "random" log on every run, so a failure can be replayed. */
function randomOf(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 2 ** 32;
  };
}

/** `count` lines of a hostile log; auditIDs come from a small set, so requests collide. */
function hostileLog(random: () => number, count: number): string {
  const pick = <T>(choices: T[]): T => choices[Math.floor(random() * choices.length)] as T;
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const time = new Date(Date.UTC(2026, 0, 1, 0, 0, 0, Math.floor(random() * 100_000)));
    const stamp = time.toISOString().replace('Z', '123Z');
    const event = {
      kind: 'Event',
      apiVersion: pick(['audit.k8s.io/v1', 'audit.k8s.io/v1beta1']),
      level: pick(['Metadata', 'Request']),
      auditID: random() < 0.05 ? 7 : `id-${Math.floor((random() * count) / 2)}`,
      stage: pick(['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic', 'Unknown']),
      requestURI: pick(['/api/v1/pods', '/apis/apps/v1/namespaces/x/deployments?watch=1']),
      verb: random() < 0.05 ? ['get'] : pick(['get', 'list', 'watch', 'délete', '<b>x</b>|']),
      user:
        random() < 0.05
          ? 'bob'
          : { username: pick(['alice', 'system:node:n1', 'u\u2028v', 'ü"x', '']), groups: ['a'] },
      ...(random() < 0.1 ? { impersonatedUser: { username: pick(['imp', 7]) } } : {}),
      userAgent: pick(['kubectl/v1', 'x'.repeat(Math.floor(random() * 300))]),
      objectRef:
        random() < 0.05
          ? []
          : { resource: pick(['pods', 'secrets', undefined]), namespace: pick(['a', undefined]) },
      responseStatus: random() < 0.05 ? 'ok' : { code: pick([200, 403, 500, '200']) },
      ...(random() < 0.3
        ? { requestObject: { data: 'y'.repeat(random() * 3000), n: ['}"{'] } }
        : {}),
      requestReceivedTimestamp: stamp,
      ...(random() < 0.9 ? { stageTimestamp: random() < 0.05 ? 'no time' : stamp } : {}),
      annotations: random() < 0.05 ? 5 : { 'apiserver.latency.k8s.io/total': pick(['1.5ms', 'x']) },
    };
    const text = JSON.stringify(event);
    const damage = random();
    if (damage < 0.02) lines.push(text.slice(0, Math.floor(random() * text.length)));
    else if (damage < 0.03) lines.push(pick(['', ' \t', 'not json', '[1,2]']));
    else if (damage < 0.04) lines.push(`  ${text}\r`);
    else if (damage < 0.05)
      lines.push(text + text); // two events on one line: no JSON
    else if (damage < 0.055)
      lines.push(`{"stage":"ResponseComplete","auditID":"${'z'.repeat(9000)}"}`);
    else lines.push(text);
  }
  return `${lines.join('\n')}\n`;
}

/** Two nodes, each with a rotated `.gz` file and a live one. */
function hostileFiles(seed: number): string[] {
  const random = randomOf(seed * 7919);
  const files: string[] = [];
  for (const node of ['node-1', 'node-2']) {
    const folder = path.join(dir, `seed-${seed}`, node);
    mkdirSync(folder, { recursive: true });
    const rotated = path.join(folder, 'kube-apiserver-audit-2026-01-01T00-00-00.000.log.gz');
    const live = path.join(folder, 'kube-apiserver-audit.log');
    writeFileSync(rotated, gzipSync(hostileLog(random, 200 + Math.floor(random() * 300))));
    writeFileSync(live, hostileLog(random, 200 + Math.floor(random() * 300)));
    files.push(rotated, live);
  }
  return files;
}

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

describe('a hostile log read in parts', () => {
  it.each(SEEDS)('counts what one reader counts (seed %i)', async (seed) => {
    const files = hostileFiles(seed);
    const reference = await oneReader(files);
    expect(reference.skipped).toBeGreaterThan(0);
    for (const partBytes of [300, 4096])
      expect(await summarizeFiles(files, { partBytes }), `parts of ${partBytes}`).toEqual(
        reference,
      );
  });

  it('counts what one reader counts on two worker threads', async () => {
    for (const seed of [1, 2, 3]) {
      const files = hostileFiles(seed);
      const threaded = await summarizeFiles(files, {
        threadScript: THREAD_SCRIPT,
        threads: 2,
        partBytes: 2048,
      });
      expect(threaded, `seed ${seed}`).toEqual(await oneReader(files));
    }
  });
});

/** Request `auditID`'s line at `stage`, as kube-apiserver lays it out. */
function stageLine(auditID: string, stage: string, ms: number): string {
  const time = new Date(Date.UTC(2026, 0, 1, 0, 0, 0, ms)).toISOString();
  return JSON.stringify({
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: 'Metadata',
    auditID,
    stage,
    verb: 'get',
    user: { username: 'alice' },
    objectRef: { resource: 'pods', namespace: 'a' },
    requestReceivedTimestamp: time,
    stageTimestamp: time,
  });
}

/** One file of `lines`, with enough finished requests between them to put them in other parts. */
function fileOf(name: string, ...lines: string[][]): string {
  const filler = (from: number) =>
    Array.from({ length: 20 }, (_, i) => stageLine(`filler-${from + i}`, 'ResponseComplete', i));
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'kube-apiserver-audit.log');
  writeFileSync(file, `${lines.flatMap((group, i) => [...group, ...filler(i * 20)]).join('\n')}\n`);
  return file;
}

describe('a request whose stages fall in different parts', () => {
  it('counts once when a client reused its Audit-ID for a request finished in a later part', async () => {
    // The first request never finished; the second, with the same ID, did: one reader lets the
    // first stage go for the second, and the final stage counts the one request.
    const file = fileOf(
      'reused-id',
      [stageLine('chosen-by-client', 'RequestReceived', 1)],
      [
        stageLine('chosen-by-client', 'RequestReceived', 2),
        stageLine('chosen-by-client', 'ResponseComplete', 3),
      ],
    );
    const reference = await oneReader([file]);
    expect(reference.requests).toBe(1 + 40);
    expect(await summarizeFiles([file], { partBytes: 2048 })).toEqual(reference);
  });

  it('counts a damaged early stage as one reader does when its final stage is in a later part', async () => {
    // Its front and tail show an early stage; its middle is no JSON. One reader never parses it:
    // its request's final stage settles it as an event.
    const early = stageLine('damaged', 'RequestReceived', 1).replace('"verb"', '"verb" oops');
    const file = fileOf('damaged-early', [early], [stageLine('damaged', 'ResponseComplete', 2)]);
    const reference = await oneReader([file]);
    expect(reference.skipped).toBe(0);
    expect(await summarizeFiles([file], { partBytes: 2048 })).toEqual(reference);
  });
});
