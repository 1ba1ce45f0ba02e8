import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seeded } from '../../../bench/generate-log.js';
import { LinesFile, writevAll, type ByteSink } from '../../../src/logs/lines/sink.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'lines-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Lines as the pass hands them: views of large read buffers, in and out of order, and copies. */
function lines(seed: number): Buffer[] {
  const random = seeded(seed);
  const chunks = Array.from({ length: 3 }, (_, c) => {
    const text = Array.from(
      { length: 2000 },
      (_, i) => `{"n":${c * 10_000 + i}${'x'.repeat(Math.floor(random() * 300))}}`,
    ).join('\n');
    return Buffer.from(`${text}\n`);
  });
  const views = chunks.flatMap((chunk) => {
    const out: Buffer[] = [];
    for (let start = 0; start < chunk.length;) {
      const end = chunk.indexOf(10, start);
      out.push(chunk.subarray(start, end));
      start = end + 1;
    }
    return out;
  });
  const order: Buffer[] = [];
  for (const line of views) {
    const roll = random();
    // Held back a little (the reorder window), copied out (a redacted line), or as read.
    if (roll < 0.1 && order.length > 0) order.splice(order.length - 1, 0, line);
    else if (roll < 0.2) order.push(Buffer.from(line));
    else if (roll < 0.25) order.push(line.subarray(0, Math.max(1, line.length - 3)));
    else order.push(line);
  }
  return order;
}

async function written(sink: 'file' | 'joined', input: Buffer[]): Promise<Buffer> {
  const file = path.join(dir, `${sink}.jsonl`);
  let out: LinesFile;
  let joined: Buffer[] = [];
  if (sink === 'file') out = await LinesFile.open(file);
  else {
    const plain: ByteSink = {
      write: (data) => {
        joined.push(Buffer.from(data));
        return Promise.resolve();
      },
      close: () => Promise.resolve(),
    };
    out = LinesFile.over(plain);
  }
  for (const line of input) await out.write(line);
  await out.close();
  if (sink === 'joined') {
    const all = Buffer.concat(joined);
    joined = [];
    return all;
  }
  return readFileSync(file);
}

describe('LinesFile', () => {
  it('writes every line and a newline after it, whichever buffers the lines lie in', async () => {
    for (const seed of [1, 2, 3, 4]) {
      const input = lines(seed);
      const expected = Buffer.from(input.map((l) => `${l.toString()}\n`).join(''));
      expect((await written('file', input)).equals(expected)).toBe(true);
      expect((await written('joined', input)).equals(expected)).toBe(true);
    }
  });

  it('writes every piece in order when a writev takes only part of what it was given', async () => {
    const pieces = lines(5).flatMap((line) => [line, Buffer.from('\n')]);
    const out: Buffer[] = [];
    let calls = 0;
    // A file that takes at most 1,000 bytes a call, as a write may.
    const short = {
      writev: (buffers: Buffer[]) => {
        calls++;
        let left = 1000;
        for (const buffer of buffers) {
          const taken = buffer.subarray(0, left);
          out.push(Buffer.from(taken));
          left -= taken.length;
          if (left === 0) break;
        }
        return Promise.resolve({ bytesWritten: 1000 - left, buffers });
      },
    };
    await writevAll(short, pieces);
    expect(Buffer.concat(out).equals(Buffer.concat(pieces))).toBe(true);
    expect(calls).toBeGreaterThan(100);
  });
});
