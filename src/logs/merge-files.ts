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
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;
  const out = await open(outFile, flags, 0o644);
  try {
    if (!(await out.stat()).isFile()) throw new Error(`${outFile} is not a regular file`);
    let batch: Buffer[] = [];
    let size = 0;
    for await (const line of events) {
      batch.push(line, NEWLINE);
      size += line.length + 1;
      if (size >= BATCH_BYTES) {
        await writeAll(out, Buffer.concat(batch, size));
        batch = [];
        size = 0;
      }
    }
    if (size > 0) await writeAll(out, Buffer.concat(batch, size));
  } finally {
    await out.close();
  }
  return events.stats;
}
