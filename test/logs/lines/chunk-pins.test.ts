import { describe, expect, it } from 'vitest';
import { ChunkPins } from '../../../src/logs/lines/chunk-pins.js';

const MB = 1024 * 1024;

/** A line that is a view of its own 1 MB read chunk, as the reader hands lines on. */
function lineInChunk(text: string): Buffer {
  const chunk = Buffer.alloc(MB);
  chunk.write(text, 100);
  return chunk.subarray(100, 100 + Buffer.byteLength(text));
}

describe('ChunkPins', () => {
  it('counts each chunk once, however many held lines share it, until the last is let go', () => {
    const pins = new ChunkPins(8 * MB);
    const chunk = Buffer.alloc(MB);
    const a = chunk.subarray(0, 10);
    const b = chunk.subarray(10, 20);
    pins.hold(a);
    pins.hold(b);
    expect(pins.pinned).toBe(MB);
    pins.release(a);
    expect(pins.pinned).toBe(MB);
    pins.release(b);
    expect(pins.pinned).toBe(0);
  });

  it('copies held lines out of their chunks once they pin more than the limit', () => {
    const pins = new ChunkPins(8 * MB);
    // Lines held back far from where they were read: each in a chunk of its own.
    const held = Array.from({ length: 20 }, (_, i) => ({ line: lineInChunk(`line ${i}`) }));
    const due: boolean[] = [];
    for (const holder of held) {
      pins.hold(holder.line);
      due.push(pins.due);
      if (pins.due) pins.compact(held.slice(0, due.length));
    }
    expect(due.indexOf(true)).toBe(8);
    expect(held.map((h) => h.line.toString())).toEqual(held.map((_, i) => `line ${i}`));
    // What stays pinned is the copies' own memory and the chunks held since, never 20 MB.
    expect(pins.pinned).toBeLessThan(10 * MB);
    const copied = held.filter((h) => h.line.buffer.byteLength < MB);
    expect(copied.length).toBeGreaterThanOrEqual(9);
  });

  it('compacts again only once another limit of chunks is pinned: O(held) per limit read', () => {
    const pins = new ChunkPins(4 * MB);
    const held: { line: Buffer }[] = [];
    let compactions = 0;
    for (let i = 0; i < 40; i++) {
      held.push({ line: lineInChunk(`x${i}`) });
      pins.hold(held[held.length - 1]?.line as Buffer);
      if (pins.due) {
        pins.compact(held);
        compactions++;
      }
    }
    expect(compactions).toBeLessThanOrEqual(40 / 4);
    expect(compactions).toBeGreaterThanOrEqual(40 / 5 - 1);
  });
});
