import { MAX_LINE_BYTES } from './splitter.js';
import type { BufferPool } from './buffer-pool.js';

/** Reads up to `length` bytes into `into` at `offset`; 0 at the end. */
export type ByteSource = (into: Buffer, offset: number, length: number) => Promise<number>;

/** Where the chunks of whole lines go, in read order. */
export interface ChunkSink {
  /**
   * A chunk of whole lines (the last one of a read may lack its newline). Its memory is its own
   * ArrayBuffer and belongs to the sink from now on: a pool's buffer goes back with
   * `BufferPool.give` once read.
   */
  chunk(bytes: Buffer): void;
  /** A line over the limit, left out unread. */
  oversized(): void;
}

/** A byte stream (a gunzip) as a {@link ByteSource}. */
export function streamSource(stream: AsyncIterable<Buffer>): ByteSource {
  const pieces = stream[Symbol.asyncIterator]();
  let rest: Buffer = Buffer.alloc(0);
  return async (into, offset, length) => {
    if (rest.length === 0) {
      const next = await pieces.next();
      if (next.done) return 0;
      rest = next.value;
    }
    const copied = rest.copy(into, offset, 0, Math.min(length, rest.length));
    rest = rest.subarray(copied);
    return copied;
  };
}

/** Why a read failed, and how full the buffer was by then. */
class ReadFailed extends Error {
  constructor(
    readonly error: unknown,
    readonly filled: number,
  ) {
    super(error instanceof Error ? error.message : String(error));
  }
}

/** Fills `buf` from `used` on; returns how full it is (less than full only at the end). */
async function fill(read: ByteSource, buf: Buffer, used: number): Promise<number> {
  let at = used;
  try {
    while (at < buf.length) {
      const n = await read(buf, at, buf.length - at);
      if (n === 0) break;
      at += n;
    }
  } catch (error) {
    throw new ReadFailed(error, at);
  }
  return at;
}

/**
 * Reads a source into chunks of whole lines, each a buffer of `pool`, cut after the last newline
 * it holds; the bytes after that begin the next chunk. A line longer than a pool buffer is
 * gathered into a chunk of its own, and one over `maxLine` bytes is dropped as it streams past,
 * so memory stays bounded whatever the source holds. A read that fails hands on the whole lines
 * read so far, drops the unfinished one (as a line reader would) and throws the read's error.
 */
export async function readChunks(
  read: ByteSource,
  pool: BufferPool,
  sink: ChunkSink,
  maxLine = MAX_LINE_BYTES,
): Promise<void> {
  let buf = await pool.take();
  let used = 0;
  try {
    for (;;) {
      const full = await fill(read, buf, used);
      if (full < buf.length) {
        if (full > 0) sink.chunk(buf.subarray(0, full));
        else pool.give(buf.buffer as ArrayBuffer);
        return;
      }
      const cut = buf.lastIndexOf(10, full - 1) + 1;
      if (cut === 0) {
        // What a failed read leaves in `buf` then is the middle of the long line: none of it is
        // handed on.
        used = await readLongLine(read, buf, sink, maxLine).catch((error: unknown) => {
          throw error instanceof ReadFailed ? error.error : error;
        });
        continue;
      }
      const next = await pool.take();
      buf.copy(next, 0, cut, full);
      used = full - cut;
      sink.chunk(buf.subarray(0, cut));
      buf = next;
    }
  } catch (error) {
    const whole = error instanceof ReadFailed ? buf.lastIndexOf(10, error.filled - 1) + 1 : 0;
    if (whole > 0) sink.chunk(buf.subarray(0, whole));
    else pool.give(buf.buffer as ArrayBuffer);
    throw error instanceof ReadFailed ? error.error : error;
  }
}

/**
 * The rest of a line that filled all of `buf`: it becomes a chunk of its own (or, over `maxLine`,
 * an oversized line). Returns how many bytes after its newline are now at the start of `buf`.
 */
async function readLongLine(
  read: ByteSource,
  buf: Buffer,
  sink: ChunkSink,
  maxLine: number,
): Promise<number> {
  const pieces: Buffer[] = [Buffer.from(buf)];
  let total = buf.length;
  for (;;) {
    const n = await fill(read, buf, 0);
    const newline = buf.subarray(0, n).indexOf(10);
    const end = newline === -1 ? n : newline;
    total += end;
    // Past the limit the line is only counted: its bytes are let go as they come.
    if (total <= maxLine) pieces.push(Buffer.from(buf.subarray(0, end)));
    else pieces.length = 0;
    if (newline === -1 && n === buf.length) continue;
    if (total > maxLine) sink.oversized();
    else {
      const line = Buffer.from(new ArrayBuffer(total));
      let at = 0;
      for (const piece of pieces) at += piece.copy(line, at);
      sink.chunk(line);
    }
    if (newline === -1) return 0;
    buf.copy(buf, 0, newline + 1, n);
    return n - newline - 1;
  }
}
