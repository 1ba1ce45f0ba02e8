import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { LineSplitter } from './splitter.js';

/**
 * The longest line kept whole. kube-apiserver's own cap on one event is far below (100 KB when
 * truncation is on: `--audit-log-truncate-max-event-size`, k8s.io/apiserver
 * `pkg/server/options/audit.go`), so a longer line is damage or hostile: it is yielded cut to this
 * many bytes (it still counts as a line, and being no longer whole JSON no consumer takes it for an
 * event), the rest of it is dropped as it streams past, and `onProblem` says so. Memory per file
 * stays at most this plus one chunk.
 */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

/** Read in large chunks: fewer awaits per byte; 256 KiB holds ~100 typical events. */
const CHUNK_BYTES = 256 * 1024;

export interface ReadOptions {
  /** Told about damage that does not stop the read: a `.gz` cut off, an oversized line. */
  onProblem?: (file: string, message: string) => void;
  /** Overrides {@link MAX_LINE_BYTES} (tests use a small one). */
  maxLineBytes?: number;
}

/** Opens a file for reading; anything but a regular file (a FIFO, a device, a folder) is refused. */
export async function openRegular(file: string, chunkBytes = CHUNK_BYTES): Promise<Readable> {
  return (await openRegularHandle(file)).createReadStream({ highWaterMark: chunkBytes });
}

/** {@link openRegular}, as the handle itself: read at the caller's own pace and buffers. */
export async function openRegularHandle(file: string): Promise<FileHandle> {
  // O_NONBLOCK: opening a FIFO planted where a log should be fails fast instead of hanging.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw new Error(`${file} is not a regular file`);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/**
 * The non-empty lines of a node's audit files, in the order the files are given (the caller
 * passes them in write order: rotated oldest first, current last), `.gz` decompressed. Each line
 * comes without its `\n`, bytes otherwise unchanged; a last line without `\n` (cut off mid-write)
 * comes as it is. A `.gz` that ends early (still being compressed, or the node died) ends that
 * file after what it gave, reported through `onProblem`. Streaming: memory stays bounded at any
 * size. A yielded buffer is never reused, but may share memory with its neighbours.
 * An unreadable or non-regular file throws.
 */
export async function* readLines(
  files: readonly string[],
  options: ReadOptions = {},
): AsyncIterable<Buffer> {
  for (const file of files) yield* fileLines(file, options);
}

async function* fileLines(file: string, options: ReadOptions): AsyncIterable<Buffer> {
  const max = options.maxLineBytes ?? MAX_LINE_BYTES;
  const report = (message: string) => options.onProblem?.(file, message);
  const raw = await openRegular(file);
  const gzip = file.endsWith('.gz');
  const input = gzip ? raw.pipe(createGunzip({ chunkSize: CHUNK_BYTES })) : raw;
  if (gzip) raw.on('error', (error) => input.destroy(error));

  // Lines found in a chunk wait here until the generator hands them on.
  let ready: Buffer[] = [];
  const splitter = new LineSplitter(
    {
      line: (buf, start, end) => {
        if (end > start)
          ready.push(start === 0 && end === buf.length ? buf : buf.subarray(start, end));
      },
      oversized: (head) => {
        report(`a line longer than ${max} bytes was cut to its first ${max} bytes`);
        ready.push(head);
      },
    },
    max,
  );
  let lines = 0;
  const handOn = function* (): Generator<Buffer> {
    const batch = ready;
    ready = [];
    lines += batch.length;
    yield* batch;
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      splitter.push(chunk);
      yield* handOn();
    }
  } catch (error) {
    if (!gzip) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    report(`the compressed file ends early (${reason}); kept the ${lines} lines before the damage`);
  } finally {
    raw.destroy();
  }
  splitter.end();
  yield* handOn();
}
