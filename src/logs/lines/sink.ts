import type { FileHandle } from 'node:fs/promises';
import { openForWriting } from '../../files/safe-fs.js';

/** Writes are gathered to this size: one system call per ~1 MiB, not one per event. */
const BATCH_BYTES = 1024 * 1024;
const NEWLINE = Buffer.from('\n');

/** Writes all of `data`: a write may take less than it was given. */
async function writeAll(out: FileHandle, data: Buffer): Promise<void> {
  for (let done = 0; done < data.length;) {
    done += (await out.write(data, done, data.length - done)).bytesWritten;
  }
}

/** Writes all of `pieces`, in order, from where they lie: nothing is joined first. */
export async function writevAll(
  out: { writev(pieces: Buffer[]): Promise<{ bytesWritten: number }> },
  pieces: Buffer[],
): Promise<void> {
  let rest = pieces;
  while (rest.length > 0) {
    // libuv writes them all, however many (uv__fs_write_all in its src/unix/fs.c); were a write
    // ever to stop short, it goes on from there.
    let written = (await out.writev(rest)).bytesWritten;
    let next = 0;
    while (next < rest.length && written >= (rest[next] as Buffer).length)
      written -= (rest[next++] as Buffer).length;
    rest = rest.slice(next);
    if (written > 0) rest[0] = (rest[0] as Buffer).subarray(written);
  }
}

/** Where the lines' bytes go: a file, or a stream such as standard output. */
export interface ByteSink {
  /** Writes all of `data`; resolves once it is handed on. */
  write(data: Buffer): Promise<void>;
  /** Writes all of `pieces` in order without joining them first, where the sink can (a file). */
  writev?(pieces: Buffer[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Creates (or empties) `file` for writing, as a {@link ByteSink}: never through a link, and only
 * a regular file ({@link openForWriting}).
 */
export async function openFileSink(file: string): Promise<ByteSink> {
  const out = await openForWriting(file);
  return {
    write: (data) => writeAll(out, data),
    writev: (pieces) => writevAll(out, pieces),
    close: () => out.close(),
  };
}

/**
 * A JSON lines file written a line at a time, in batches; never written through a link. One batch
 * is written while the next fills: the caller waits only when a batch is due before the last one
 * is on disk, so reading and writing overlap.
 *
 * A file's batch is written from where its lines lie (`writev`), not joined into one new buffer
 * first: on 1 GB of the bench's default log, writing through this class took 0.37–0.41 user CPU s
 * that way against 0.58–0.72 s joined (docs/performance.md, sixth round). So a line handed to
 * {@link write} must not change until {@link close}: the pass's lines are views of buffers nothing
 * writes to again, or copies.
 */
export class LinesFile {
  #batch: Buffer[] = [];
  #size = 0;
  /** The batch being written; rejected if that write failed. */
  #writing: Promise<void> | undefined;

  private constructor(private readonly out: ByteSink) {}

  /** Creates (or empties) `file` for writing. */
  static async open(file: string): Promise<LinesFile> {
    return new LinesFile(await openFileSink(file));
  }

  /** Lines written to `sink` (standard output, for `merge --out -`). */
  static over(sink: ByteSink): LinesFile {
    return new LinesFile(sink);
  }

  /** Adds one line (without its newline); returns a promise only when the caller must wait. */
  write(line: Buffer): Promise<void> | undefined {
    this.#batch.push(line, NEWLINE);
    this.#size += line.length + 1;
    return this.#size >= BATCH_BYTES ? this.#flush() : undefined;
  }

  /** Writes what is left and closes the file; the file is closed even when the write fails. */
  async close(): Promise<void> {
    try {
      await this.#flush();
      await this.#writing;
    } finally {
      await this.out.close();
    }
  }

  /** Starts writing the batch once the one before it is written; resolves when that one is. */
  async #flush(): Promise<void> {
    if (this.#size === 0) return;
    const batch = this.#batch;
    const size = this.#size;
    this.#batch = [];
    this.#size = 0;
    const before = this.#writing;
    const writing = (async () => {
      await before;
      if (this.out.writev) await this.out.writev(batch);
      else await this.out.write(Buffer.concat(batch, size));
    })();
    // Its failure is taken up by whoever awaits it next (this flush's successor, or close).
    writing.catch(() => undefined);
    this.#writing = writing;
    await before;
  }
}
