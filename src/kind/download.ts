import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { HttpClient } from '@actions/http-client';

/** A download that did not give the whole, right file: the message names the URL and what happened. */
export class DownloadError extends Error {
  constructor(
    readonly url: string,
    detail: string,
    readonly status?: number,
  ) {
    super(`Downloading ${url} failed: ${detail}`);
    this.name = 'DownloadError';
  }
}

/** How long one download may take, in total; the server stalling counts against it too. */
export interface DownloadLimits {
  timeoutMs: number;
}

// @actions/http-client is what @actions/tool-cache downloads with: it follows GitHub's redirects to
// its blob storage and honours https_proxy / no_proxy on self-hosted runners. It is used directly,
// not through tool-cache's downloadTool, because downloadTool has no timeout (a stalled mirror
// would hang the step until the job's own timeout) and retries with 10–20 s sleeps.
function client(timeoutMs: number): HttpClient {
  return new HttpClient('kind-audit', [], { allowRetries: false, socketTimeout: timeoutMs });
}

/**
 * Streams `url` into `file` while hashing it; resolves to the SHA-256 (hex) of exactly the bytes
 * written. Fails, removing the partial file, on a status other than 200, a body shorter than its
 * Content-Length (a cut connection), or when the whole download takes longer than the limit.
 */
export async function downloadFile(
  url: string,
  file: string,
  limits: DownloadLimits,
): Promise<{ sha256: string; bytes: number }> {
  try {
    return await withDeadline(url, limits.timeoutMs, async (adopt) => {
      const message = await open(url, limits.timeoutMs);
      adopt(message);
      const hash = createHash('sha256');
      let bytes = 0;
      const out = createWriteStream(file, { mode: 0o600 });
      await new Promise<void>((resolve, reject) => {
        const fail = (error: Error): void => {
          out.destroy();
          reject(error);
        };
        message.on('data', (chunk: Buffer) => {
          hash.update(chunk);
          bytes += chunk.length;
        });
        message.on('error', fail);
        message.on('aborted', () => fail(cutOff(url, bytes, message)));
        out.on('error', fail);
        out.on('finish', resolve);
        message.pipe(out);
      });
      const expected = Number(message.headers['content-length'] ?? NaN);
      if (Number.isFinite(expected) && bytes !== expected) throw cutOff(url, bytes, message);
      return { sha256: hash.digest('hex'), bytes };
    });
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
}

/** The text at `url`, refused when larger than `maxBytes` (a checksum file is a line). */
export async function downloadText(
  url: string,
  maxBytes: number,
  limits: DownloadLimits,
): Promise<string> {
  return withDeadline(url, limits.timeoutMs, async (adopt) => {
    const message = await open(url, limits.timeoutMs);
    adopt(message);
    const chunks: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of message as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        message.destroy();
        throw new DownloadError(url, `more than ${maxBytes} bytes; expected a checksum line`);
      }
      chunks.push(chunk);
    }
    const expected = Number(message.headers['content-length'] ?? NaN);
    if (Number.isFinite(expected) && bytes !== expected) throw cutOff(url, bytes, message);
    return Buffer.concat(chunks).toString('utf8');
  });
}

async function open(url: string, timeoutMs: number): Promise<IncomingMessage> {
  let response;
  try {
    response = await client(timeoutMs).get(url);
  } catch (error) {
    throw new DownloadError(url, error instanceof Error ? error.message : String(error));
  }
  const status = response.message.statusCode ?? 0;
  if (status !== 200) {
    response.message.resume();
    throw new DownloadError(url, `the server answered HTTP ${status}`, status);
  }
  return response.message;
}

function cutOff(url: string, bytes: number, message: IncomingMessage): DownloadError {
  const length = message.headers['content-length'];
  const of = length ? ` of ${length}` : '';
  return new DownloadError(url, `the connection closed after ${bytes}${of} bytes`);
}

/**
 * Runs `work` with a deadline. `adopt` hands over the response once there is one, so the deadline
 * can destroy it: that closes the socket, instead of leaving a stalled request keeping Node alive.
 */
async function withDeadline<T>(
  url: string,
  timeoutMs: number,
  work: (adopt: (message: IncomingMessage) => void) => Promise<T>,
): Promise<T> {
  let message: IncomingMessage | undefined;
  let timer: NodeJS.Timeout | undefined;
  const seconds = Math.round(timeoutMs / 100) / 10;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new DownloadError(url, `it did not complete within ${seconds}s`);
      message?.destroy(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    return await Promise.race([work((m) => (message = m)), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
