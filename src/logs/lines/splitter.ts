import type { Readable } from 'node:stream';

/** A line longer than this is not an event the summary can use: it is skipped, not held. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/** Receives the lines a {@link LineSplitter} finds, in order. */
export interface LineSink {
  /**
   * One line, without its `\n` (a `\r` before it stays; JSON ignores it): bytes `[start, end)` of
   * `buf`. `buf` is the chunk itself when the line lies within one (no copy), else the line joined
   * from its pieces. `newline` is false only for a last line that had none.
   */
  line(buf: Buffer, start: number, end: number, newline: boolean): void;
  /** A line over the limit, in place of `line`: `head` is its first bytes, `bytes` its length. */
  oversized(head: Buffer, bytes: number, newline: boolean): void;
}

/**
 * The one line splitter of the logs: chunks in, lines out to a {@link LineSink}. Chunks are
 * searched with `Buffer.indexOf`; only a line that spans chunks is copied, and of a line over
 * `maxLine` bytes only the first `maxLine` are kept while the rest streams past, so memory stays
 * bounded whatever the stream holds. Empty lines are passed on too: a copy keeps them.
 */
export class LineSplitter {
  #pieces: Buffer[] = [];
  #kept = 0;
  #total = 0;

  constructor(
    private readonly sink: LineSink,
    private readonly maxLine = MAX_LINE_BYTES,
  ) {}

  /** Takes the next chunk; every line it completes goes to the sink before this returns. */
  push(chunk: Buffer): void {
    let start = 0;
    let newline = chunk.indexOf(10);
    if (this.#total > 0) {
      if (newline === -1) {
        this.#gather(chunk);
        return;
      }
      this.#gather(chunk.subarray(0, newline));
      this.#finish(true);
      start = newline + 1;
      newline = chunk.indexOf(10, start);
    }
    const max = this.maxLine;
    while (newline !== -1) {
      if (newline - start <= max) this.sink.line(chunk, start, newline, true);
      else this.sink.oversized(chunk.subarray(start, start + max), newline - start, true);
      start = newline + 1;
      newline = chunk.indexOf(10, start);
    }
    if (start < chunk.length) this.#gather(chunk.subarray(start));
  }

  /** Ends the stream: a last line without a newline goes to the sink as it is. */
  end(): void {
    if (this.#total > 0) this.#finish(false);
  }

  /** Ends a stream that broke off: its unfinished last line is dropped; returns its length. */
  drop(): number {
    const bytes = this.#total;
    this.#reset();
    return bytes;
  }

  #gather(piece: Buffer): void {
    const room = this.maxLine - this.#kept;
    const kept = piece.length > room ? piece.subarray(0, room) : piece;
    if (kept.length > 0) this.#pieces.push(kept);
    this.#kept += kept.length;
    this.#total += piece.length;
  }

  #finish(newline: boolean): void {
    const pieces = this.#pieces;
    const line = pieces.length === 1 ? (pieces[0] as Buffer) : Buffer.concat(pieces, this.#kept);
    const total = this.#total;
    this.#reset();
    if (total > this.maxLine) this.sink.oversized(line, total, newline);
    else this.sink.line(line, 0, line.length, newline);
  }

  #reset(): void {
    this.#pieces = [];
    this.#kept = 0;
    this.#total = 0;
  }
}

/**
 * Calls `onLine` with every line of a byte stream, without its `\n` (see {@link LineSplitter}).
 * A line over `maxLine` bytes is reported to `onOversized` and its bytes dropped as they come, so
 * memory stays bounded whatever the stream holds. The last line needs no newline.
 */
export async function forEachLine(
  stream: Readable,
  onLine: (line: Buffer) => void,
  onOversized: () => void = () => {},
  maxLine = MAX_LINE_BYTES,
): Promise<void> {
  const splitter = new LineSplitter(
    {
      line: (buf, start, end) =>
        onLine(start === 0 && end === buf.length ? buf : buf.subarray(start, end)),
      oversized: () => onOversized(),
    },
    maxLine,
  );
  for await (const chunk of stream as AsyncIterable<Buffer>) splitter.push(chunk);
  splitter.end();
}
