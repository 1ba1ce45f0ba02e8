import { once } from 'node:events';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { openForWriting } from '../../files/safe-fs.js';

/** What a copy may buffer before the reader waits: a few of the reader's 1 MiB chunks. */
const SINK_BUFFER_BYTES = 4 * 1024 * 1024;

/**
 * A file of the artifact written as its bytes come, `.gz` compressed when its name says so. The
 * compression runs on libuv's thread pool, so it uses the second core while the main thread
 * reads and redacts. The file is replaced, never written through a link.
 */
export class RawCopy {
  private constructor(
    private readonly head: Writable,
    private readonly done: Promise<void>,
  ) {
    // The failure surfaces in write() or close(); this only keeps it from being unhandled.
    done.catch(() => {});
  }

  /** Opens `file` for writing, gzip-compressed (zlib's default level) when `gzip`. */
  static async open(file: string, gzip: boolean): Promise<RawCopy> {
    const handle = await openForWriting(file);
    // The stream closes the handle itself once written: `done` waits for that close. It buffers
    // a few read chunks, so the next is read and redacted while the last is written.
    const sink = handle.createWriteStream({ highWaterMark: SINK_BUFFER_BYTES });
    if (!gzip) return new RawCopy(sink, finished(sink));
    const compress = createGzip();
    return new RawCopy(compress, pipeline(compress, sink));
  }

  /**
   * Opens `file`, which this pass just made (a front copied in the kernel, see
   * src/logs/pass/file-in-parts.ts), to write on at its end: not through a link, nor made anew.
   */
  static async appendTo(file: string): Promise<RawCopy> {
    const handle = await open(file, constants.O_WRONLY | constants.O_APPEND | constants.O_NOFOLLOW);
    const sink = handle.createWriteStream({ highWaterMark: SINK_BUFFER_BYTES });
    return new RawCopy(sink, finished(sink));
  }

  /** Writes the parts in order, waiting when the file falls behind (memory stays bounded). */
  async write(parts: readonly Buffer[]): Promise<void> {
    let full = false;
    for (const part of parts) if (!this.head.write(part)) full = true;
    if (full) await Promise.race([once(this.head, 'drain'), this.done]);
  }

  /** Ends the file and waits until it is on disk. */
  async close(): Promise<void> {
    this.head.end();
    await this.done;
  }

  /** Gives up on the file (the pass failed): closes it without waiting. */
  abort(): void {
    this.head.destroy();
  }
}
