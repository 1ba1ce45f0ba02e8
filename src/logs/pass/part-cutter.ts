import type { FileHandle } from 'node:fs/promises';

/** A piece of a file as cut for keying: whole lines, or a line too long to read. */
export type CutPiece =
  | {
      kind: 'lines';
      /** Whole lines (the file's last may lack its newline); the whole of its own memory. */
      bytes: Buffer;
    }
  | {
      kind: 'oversized';
      /** The line's length, without its newline. */
      bytes: number;
      /** Whether a newline ended it (else the file did). */
      newline: boolean;
    };

/**
 * Cuts a file into parts of whole lines for the pass threads: each part a fresh buffer of
 * `partBytes` (its lines live on as views in the merge's window, so a buffer is not used again),
 * cut after the last newline it holds, the rest carried to the next. A line longer than a part
 * gets a buffer of its own, grown as needed up to `maxLine` bytes; a longer one is counted as it
 * streams past and given as `oversized`, so memory stays bounded whatever the file holds. This is
 * where line splitting by one reader (src/logs/lines/splitter.ts) and by parts agree: the same
 * lines, the same limit.
 */
export class PartCutter {
  /** Bytes read but not handed on yet: the start of the next part's first line. */
  #carry: Buffer = Buffer.alloc(0);
  #ended = false;

  constructor(
    private readonly handle: FileHandle,
    private readonly partBytes: number,
    private readonly maxLine: number,
  ) {}

  /** The next piece, or `undefined` at the file's end. */
  async next(): Promise<CutPiece | undefined> {
    if (this.#ended && this.#carry.length === 0) return undefined;
    let buf = Buffer.from(new ArrayBuffer(Math.max(this.partBytes, this.#carry.length)));
    let used = this.#carry.copy(buf);
    for (;;) {
      while (!this.#ended && used < buf.length) {
        const { bytesRead } = await this.handle.read(buf, used, buf.length - used, null);
        if (bytesRead === 0) this.#ended = true;
        else used += bytesRead;
      }
      const cut = used > 0 ? buf.lastIndexOf(10, used - 1) + 1 : 0;
      if (cut > 0) return this.#cut(buf, cut, used);
      if (this.#ended) {
        // The file's last line, without a newline.
        this.#carry = Buffer.alloc(0);
        if (used === 0) return undefined;
        if (used > this.maxLine) return { kind: 'oversized', bytes: used, newline: false };
        return { kind: 'lines', bytes: own(buf, used) };
      }
      // A full buffer without a newline: one line longer than a part.
      if (used > this.maxLine) return this.#streamPast(used);
      const bigger = Buffer.from(new ArrayBuffer(Math.min(2 * buf.length, this.maxLine + 1)));
      buf.copy(bigger, 0, 0, used);
      buf = bigger;
    }
  }

  /** Hands on `buf[0, cut)`, carrying `buf[cut, used)` to the next part. */
  #cut(buf: Buffer, cut: number, used: number): CutPiece {
    this.#carry = Buffer.from(buf.subarray(cut, used));
    return { kind: 'lines', bytes: own(buf, cut) };
  }

  /** Reads past the rest of a line over the limit, of which `seen` bytes are read. */
  async #streamPast(seen: number): Promise<CutPiece> {
    const scratch = Buffer.allocUnsafe(this.partBytes);
    let bytes = seen;
    for (;;) {
      const { bytesRead } = await this.handle.read(scratch, 0, scratch.length, null);
      if (bytesRead === 0) {
        this.#ended = true;
        this.#carry = Buffer.alloc(0);
        return { kind: 'oversized', bytes, newline: false };
      }
      const newline = scratch.subarray(0, bytesRead).indexOf(10);
      if (newline === -1) {
        bytes += bytesRead;
        continue;
      }
      this.#carry = Buffer.from(scratch.subarray(newline + 1, bytesRead));
      return { kind: 'oversized', bytes: bytes + newline, newline: true };
    }
  }
}

/** `buf[0, length)` as a buffer that is the whole of its own memory (copied only when shorter). */
function own(buf: Buffer, length: number): Buffer {
  if (length === buf.length) return buf;
  // A part is moved to a thread with all its memory: the unused tail is cut off by a copy only
  // when it is large (the file's last part); a small tail is sent along and ignored.
  if (buf.length - length <= buf.length / 4) return buf.subarray(0, length);
  const copy = Buffer.from(new ArrayBuffer(length));
  buf.copy(copy, 0, 0, length);
  return copy;
}
