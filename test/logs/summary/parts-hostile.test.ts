// A log comes from a cluster that runs the code under test: damaged lines, fields of the wrong
// type, requests that never finish or whose stages lie far apart. Read in parts (on this thread or
// on worker threads), such a log must still count exactly what one reader going through every
// line in order counts, as long as each request keeps its stages in order under an auditID of
// its own (kube-apiserver writes them so); the one exception is pinned below.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { seeded } from '../../../bench/generate-log.js';
import { summarizeFiles } from '../../../src/logs/summary/files.js';
import { oneReader } from '../../support/summary-reference.js';

const THREAD_SCRIPT = pathToFileURL(
  path.join(import.meta.dirname, '../../../dist/cli/summary-thread/index.js'),
);
const dir = mkdtempSync(path.join(os.tmpdir(), 'summarize-hostile-'));

/** The stages one request may write, in lifecycle order; some never finish. */
const LIFECYCLES = [
  ['RequestReceived', 'ResponseComplete'],
  ['RequestReceived', 'ResponseStarted', 'ResponseComplete'],
  ['RequestReceived', 'Panic'],
  ['RequestReceived', 'ResponseStarted'],
  ['RequestReceived'],
  ['ResponseComplete'],
  ['Unknown'],
];

/**
 * `count` lines of a hostile log: requests of their own auditIDs (`prefix-n`), their stages in
 * lifecycle order but interleaved with other requests' so that parts cut between them, every field
 * at times of the wrong type or odd, and lines damaged in every way a file can be.
 */
function hostileLog(random: () => number, count: number, prefix: string): string {
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)] as T;
  const eventLine = (auditID: string, stage: string) => {
    const time = new Date(Date.UTC(2026, 0, 1, 0, 0, 0, Math.floor(random() * 100_000)));
    const stamp = time.toISOString().replace('Z', '123Z');
    return JSON.stringify({
      kind: 'Event',
      apiVersion: pick(['audit.k8s.io/v1', 'audit.k8s.io/v1beta1']),
      level: pick(['Metadata', 'Request']),
      auditID: random() < 0.05 ? 7 : auditID,
      stage,
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
    });
  };
  const damaged = (text: string) => {
    const damage = random();
    if (damage < 0.02) return text.slice(0, Math.floor(random() * text.length));
    if (damage < 0.03) return pick(['', ' \t', 'not json', '[1,2]']);
    if (damage < 0.04) return `  ${text}\r`;
    if (damage < 0.05) return text + text; // two events on one line: no JSON
    if (damage < 0.055) return `{"stage":"ResponseComplete","auditID":"${'z'.repeat(9000)}"}`;
    return text;
  };
  const lines: string[] = [];
  const inFlight: { auditID: string; stages: string[] }[] = [];
  for (let n = 0; lines.length < count;) {
    if (inFlight.length === 0 || random() < 0.5)
      inFlight.push({ auditID: `${prefix}-${n++}`, stages: [...pick(LIFECYCLES)] });
    const at = Math.floor(random() * inFlight.length);
    const request = inFlight[at] as { auditID: string; stages: string[] };
    lines.push(damaged(eventLine(request.auditID, request.stages.shift() ?? '')));
    if (request.stages.length === 0) inFlight.splice(at, 1);
  }
  return `${lines.join('\n')}\n`;
}

/** Two nodes, each with a rotated `.gz` file and a live one. */
function hostileFiles(seed: number): string[] {
  const random = seeded(seed * 7919);
  const files: string[] = [];
  for (const node of ['node-1', 'node-2']) {
    const folder = path.join(dir, `seed-${seed}`, node);
    mkdirSync(folder, { recursive: true });
    const rotated = path.join(folder, 'kube-apiserver-audit-2026-01-01T00-00-00.000.log.gz');
    const live = path.join(folder, 'kube-apiserver-audit.log');
    const lines = () => 200 + Math.floor(random() * 300);
    writeFileSync(rotated, gzipSync(hostileLog(random, lines(), `${node}-rotated`)));
    writeFileSync(live, hostileLog(random, lines(), `${node}-live`));
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
  it('counts a reused Audit-ID twice when its first use is still open in an earlier part: the one case it does not follow', async () => {
    // A client chose the ID of a request that never finished for one that did. One reader lets the
    // first stage go for the second; a part that saw the second received does not hand its final
    // stage on (that would cost the merging thread 35 MB of RSS), so the first still counts.
    const file = fileOf(
      'reused-id',
      [stageLine('chosen-by-client', 'RequestReceived', 1)],
      [
        stageLine('chosen-by-client', 'RequestReceived', 2),
        stageLine('chosen-by-client', 'ResponseComplete', 3),
      ],
    );
    expect((await oneReader([file])).requests).toBe(1 + 40);
    expect((await summarizeFiles([file], { partBytes: 2048 })).requests).toBe(2 + 40);
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
