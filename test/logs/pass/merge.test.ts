import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { eventTime, stageRank, type AuditEvent } from '../../../src/logs/events/event.js';
import { mergeFiles } from '../../../src/logs/pass/merge-files.js';
import { plainMerge } from '../../support/plain-merge.js';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/audit-logs');

/** An event line with the given time (seconds after a fixed minute), id and stage. */
function ev(second: number, auditID: string, stage = 'ResponseComplete'): string {
  const time = `2026-11-26T15:16:${String(second).padStart(2, '0')}.000000Z`;
  return JSON.stringify({ kind: 'Event', auditID, stage, stageTimestamp: time });
}

const merge = plainMerge;

const ids = (lines: string[]) => lines.map((l) => (JSON.parse(l) as AuditEvent).auditID);

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'merge-test-'));
}

describe('the merge', () => {
  it('interleaves two nodes by time', async () => {
    const { out, stats } = await merge([
      [ev(1, 'a1'), ev(3, 'a3'), ev(5, 'a5')],
      [ev(2, 'b2'), ev(4, 'b4'), ev(6, 'b6')],
    ]);
    expect(ids(out)).toEqual(['a1', 'b2', 'a3', 'b4', 'a5', 'b6']);
    expect(stats).toEqual({ lines: 6, events: 6, skipped: 0, outOfOrder: 0 });
  });

  it('orders the stages of one request by lifecycle when their times are equal', async () => {
    const { out } = await merge([
      [
        ev(1, 'x', 'ResponseComplete'),
        ev(1, 'x', 'RequestReceived'),
        ev(1, 'x', 'ResponseStarted'),
      ],
    ]);
    expect(out.map((l) => stageRank((JSON.parse(l) as AuditEvent).stage))).toEqual([0, 1, 2]);
  });

  it('breaks equal times by auditID', async () => {
    const { out } = await merge([[ev(1, 'b'), ev(1, 'a')], [ev(1, 'c')]]);
    expect(ids(out)).toEqual(['a', 'b', 'c']);
  });

  it('puts events written out of order back in time order within the window', async () => {
    const { out, stats } = await merge([[ev(3, 'c'), ev(1, 'a'), ev(4, 'd'), ev(2, 'b')]], 3);
    expect(ids(out)).toEqual(['a', 'b', 'c', 'd']);
    expect(stats.outOfOrder).toBe(0);
  });

  it('writes an event later than the window as soon as it is read, and counts it', async () => {
    const { out, stats } = await merge([[ev(5, 'e'), ev(6, 'f'), ev(7, 'g'), ev(1, 'late')]], 1);
    // With a window of 1, `g` is still held when `late` comes: `late` goes out at once, before it.
    expect(ids(out)).toEqual(['e', 'f', 'late', 'g']);
    expect(stats).toEqual({ lines: 4, events: 4, skipped: 0, outOfOrder: 1 });
  });

  it('puts an event whose time is no time first, without upsetting the order of the rest', async () => {
    // The fraction of a hostile time is no number: were it compared as NaN, the window's order
    // would no longer be total and real events would come out of order.
    const hostile = (id: string) =>
      JSON.stringify({
        auditID: id,
        stage: 'ResponseComplete',
        stageTimestamp: '2026-11-26T15:16:49.12a456Z',
      });
    const seconds = Array.from({ length: 40 }, (_, i) => (i * 37) % 60);
    const lines = seconds.flatMap((second, i) =>
      i % 7 === 3 ? [ev(second, `e${i}`), hostile(`x${i}`)] : [ev(second, `e${i}`)],
    );
    const { out, stats } = await merge([lines], 100);
    const timeOf = (line: string) => (JSON.parse(line) as AuditEvent).stageTimestamp;
    const real = out.filter((line) => !line.includes('12a456'));
    expect(real.map(timeOf)).toEqual(
      [...seconds].sort((a, b) => a - b).map((second) => timeOf(ev(second, ''))),
    );
    expect(ids(out.slice(0, 6))).toEqual(['x10', 'x17', 'x24', 'x3', 'x31', 'x38']);
    expect(stats.outOfOrder).toBe(0);
  });

  it('skips and counts lines that are not events; none reaches the output', async () => {
    const { out, stats } = await merge([
      [ev(1, 'a'), 'I1126 15:16:49 legacy text', '{"kind": 0}', ev(2, 'b'), '{"auditID":"cut'],
    ]);
    expect(ids(out)).toEqual(['a', 'b']);
    expect(stats).toEqual({ lines: 5, events: 2, skipped: 3, outOfOrder: 0 });
  });

  it('places v1beta1 whole-second timestamps before later fractions of that second', async () => {
    const beta = JSON.stringify({
      auditID: 'beta',
      stage: 'ResponseComplete',
      timestamp: '2026-11-26T15:16:01Z',
    });
    const { out } = await merge([[ev(1, 'v1-at-1.0')], [beta]]);
    const half = JSON.stringify({
      auditID: 'half',
      stage: 'ResponseComplete',
      stageTimestamp: '2026-11-26T15:16:01.5Z',
    });
    expect(ids(out)).toEqual(['beta', 'v1-at-1.0']);
    const again = await merge([[half], [beta]]);
    expect(ids(again.out)).toEqual(['beta', 'half']);
  });

  it('keeps every event of the real fixtures, in time order, bytes unchanged', async () => {
    const demo = readFileSync(path.join(FIXTURES, 'audit2rbac-demo.log'), 'utf8')
      .split('\n')
      .filter(Boolean);
    const falcoDir = path.join(FIXTURES, 'falco-k8s-audit');
    const falco = readdirSync(falcoDir).flatMap((n) =>
      readFileSync(path.join(falcoDir, n), 'utf8').split('\n').filter(Boolean),
    );
    const { out, stats } = await merge([demo, falco.reverse()], 10_000);
    expect(stats).toEqual({
      lines: demo.length + falco.length,
      events: demo.length + falco.length - 1,
      skipped: 1,
      outOfOrder: 0,
    });
    expect(new Set(out)).toEqual(new Set([...demo, ...falco].filter((l) => l !== '{"kind": 0}')));
    const times = out.map((l) => new Date(eventTime(JSON.parse(l) as AuditEvent)).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // Events without apiVersion and v1beta1 events are among them.
    expect(out.some((l) => !('apiVersion' in JSON.parse(l)))).toBe(true);
    expect(out.some((l) => l.includes('"audit.k8s.io/v1beta1"'))).toBe(true);
  });
});

describe('mergeFiles', () => {
  it("writes every node's events, rotated and current, one a line, into one time-ordered file", async () => {
    const dir = tempDir();
    const rotated = path.join(dir, 'a-rotated.log.gz');
    const current = path.join(dir, 'a.log');
    writeFileSync(rotated, gzipSync(`${ev(1, 'a1')}\n${ev(4, 'a4')}\n`));
    // The node was writing its last line when it stopped: that line is left out and counted.
    writeFileSync(current, `${ev(5, 'a5')}\n{"auditID":"a9","stage":"Resp`);
    const other = path.join(dir, 'b.log');
    writeFileSync(other, `${ev(2, 'b2')}\n not json \n${ev(6, 'b6')}\n`);
    const out = path.join(dir, 'audit.jsonl');
    const { merge: stats } = await mergeFiles(
      [
        { node: 'kind-control-plane', files: [rotated, current] },
        { node: 'kind-control-plane2', files: [other] },
      ],
      out,
      { redact: false },
    );
    expect(readFileSync(out, 'utf8')).toBe(
      [ev(1, 'a1'), ev(2, 'b2'), ev(4, 'a4'), ev(5, 'a5'), ev(6, 'b6')]
        .map((l) => `${l}\n`)
        .join(''),
    );
    expect(stats).toEqual({ lines: 7, events: 5, skipped: 2, outOfOrder: 0 });
  });

  it('leaves out a line shaped like an event that is no JSON, as post does', async () => {
    const dir = tempDir();
    const damaged = [
      '{"stage":"ResponseComplete","auditID":"bare-word","verb":tru}',
      '{"stage":"ResponseComplete","auditID":"no-colon","objectRef"{}}',
      '{"stage":"ResponseComplete","auditID":"raw\ttab"}',
    ];
    const input = path.join(dir, 'a.log');
    writeFileSync(input, `${[ev(1, 'a'), ...damaged, ev(2, 'b')].join('\n')}\n`);
    const out = path.join(dir, 'audit.jsonl');
    const { merge: stats } = await mergeFiles([{ node: 'n', files: [input] }], out, {
      redact: false,
    });
    expect(readFileSync(out, 'utf8')).toBe(`${ev(1, 'a')}\n${ev(2, 'b')}\n`);
    expect(stats).toMatchObject({ events: 2, skipped: 3 });
  });

  it('reports a damaged .gz and keeps what it gave', async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 3000 }, (_, i) => ev(i % 60, `id-${i * 7919}`));
    const whole = gzipSync(`${lines.join('\n')}\n`);
    const damaged = path.join(dir, 'a.log.gz');
    writeFileSync(damaged, whole.subarray(0, Math.floor(whole.length / 2)));
    const problems: string[] = [];
    const { merge: stats } = await mergeFiles(
      [{ node: 'n', files: [damaged] }],
      path.join(dir, 'out.jsonl'),
      { redact: false, onProblem: (file, message) => problems.push(`${file}: ${message}`) },
    );
    expect(stats.events).toBeGreaterThan(100);
    expect(stats.events).toBeLessThan(lines.length);
    expect(problems).toEqual([expect.stringContaining('a.log.gz: the compressed file ends early')]);
  });

  it("stops decompressing a node's .gz files at their cap, keeps what came before, and says so", async () => {
    // A gzip bomb from a hostile node inflates a thousandfold: post must still finish and upload.
    const dir = tempDir();
    const lines = Array.from({ length: 3000 }, (_, i) => ev(i % 60, `id-${i}`));
    const first = path.join(dir, 'a-1.log.gz');
    const second = path.join(dir, 'a-2.log.gz');
    const current = path.join(dir, 'a.log');
    writeFileSync(first, gzipSync(`${lines.join('\n')}\n`));
    writeFileSync(second, gzipSync(`${ev(1, 'second')}\n`));
    writeFileSync(current, `${ev(2, 'current')}\n`);
    const problems: string[] = [];
    const out = path.join(dir, 'out.jsonl');
    const { merge: stats } = await mergeFiles(
      [{ node: 'n', files: [first, second, current] }],
      out,
      {
        redact: true,
        maxInflated: 64 * 1024,
        onProblem: (file, message) => problems.push(`${path.basename(file)}: ${message}`),
      },
    );
    expect(stats.events).toBeGreaterThan(100);
    expect(stats.events).toBeLessThan(lines.length);
    const cap = "not read past the 64 KiB cap on what the node's compressed files decompress to";
    expect(problems).toEqual([
      `a-1.log.gz: ${cap}; kept the ${stats.events - 1} lines before`,
      `a-2.log.gz: ${cap}; kept the 0 lines before`,
    ]);
    // The node's plain file is still read: the cap is on what compressed files inflate to.
    expect(ids(readFileSync(out, 'utf8').trim().split('\n'))).toContain('current');
  });

  it('refuses to write through a link', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'elsewhere');
    writeFileSync(target, 'keep');
    const link = path.join(dir, 'audit.jsonl');
    symlinkSync(target, link);
    const input = path.join(dir, 'a.log');
    writeFileSync(input, `${ev(1, 'a')}\n`);
    await expect(
      mergeFiles([{ node: 'n', files: [input] }], link, { redact: true }),
    ).rejects.toThrow(/is a link: refusing to write through it/);
    expect(readFileSync(target, 'utf8')).toBe('keep');
  });
});
