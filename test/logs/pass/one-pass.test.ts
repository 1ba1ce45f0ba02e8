import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateLog } from '../../../bench/generate-log.js';
import type { AuditEvent } from '../../../src/logs/events/event.js';
import { passOverNodes } from '../../../src/logs/pass/one-pass.js';
import { peekEarlyStage } from '../../../src/logs/events/stage-peek.js';
import { Summarizer } from '../../../src/logs/summary/summarizer.js';
import { fanOut } from '../../../src/insight/fan-out.js';
import { InsightPass } from '../../../src/insight/insight-pass.js';
import { plainMerge } from '../../support/plain-merge.js';
import { StreamRedactor } from '../../../src/logs/redact/stream.js';
import { canaryLines } from '../../fixtures/canaries/canary-events.js';

/** A request's line as kube-apiserver writes it: Go's field order, bodies before the tail. */
function goLine(auditID: string, stage: string, second: number, body = ''): string {
  const time = `2026-11-26T15:16:${String(second).padStart(2, '0')}.000000Z`;
  return (
    `{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Request","auditID":"${auditID}",` +
    `"stage":"${stage}","requestURI":"/api/v1/namespaces/app/configmaps","verb":"create",` +
    `"user":{"username":"alice","groups":["system:authenticated"]},"sourceIPs":["10.0.0.1"],` +
    `"objectRef":{"resource":"configmaps","namespace":"app","apiVersion":"v1"},` +
    (stage === 'ResponseComplete' ? '"responseStatus":{"metadata":{},"code":201},' : '') +
    `"requestObject":{"kind":"ConfigMap"${body}},"requestReceivedTimestamp":"${time}",` +
    `"stageTimestamp":"${time}","annotations":{"authorization.k8s.io/decision":"allow"}}`
  );
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'one-pass-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function pass(lines: readonly string[]) {
  const file = path.join(dir, 'kube-apiserver-audit.log');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const merged = path.join(dir, 'audit.jsonl');
  const summarizer = new Summarizer();
  const result = await passOverNodes(
    [{ node: 'n', files: [file] }],
    merged,
    fanOut(summarizer, new InsightPass()),
    { redact: false },
  );
  const written = readFileSync(merged, 'utf8').split('\n').filter(Boolean);
  return { result, written, summary: summarizer.result(), counts: result.counts.get(file) };
}

describe('peekEarlyStage', () => {
  it('keys an early stage as the parse would, off its front and tail', () => {
    const line = goLine('a1', 'RequestReceived', 7);
    const event = JSON.parse(line) as AuditEvent;
    expect(peekEarlyStage(Buffer.from(line))).toEqual({
      time: event.stageTimestamp,
      auditID: 'a1',
      stage: 'RequestReceived',
    });
  });

  it.each([
    ['a final stage', goLine('a1', 'ResponseComplete', 7)],
    ['a line cut off', goLine('a1', 'RequestReceived', 7).slice(0, -40)],
    [
      'a tail with more after the time',
      goLine('a1', 'RequestReceived', 7).replace(',"annotations"', ',"x":1,"annotations"'),
    ],
    [
      'an escape in the time',
      goLine('a1', 'RequestReceived', 7).replace('Z","annotations"', '\\u005a","annotations"'),
    ],
  ])('leaves %s to the parse', (_what, line) => {
    expect(peekEarlyStage(Buffer.from(line))).toBeUndefined();
  });

  it('agrees with the parse on every early stage of a generated log', async () => {
    const file = path.join(dir, 'log');
    await generateLog(file, 1024 * 1024);
    let peeked = 0;
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const event = JSON.parse(line) as AuditEvent;
      const key = peekEarlyStage(Buffer.from(line));
      if (event.stage === 'RequestReceived') {
        expect(key).toEqual({
          time: event.stageTimestamp,
          auditID: event.auditID,
          stage: event.stage,
        });
        peeked++;
      } else expect(key).toBeUndefined();
    }
    expect(peeked).toBeGreaterThan(300);
  });
});

describe('passOverNodes with early stages keyed unparsed', () => {
  it('parses none of the early stages whose final stage follows, and writes what a full parse would', async () => {
    const file = path.join(dir, 'gen.log');
    await generateLog(file, 2 * 1024 * 1024);
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    const parse = vi.spyOn(JSON, 'parse');
    const { written, summary, result } = await pass(lines);
    const parses = parse.mock.calls.length;
    parse.mockRestore();
    const early = lines.filter((l) => l.includes('"stage":"RequestReceived"')).length;
    expect(early).toBeGreaterThan(500);
    expect(parses).toBe(lines.length - early);
    // The same bytes as the plain merge, which parses every line.
    expect(written).toEqual((await plainMerge([lines], 10_000)).out);
    expect(result.merge).toMatchObject({ events: lines.length, skipped: 0 });
    // The same summary as every merged line parsed.
    const full = new Summarizer();
    for (const line of written) full.add(line, 'n');
    expect(summary).toEqual(full.result());
  });

  it('parses an early stage whose request never finishes, and leaves it out if it is no JSON', async () => {
    // kube-apiserver died mid-line; once restarted, it wrote on after the cut-off bytes.
    const cut = goLine('lost', 'RequestReceived', 1).slice(0, 200);
    const lines = [
      `${cut}${goLine('b', 'RequestReceived', 2)}`,
      goLine('b', 'ResponseComplete', 2),
      goLine('open', 'RequestReceived', 3),
    ];
    expect(peekEarlyStage(Buffer.from(lines[0] as string))).toMatchObject({ auditID: 'lost' });
    const { written, summary, result, counts } = await pass(lines);
    expect(written).toEqual([lines[1], lines[2]]);
    expect(result.merge).toMatchObject({ lines: 3, events: 2, skipped: 1 });
    expect(counts).toEqual({ events: 2, requests: 1, unreadable: 1 });
    // The open request counts at its last stage seen.
    expect(summary).toMatchObject({ lines: 2, events: 2, requests: 2 });
  });

  it('takes an early stage whose final stage was read for an event unread: the one place it differs from a full parse', async () => {
    // A line damaged in its middle whose request then finishes is no log an API server writes.
    const damaged = goLine('c', 'RequestReceived', 4, ',"data":{{');
    const { written, result } = await pass([damaged, goLine('c', 'ResponseComplete', 4)]);
    expect(written).toEqual([damaged, goLine('c', 'ResponseComplete', 4)]);
    expect(result.merge).toMatchObject({ events: 2, skipped: 0 });
  });
});

describe('raw copies', () => {
  /** The raw copy of one file, as the pass writes it. */
  async function rawCopy(file: string): Promise<string> {
    const rawDir = path.join(dir, 'raw');
    mkdirSync(rawDir, { recursive: true });
    const { rawFiles } = await passOverNodes(
      [{ node: 'n', files: [file], rawDir }],
      path.join(dir, 'audit.jsonl'),
      () => {},
      { redact: true },
    );
    expect(rawFiles).toEqual([path.join(rawDir, path.basename(file))]);
    return rawFiles[0] ?? '';
  }

  /** What redaction writes for `bytes`, whole. */
  function redacted(bytes: Buffer): Buffer {
    const redactor = new StreamRedactor();
    return Buffer.concat([...redactor.push(bytes), ...redactor.end()]);
  }

  const clean = Array.from({ length: 6000 }, (_, i) =>
    goLine(`id-${i}`, 'ResponseComplete', i % 60),
  );
  const secret = canaryLines()[0] ?? '';

  it('is the file as read when nothing changed, with the mode the artifact gives its files', async () => {
    const file = path.join(dir, 'kube-apiserver-audit.log');
    writeFileSync(file, `${clean.join('\n')}\n${clean[0]}`, { mode: 0o600 });
    const copy = await rawCopy(file);
    expect(readFileSync(copy)).toEqual(readFileSync(file));
    expect(statSync(copy).mode & 0o777).toBe(0o644 & ~process.umask());
    expect(readdirSync(path.dirname(copy))).toEqual([path.basename(copy)]);
  });

  it('is what redaction writes when a line changes past the first chunks, or in the first', async () => {
    for (const lines of [
      [...clean, secret, ...clean],
      [secret, ...clean],
      [...clean, ...clean, secret],
    ]) {
      const file = path.join(dir, 'kube-apiserver-audit.log');
      writeFileSync(file, `${lines.join('\n')}\n`);
      const copy = await rawCopy(file);
      expect(readFileSync(copy).equals(redacted(readFileSync(file)))).toBe(true);
      // The secret line did change.
      expect(readFileSync(copy).equals(readFileSync(file))).toBe(false);
    }
  });

  it('is written from what was read when the file is reached through a link', async () => {
    const real = path.join(dir, 'elsewhere.log');
    writeFileSync(real, `${clean.join('\n')}\n`);
    const file = path.join(dir, 'kube-apiserver-audit.log');
    symlinkSync(real, file);
    expect(readFileSync(await rawCopy(file))).toEqual(readFileSync(real));
  });

  it('is never written through a link planted where it goes', async () => {
    const file = path.join(dir, 'kube-apiserver-audit.log');
    writeFileSync(file, `${clean.join('\n')}\n`);
    const rawDir = path.join(dir, 'raw');
    mkdirSync(rawDir);
    const victim = path.join(dir, 'victim');
    writeFileSync(victim, 'untouched');
    symlinkSync(victim, path.join(rawDir, 'kube-apiserver-audit.log'));
    await expect(
      passOverNodes(
        [{ node: 'n', files: [file], rawDir }],
        path.join(dir, 'audit.jsonl'),
        () => {},
        {
          redact: true,
        },
      ),
    ).rejects.toThrow(/link/);
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
  });
});
