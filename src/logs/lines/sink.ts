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

/** Where the lines' bytes go: a file, or a stream such as standard output. */
export interface ByteSink {
  /** Writes all of `data`; resolves once it is handed on. */
  write(data: Buffer): Promise<void>;
  close(): Promise<void>;
}

/**
 * Creates (or empties) `file` for writing, as a {@link ByteSink}: never through a link, and only
 * a regular file ({@link openForWriting}).
 */
export async function openFileSink(file: string): Promise<ByteSink> {
  const out = await openForWriting(file);
  return { write: (data) => writeAll(out, data), close: () => out.close() };
}

/**
 * A JSON lines file written a line at a time, in batches; never written through a link. One batch
 * is written while the next fills: the caller waits only when a batch is due before the last one
 * is on disk, so reading and writing overlap.
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
    const data = Buffer.concat(this.#batch, this.#size);
    this.#batch = [];
    this.#size = 0;
    const before = this.#writing;
    const writing = (async () => {
      await before;
      await this.out.write(data);
    })();
    // Its failure is taken up by whoever awaits it next (this flush's successor, or close).
    writing.catch(() => undefined);
    this.#writing = writing;
    await before;
  }
}
