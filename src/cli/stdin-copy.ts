import { constants, rmSync } from 'node:fs';
import { mkdtemp, open, rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { InputPathError, looksGzip, STDIN } from '../logs/find/index.js';

/**
 * Standard input as a file: `-` among a command's inputs is copied into a private folder (0700,
 * made by mkdtemp) and read from there like any log. Every reader then works unchanged: the
 * summary's threads read byte ranges, the merge keeps a window per file, and a gzip stream is
 * told by its first bytes, whatever it is called. The cost is disk for one copy, removed when the
 * command ends (or the process exits).
 */
export class StdinCopy {
  #dir: string | undefined;
  readonly #remove = () => this.remove();

  constructor(private readonly input: Readable & { isTTY?: boolean } = process.stdin) {}

  /** Copies standard input (once) and returns the copy's path: `stdin`, or `stdin.gz` for gzip. */
  async file(): Promise<string> {
    if (this.input.isTTY)
      throw new InputPathError(
        STDIN,
        'standard input is a terminal: pipe a log in (e.g. `zcat audit.log.gz | kind-audit …`) or name a file',
      );
    this.#dir = await mkdtemp(path.join(os.tmpdir(), 'kind-audit-stdin-'));
    process.once('exit', this.#remove);
    const plain = path.join(this.#dir, 'stdin');
    const out = await open(
      plain,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      0o600,
    );
    let head: Buffer = Buffer.alloc(0);
    try {
      for await (const chunk of this.input as AsyncIterable<Buffer>) {
        if (head.length < 2) head = Buffer.concat([head, chunk]).subarray(0, 2);
        for (let done = 0; done < chunk.length;)
          done += (await out.write(chunk, done, chunk.length - done)).bytesWritten;
      }
    } finally {
      await out.close();
    }
    if (!looksGzip(head)) return plain;
    await rename(plain, `${plain}.gz`);
    return `${plain}.gz`;
  }

  /** Removes the copy, if one was made. */
  remove(): void {
    if (!this.#dir) return;
    rmSync(this.#dir, { recursive: true, force: true });
    this.#dir = undefined;
    process.removeListener('exit', this.#remove);
  }
}
