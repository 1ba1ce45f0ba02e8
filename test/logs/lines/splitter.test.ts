import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { forEachLine, LineSplitter, type LineSink } from '../../../src/logs/lines/splitter.js';

type Seen = [kind: 'line' | 'oversized', text: string, bytes: number, newline: boolean];

/** Splits `text` fed in chunks of `size` bytes, and what the sink was told. */
function split(text: string, size: number, max = 1000): Seen[] {
  const seen: Seen[] = [];
  const sink: LineSink = {
    line: (buf, start, end, newline) =>
      seen.push(['line', buf.toString('utf8', start, end), end - start, newline]),
    oversized: (head, bytes, newline) =>
      seen.push(['oversized', head.toString('utf8'), bytes, newline]),
  };
  const splitter = new LineSplitter(sink, max);
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) splitter.push(bytes.subarray(i, i + size));
  splitter.end();
  return seen;
}

describe('LineSplitter', () => {
  const text = '{"a":1}\n\n{"b":2}\r\n{"c":3,"cut';

  it('gives the same lines whatever the chunk boundaries, empty and last ones included', () => {
    const expected: Seen[] = [
      ['line', '{"a":1}', 7, true],
      ['line', '', 0, true],
      ['line', '{"b":2}\r', 8, true],
      ['line', '{"c":3,"cut', 11, false],
    ];
    for (const size of [1, 2, 3, 7, 100]) expect(split(text, size)).toEqual(expected);
  });

  it('keeps only the head of a line over the limit, and says how long it was', () => {
    const long = 'x'.repeat(25);
    for (const size of [1, 4, 100])
      expect(split(`${long}\nok\n`, size, 10)).toEqual([
        ['oversized', 'x'.repeat(10), 25, true],
        ['line', 'ok', 2, true],
      ]);
  });

  it('drops the unfinished last line of a stream that broke off, and says its length', () => {
    const seen: string[] = [];
    const splitter = new LineSplitter({
      line: (buf, start, end) => seen.push(buf.toString('utf8', start, end)),
      oversized: () => seen.push('oversized'),
    });
    splitter.push(Buffer.from('{"a":1}\n{"b":'));
    expect(splitter.drop()).toBe(5);
    splitter.end();
    expect(seen).toEqual(['{"a":1}']);
  });
});

describe('forEachLine', () => {
  it('keeps its signature: lines as buffers, oversized ones reported and skipped', async () => {
    const lines: string[] = [];
    let oversized = 0;
    const stream = Readable.from([Buffer.from('ab\ncdefghijkl'), Buffer.from('mn\nop')]);
    await forEachLine(
      stream,
      (line) => lines.push(line.toString()),
      () => oversized++,
      5,
    );
    expect(lines).toEqual(['ab', 'op']);
    expect(oversized).toBe(1);
  });
});
