import { constants, type Stats } from 'node:fs';
import { chmod, copyFile, lstat, open, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
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

  /** Writes the parts in order, waiting when the file falls behind (memory stays bounded). */
  async write(parts: readonly Buffer[]): Promise<void> {
    let full = false;
    for (const part of parts) if (!this.head.write(part)) full = true;
    if (full) await Promise.race([once(this.head, 'drain'), this.done]);
  }

  /**
   * Writes the first `bytes` of `source` again, read anew: the bytes a reader passed on unchanged
   * before it found something to change. Read only if `source` is still, not through a link, the
   * file `read` describes (the file the reader opened); it must give all `bytes`.
   */
  async writeFrom(source: string, read: Stats, bytes: number): Promise<void> {
    if (bytes === 0) return;
    const handle = await open(source, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      const stat = await handle.stat();
      if (!stat.isFile() || stat.dev !== read.dev || stat.ino !== read.ino)
        throw new Error(`${source} is no longer the file that was read`);
      let got = 0;
      for await (const part of handle.createReadStream({
        start: 0,
        end: bytes - 1,
        highWaterMark: 1024 * 1024,
        autoClose: false,
      }) as AsyncIterable<Buffer>) {
        got += part.length;
        await this.write([part]);
      }
      if (got !== bytes) throw new Error(`${source} ended before the ${bytes} bytes read from it`);
    } finally {
      await handle.close();
    }
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

/**
 * Copies `source`, which was read whole and found to need no change, to `target`, in the kernel
 * (`fs.copyFile`: copy_file_range, or a reflink where the file system has them) rather than
 * writing its bytes again from JavaScript. `read` is the stat of the file as it was opened and
 * read, `bytes` how many bytes were read. `target` was made by {@link RawCopy.open} or
 * `openForWriting` before the read (refused there if it was a link or no regular file); its mode
 * is kept.
 *
 * Never through a link, either side: the copy goes to a new name in `target`'s folder
 * (`COPYFILE_EXCL`: O_EXCL, which no link passes) and is renamed over `target`; it is made only when
 * `source` is, before and after the copy, not a link but the very file that was read, of the size
 * that was read, and the copy has that size. Returns false when any of that does not hold (or the
 * copy fails): nothing has then changed at `target`, and the caller writes it as before.
 */
export async function copyUnchanged(
  source: string,
  read: Stats,
  bytes: number,
  target: string,
): Promise<boolean> {
  const same = (s: Stats) =>
    s.isFile() && s.dev === read.dev && s.ino === read.ino && s.size === bytes;
  const made = await lstat(target).catch(() => undefined);
  const before = await lstat(source).catch(() => undefined);
  if (!made?.isFile() || !before || !same(before) || read.size !== bytes) return false;
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.copy`,
  );
  let created = false;
  try {
    await copyFile(source, temporary, constants.COPYFILE_EXCL);
    created = true;
    const copied = await lstat(temporary);
    if (!copied.isFile() || copied.size !== bytes || !same(await lstat(source))) return false;
    // copyFile gives the copy the source's mode; the artifact's files keep the one they were made with.
    await chmod(temporary, made.mode & 0o7777);
    await rename(temporary, target);
    created = false;
    return true;
  } catch {
    return false;
  } finally {
    if (created) await rm(temporary, { force: true });
  }
}
