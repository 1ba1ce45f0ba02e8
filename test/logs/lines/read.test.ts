import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readLines, type ReadOptions } from '../../../src/logs/lines/read.js';

const FIXTURE = path.join(import.meta.dirname, '../../fixtures/audit-logs/audit2rbac-demo.log');

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'read-test-'));
}

async function collect(files: string[], options?: ReadOptions): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of readLines(files, options)) lines.push(line.toString('utf8'));
  return lines;
}

describe('readLines', () => {
  it('gives the lines of rotated files first, then the current one, .gz decompressed', async () => {
    const dir = tempDir();
    const rotated = path.join(dir, 'kube-apiserver-audit-2026-01-01T00-00-00.000.log.gz');
    const current = path.join(dir, 'kube-apiserver-audit.log');
    writeFileSync(rotated, gzipSync('{"n":1}\n{"n":2}\n'));
    writeFileSync(current, '{"n":3}\n');
    expect(await collect([rotated, current])).toEqual(['{"n":1}', '{"n":2}', '{"n":3}']);
  });

  it('reads a real log line for line, skipping empty lines', async () => {
    const dir = tempDir();
    const text = readFileSync(FIXTURE, 'utf8');
    const file = path.join(dir, 'a.log');
    writeFileSync(file, `\n${text.replace(/\n/g, '\n\n')}`);
    const expected = text.split('\n').filter(Boolean);
    expect(await collect([file])).toEqual(expected);
  });

  it('keeps a last line cut off mid-write as it is', async () => {
    const file = path.join(tempDir(), 'a.log');
    writeFileSync(file, '{"n":1}\n{"n":2,"cut');
    expect(await collect([file])).toEqual(['{"n":1}', '{"n":2,"cut']);
  });

  it('keeps the bytes of a line unchanged, CR and invalid UTF-8 included', async () => {
    const file = path.join(tempDir(), 'a.log');
    const line = Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0d]);
    writeFileSync(file, Buffer.concat([line, Buffer.from('\n')]));
    const lines: Buffer[] = [];
    for await (const l of readLines([file])) lines.push(l);
    expect(lines).toEqual([line]);
  });

  it('joins a line that spans many read chunks', async () => {
    const file = path.join(tempDir(), 'a.log');
    const long = `{"pad":"${'x'.repeat(1_000_000)}"}`;
    writeFileSync(file, `{"n":1}\n${long}\n{"n":2}\n`);
    expect(await collect([file])).toEqual(['{"n":1}', long, '{"n":2}']);
  });

  it('ends a damaged .gz after what it gave, and says so', async () => {
    const dir = tempDir();
    const events = Array.from({ length: 2000 }, (_, i) => `{"n":${i},"pad":"${i * 7919}"}`);
    const whole = gzipSync(`${events.join('\n')}\n`);
    const damaged = path.join(dir, 'kube-apiserver-audit-2026-01-01T00-00-00.000.log.gz');
    writeFileSync(damaged, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const current = path.join(dir, 'kube-apiserver-audit.log');
    writeFileSync(current, '{"n":"current"}\n');
    const problems: string[] = [];
    const lines = await collect([damaged, current], {
      onProblem: (file, message) => problems.push(`${path.basename(file)}: ${message}`),
    });
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.length).toBeLessThan(events.length);
    // Whole lines before the damage are exact; the next file is still read.
    expect(lines.slice(0, 100)).toEqual(events.slice(0, 100));
    expect(lines.at(-1)).toBe('{"n":"current"}');
    expect(problems).toEqual([expect.stringMatching(/\.log\.gz: the compressed file ends early/)]);
  });

  it('cuts an oversized line to the limit, keeps reading, and says so', async () => {
    const file = path.join(tempDir(), 'a.log');
    writeFileSync(file, `{"n":1}\n${'y'.repeat(5000)}\n{"n":2}\n${'z'.repeat(3000)}`);
    const problems: string[] = [];
    const lines = await collect([file], {
      maxLineBytes: 1000,
      onProblem: (_, message) => problems.push(message),
    });
    expect(lines).toEqual(['{"n":1}', 'y'.repeat(1000), '{"n":2}', 'z'.repeat(1000)]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/longer than 1000 bytes was cut/);
  });

  it('refuses a file that is not a regular file', async () => {
    await expect(collect([tempDir()])).rejects.toThrow(/not a regular file/);
  });

  it('throws for a missing file', async () => {
    await expect(collect([path.join(tempDir(), 'missing.log')])).rejects.toThrow(/ENOENT/);
  });
});
