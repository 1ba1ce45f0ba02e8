/**
 * Read buffers used again and again. A reader that allocates a fresh buffer per read leaves the
 * old ones to the garbage collector, which on a fast read lets hundreds of megabytes of them pile
 * up; a pool keeps memory at `count × size` however large the log.
 *
 * Each buffer is the whole of its own ArrayBuffer, so it can be moved to a worker thread and back.
 */
export class BufferPool {
  readonly #free: Buffer[] = [];
  readonly #waiting: { resolve: (buffer: Buffer) => void; reject: (error: Error) => void }[] = [];
  #failure: Error | undefined;

  constructor(
    readonly size: number,
    count: number,
  ) {
    for (let i = 0; i < count; i++) this.#free.push(Buffer.from(new ArrayBuffer(size)));
  }

  /** A free buffer, as soon as there is one. */
  take(): Promise<Buffer> {
    if (this.#failure) return Promise.reject(this.#failure);
    const free = this.#free.pop();
    if (free) return Promise.resolve(free);
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  /**
   * Whoever would give buffers back can no longer (a thread failed): waiting and later takes are
   * rejected with `error`, so a reader stops instead of waiting for ever.
   */
  fail(error: Error): void {
    this.#failure ??= error;
    for (const { reject } of this.#waiting.splice(0)) reject(error);
  }

  /** Why the pool failed, if it did. */
  get failure(): Error | undefined {
    return this.#failure;
  }

  /** Gives back a buffer's memory; one not of the pool's size (a long line's) is let go. */
  give(memory: ArrayBuffer): void {
    if (memory.byteLength !== this.size) return;
    const buffer = Buffer.from(memory);
    const waiting = this.#waiting.shift();
    if (waiting) waiting.resolve(buffer);
    else this.#free.push(buffer);
  }
}
