/**
 * The read buffers that held lines keep alive, bounded. A line the reorder window holds is a
 * view of the chunk it was read in, not a copy: copying every line cost a tenth of the pass, most
 * of it in garbage collection. A held view keeps its whole chunk alive, so the bytes of the chunks
 * pinned are counted; real logs pin about a window's worth. When a log holds back lines far from
 * where they were read (times out of order, on purpose or not), the pinned bytes grow: past
 * `limit` more than at the last compaction, the caller copies the held lines out of their chunks
 * ({@link ChunkPins.compact}), so memory stays at the held lines' own bytes plus `limit`, and
 * compacting costs O(window) per `limit` bytes read.
 */
export class ChunkPins {
  readonly #counts = new Map<ArrayBufferLike, number>();
  #pinned = 0;
  #compactAt: number;

  constructor(private readonly limit: number) {
    this.#compactAt = limit;
  }

  /** Bytes of the buffers held lines keep alive. */
  get pinned(): number {
    return this.#pinned;
  }

  /** A line is held now. */
  hold(line: Buffer): void {
    const chunk = line.buffer;
    const count = this.#counts.get(chunk);
    if (count === undefined) {
      this.#counts.set(chunk, 1);
      this.#pinned += chunk.byteLength;
    } else this.#counts.set(chunk, count + 1);
  }

  /** A line held is let go. */
  release(line: Buffer): void {
    const chunk = line.buffer;
    const count = this.#counts.get(chunk) ?? 0;
    if (count > 1) this.#counts.set(chunk, count - 1);
    else if (count === 1) {
      this.#counts.delete(chunk);
      this.#pinned -= chunk.byteLength;
    }
  }

  /** True when the held lines should be copied out of their chunks. */
  get due(): boolean {
    return this.#pinned > this.#compactAt;
  }

  /**
   * Copies each held line out of its chunk (`lines` gives and takes them back); the copies pin
   * only their own bytes.
   */
  compact(lines: Iterable<{ line: Buffer }>): void {
    for (const holder of lines) {
      this.release(holder.line);
      holder.line = Buffer.from(holder.line);
      this.hold(holder.line);
    }
    this.#compactAt = this.#pinned + this.limit;
  }
}
