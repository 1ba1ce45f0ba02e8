import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { RedactionRules } from './settings.js';
import { MAX_LINE_BYTES, StreamRedactor, type RedactionStats } from './stream.js';

/** How much is read at a time: large runs of clean lines pass on as one slice. */
const CHUNK_BYTES = 1024 * 1024;

export interface RedactFileOptions {
  /** Lines longer than this are replaced unread (default {@link MAX_LINE_BYTES}). */
  maxLineBytes?: number;
  /** The rules: the built-in ones unless given. */
  rules?: RedactionRules;
}

/** zlib's errors for input that ends early or is corrupt: the file was cut, not unreadable. */
function isDamagedGzip(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR';
}

async function openInput(file: string): Promise<FileHandle> {
  // O_NONBLOCK: a FIFO in place of the file fails the size check below instead of hanging.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw new Error(`${file} is not a regular file`);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function* redacted(
  source: AsyncIterable<Buffer>,
  redactor: StreamRedactor,
): AsyncGenerator<Buffer> {
  let damaged = false;
  try {
    for await (const chunk of source) {
      const parts = redactor.push(chunk);
      if (parts.length > 0) yield parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
    }
  } catch (error) {
    if (!isDamagedGzip(error)) throw error;
    damaged = true;
  }
  const parts = redactor.end(damaged ? DAMAGED : undefined);
  if (parts.length > 0) yield Buffer.concat(parts);
}

const DAMAGED = 'the compressed file ends early';

/**
 * Copies an audit file with secret material replaced (see `redactLine`), streaming: memory stays
 * bounded at any size. `.gz` in gives `.gz` out (by the input's name); a cut `.gz` gives what could
 * be read and a marker for the rest. The output is never written through a link.
 */
export async function redactFile(
  input: string,
  output: string,
  options: RedactFileOptions = {},
): Promise<RedactionStats> {
  const gz = input.endsWith('.gz');
  const redactor = new StreamRedactor(
    options.maxLineBytes ?? MAX_LINE_BYTES,
    undefined,
    options.rules,
  );
  const inHandle = await openInput(input);
  let outHandle: FileHandle | undefined;
  try {
    outHandle = await open(
      output,
      constants.O_WRONLY |
        constants.O_CREAT |
        constants.O_TRUNC |
        constants.O_NOFOLLOW |
        constants.O_NONBLOCK,
      0o644,
    );
    const raw = inHandle.createReadStream({ highWaterMark: CHUNK_BYTES, autoClose: false });
    let source: AsyncIterable<Buffer> = raw;
    if (gz) {
      const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
      // pipe() does not pass a read error on; without this the loop would wait forever.
      raw.on('error', (error) => gunzip.destroy(error));
      source = raw.pipe(gunzip);
    }
    // The sink closes the handle itself once written: pipeline waits for that close.
    const sink = outHandle.createWriteStream();
    const body = Readable.from(redacted(source, redactor), { objectMode: false });
    if (gz) await pipeline(body, createGzip(), sink);
    else await pipeline(body, sink);
  } finally {
    await inHandle.close();
    await outHandle?.close();
  }
  return redactor.stats;
}
