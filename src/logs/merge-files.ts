import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { mergeByTime, type MergeStats } from './merge.js';
import { readLines, type ReadOptions } from './read.js';

/** One control-plane node's audit files, in write order (rotated oldest first, current last). */
export interface NodeFiles {
  node: string;
  files: string[];
}

export interface MergeFilesOptions extends Pick<ReadOptions, 'onProblem'> {
  /** Events held back per node to restore time order; see {@link DEFAULT_WINDOW}. */
  window?: number;
}

/** Writes are gathered to this size: one system call per ~1 MiB, not one per event. */
const BATCH_BYTES = 1024 * 1024;
const NEWLINE = Buffer.from('\n');

/** Writes all of `data`: a write may take less than it was given. */
async function writeAll(out: FileHandle, data: Buffer): Promise<void> {
  for (let done = 0; done < data.length;) {
    done += (await out.write(data, done, data.length - done)).bytesWritten;
  }
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

  private constructor(private readonly out: FileHandle) {}

  /** Creates (or empties) `file` for writing. */
  static async open(file: string): Promise<LinesFile> {
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;
    const out = await open(file, flags, 0o644);
    try {
      if (!(await out.stat()).isFile()) throw new Error(`${file} is not a regular file`);
    } catch (error) {
      await out.close();
      throw error;
    }
    return new LinesFile(out);
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
      await writeAll(this.out, data);
    })();
    // Its failure is taken up by whoever awaits it next (this flush's successor, or close).
    writing.catch(() => undefined);
    this.#writing = writing;
    await before;
  }
}

/**
 * Writes every node's events, merged by time, to `outFile` (the artifact's `audit.jsonl`): one
 * event a line, each line's bytes as the node wrote them; lines that are not events are left out
 * and counted. `outFile` is replaced, never written through a link.
 */
export async function mergeFiles(
  nodes: readonly NodeFiles[],
  outFile: string,
  options: MergeFilesOptions = {},
): Promise<MergeStats> {
  const read: ReadOptions = options.onProblem ? { onProblem: options.onProblem } : {};
  const events = mergeByTime(
    nodes.map((n) => readLines(n.files, read)),
    options.window === undefined ? {} : { window: options.window },
  );
  const out = await LinesFile.open(outFile);
  try {
    for await (const line of events) await out.write(line);
  } finally {
    await out.close();
  }
  return events.stats;
}
