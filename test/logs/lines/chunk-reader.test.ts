import { Readable } from 'node:stream';
import { createGunzip, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BufferPool } from '../../../src/logs/lines/buffer-pool.js';
import { readChunks, streamSource, type ByteSource } from '../../../src/logs/lines/chunk-reader.js';

/** A source that hands out `bytes` a few at a time, then fails with `error` if given. */
function source(bytes: Buffer, step = 7, error?: Error): ByteSource {
  let at = 0;
  return (into, offset, length) => {
    if (at >= bytes.length) return error ? Promise.reject(error) : Promise.resolve(0);
    const n = bytes.copy(into, offset, at, Math.min(bytes.length, at + Math.min(step, length)));
    at += n;
    return Promise.resolve(n);
  };
}

/** Reads `bytes` into chunks through a pool of `count` buffers of `size`, giving each back. */
async function chunksOf(
  bytes: Buffer,
  size: number,
  options: { maxLine?: number; count?: number; fail?: Error } = {},
) {
  const pool = new BufferPool(size, options.count ?? 2);
  const chunks: string[] = [];
  const memories = new Set<ArrayBuffer>();
  let oversized = 0;
  const read = readChunks(
    source(bytes, 7, options.fail),
    pool,
    {
      chunk(chunk) {
        expect(chunk.byteOffset).toBe(0);
        chunks.push(chunk.toString());
        const memory = chunk.buffer as ArrayBuffer;
        if (memory.byteLength === size) memories.add(memory);
        pool.give(memory);
      },
      oversized: () => oversized++,
    },
    options.maxLine,
  );
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { chunks, oversized, memories, error };
}

describe('readChunks', () => {
  it('cuts a source into chunks of whole lines that join back into it', async () => {
    const text = Array.from({ length: 50 }, (_, i) => `line ${i} ${'x'.repeat(i % 13)}`).join('\n');
    const { chunks, memories } = await chunksOf(Buffer.from(text), 64);
    expect(chunks.join('')).toBe(text);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.endsWith('\n')).toBe(true);
    expect(chunks.length).toBeGreaterThan(10);
    // The pool's two buffers are used again and again, not one per chunk.
    expect(memories.size).toBeLessThanOrEqual(2);
  });

  it('gives a line longer than a buffer a chunk of its own, at the end too', async () => {
    const long = 'L'.repeat(300);
    const text = `a\n${long}\nb\n${long}`;
    const { chunks } = await chunksOf(Buffer.from(text), 64);
    expect(chunks).toEqual(['a\n', long, 'b\n', long]);
  });

  it('drops a line over the limit as it streams past, and counts it', async () => {
    const text = `a\n${'O'.repeat(500)}\nb\nc\n`;
    const { chunks, oversized } = await chunksOf(Buffer.from(text), 64, { maxLine: 200 });
    expect(oversized).toBe(1);
    expect(chunks.join('')).toBe('a\nb\nc\n');
  });

  it('hands on the whole lines read before a read fails, drops the unfinished one and throws', async () => {
    const failure = new Error('unexpected end of file');
    const { chunks, error } = await chunksOf(Buffer.from('a\nb\nunfinish'), 64, { fail: failure });
    expect(error).toBe(failure);
    expect(chunks.join('')).toBe('a\nb\n');
  });

  it('stops waiting for a buffer when the pool fails', async () => {
    const pool = new BufferPool(16, 1);
    const failure = new Error('a summary thread stopped');
    // The one buffer is never given back, as when the thread reading it failed.
    const read = readChunks(source(Buffer.from('a\n'.repeat(40))), pool, {
      chunk: () => {},
      oversized: () => {},
    });
    setTimeout(() => pool.fail(failure), 10);
    await expect(read).rejects.toBe(failure);
  });

  it('reads a gunzip stream', async () => {
    const text = 'x\n'.repeat(1000);
    const gunzip = Readable.from([gzipSync(text)]).pipe(createGunzip());
    const pool = new BufferPool(100, 2);
    const chunks: string[] = [];
    await readChunks(streamSource(gunzip), pool, {
      chunk(chunk) {
        chunks.push(chunk.toString());
        pool.give(chunk.buffer as ArrayBuffer);
      },
      oversized: () => {},
    });
    expect(chunks.join('')).toBe(text);
  });
});
