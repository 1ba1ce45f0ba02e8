import { constants, createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createGunzip } from 'node:zlib';
import { BufferPool } from '../lines/index.js';
import { readChunks, streamSource, type ByteSource, type ChunkSink } from '../lines/index.js';
import type { PartEnd, Summarizer } from './summarizer.js';
import { InThreadReader, ThreadReader, type PartReader } from './threads.js';

/** One file to read, and the node its events are counted for ('' for none). */
export interface Source {
  file: string;
  node: string;
  bytes: number;
  /** How warnings name the file (standard input's private copy has a name nobody gave); `file` if unset. */
  label?: string;
}

/** How a summary reads its files. */
export interface PartOptions {
  /**
   * The script of the summary threads (the bundle of summary-thread.ts, beside the CLI's).
   * Without one, on a single core, or for a log of one part, every part is read on the calling
   * thread.
   */
  threadScript?: URL | undefined;
  /** Threads to read on; unless told, two when there are two cores (each costs some 10 MB). */
  threads?: number;
  /** Bytes per part: a pool buffer's size. */
  partBytes?: number;
}

/** Parts of 1 MB: as fast as 4 MB on 1 GB (measured), and the pool holds 15 MB less. */
const PART_BYTES = 1024 * 1024;
const THREADS = 2;

/**
 * Reads `sources` in order into `summarizer`, in parts: each file is cut into chunks of whole
 * lines, each chunk read by one of the threads (or on this one), and each part's end handed to
 * `summarizer` in read order; at the end the threads' counts are merged into it. The threads use
 * both cores; the pooled buffers, handed to them and back, keep memory flat at any size.
 */
export async function readInParts(
  sources: readonly Source[],
  summarizer: Summarizer,
  options: PartOptions = {},
): Promise<void> {
  const partBytes = options.partBytes ?? PART_BYTES;
  const threads = options.threads ?? Math.min(THREADS, availableParallelism());
  // Starting a thread takes tens of ms: not worth it for a log of one part.
  const worthThreads = sources.reduce((sum, source) => sum + source.bytes, 0) > partBytes;
  const reader: PartReader =
    options.threadScript && threads > 1 && worthThreads
      ? new ThreadReader(options.threadScript, threads)
      : new InThreadReader();
  const pool = new BufferPool(partBytes, 2 * Math.max(threads, 1) + 1);
  const ends = new Map<number, PartEnd>();
  /** The parts being read: as many as the pool has buffers, whatever the log's size. */
  const reading = new Set<Promise<void>>();
  let parts = 0;
  let handedOn = 0;
  const sinkFor = (source: Source): ChunkSink => ({
    chunk(bytes) {
      const index = parts++;
      const read = reader.read(index, source.node, bytes).then(({ end, memory }) => {
        copyHeldLines(end, memory);
        pool.give(memory);
        ends.set(index, end);
        for (let next = ends.get(handedOn); next; next = ends.get(handedOn)) {
          ends.delete(handedOn++);
          summarizer.addPartEnd(next);
        }
      });
      reading.add(read);
      read.then(
        () => reading.delete(read),
        (error: Error) => {
          reading.delete(read);
          // A thread that failed gives no buffer back: the pool stops the read instead of waiting.
          pool.fail(error);
        },
      );
    },
    oversized() {
      summarizer.addUnreadLine();
      summarizer.warn(`${source.label ?? source.file}: a line too long to be an event was skipped`);
    },
  });
  try {
    for (const source of sources) {
      if (pool.failure) break;
      await readSource(source, pool, sinkFor(source), summarizer);
    }
    await Promise.allSettled(reading);
    if (pool.failure) throw pool.failure;
    for (const state of await reader.finish()) summarizer.merge(state);
  } finally {
    await reader.close();
  }
}

/**
 * Copies the lines a part's open requests hold out of the part's memory, which is read into again
 * once given back: a few small copies on this thread (sent from the reading thread instead, each
 * line arrived as a buffer of its own: 25 MB more RSS on Node 24 at 1 GB).
 */
function copyHeldLines(end: PartEnd, memory: ArrayBuffer): void {
  for (const open of end.open)
    if (open.heldAt) {
      const [start, stop] = open.heldAt;
      open.held = Buffer.from(Buffer.from(memory, start, stop - start));
    }
}

/** Reads one file, plain or `.gz`; a read that fails (a damaged `.gz` tail) is a warning. */
async function readSource(
  source: Source,
  pool: BufferPool,
  sink: ChunkSink,
  summarizer: Summarizer,
): Promise<void> {
  const handle = await open(source.file, constants.O_RDONLY | constants.O_NOFOLLOW);
  const gzip = source.file.endsWith('.gz')
    ? createReadStream('', { fd: handle, highWaterMark: 1024 * 1024 })
    : undefined;
  const read: ByteSource = gzip
    ? streamSource(gzip.pipe(createGunzip()))
    : async (into, offset, length) => (await handle.read(into, offset, length, null)).bytesRead;
  try {
    await readChunks(read, pool, sink);
  } catch (error) {
    if (pool.failure) throw pool.failure;
    summarizer.warn(
      `${source.label ?? source.file}: read stopped early: ${(error as Error).message}`,
    );
  } finally {
    if (gzip) gzip.destroy();
    else await handle.close();
  }
}
