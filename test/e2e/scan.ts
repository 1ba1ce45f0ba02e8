// Streaming searches over an artifact's files: a log of any size is read in chunks, `.gz` files
// through gunzip, so memory stays bounded whatever the run wrote.
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

/** The file's text as a stream of chunks, decompressed when its name ends in `.gz`. */
function openText(file: string): Readable {
  const raw = createReadStream(file);
  if (!file.endsWith('.gz')) return raw;
  const gunzip = createGunzip();
  // The pipeline reports a read error or corrupt gzip through the gunzip stream.
  pipeline(raw, gunzip).catch((error: unknown) => gunzip.destroy(error as Error));
  return gunzip;
}

/**
 * Which of `needles` occur in the file (decompressed when `.gz`). Chunks overlap by the longest
 * needle's length, so a value split across two reads is still found.
 */
export async function needlesIn(file: string, needles: readonly string[]): Promise<string[]> {
  const wanted = needles.filter((n) => n.length > 0);
  if (wanted.length === 0) return [];
  const keep = Math.max(...wanted.map((n) => Buffer.byteLength(n))) - 1;
  const found = new Set<string>();
  let tail = '';
  for await (const chunk of openText(file)) {
    const text = tail + (chunk as Buffer).toString('latin1');
    for (const needle of wanted) if (text.includes(toLatin1(needle))) found.add(needle);
    if (found.size === wanted.length) break;
    tail = text.slice(Math.max(0, text.length - keep));
  }
  return wanted.filter((n) => found.has(n));
}

/** Byte-for-byte comparison: needles are matched as UTF-8 bytes read as latin1. */
function toLatin1(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** The names of the API server's audit files: the live log and rotated ones, gzipped or not. */
export const AUDIT_FILE_NAME = /^kube-apiserver-audit.*\.log(\.gz)?$/;

/** Each line of the file (decompressed when `.gz`), one at a time. */
export async function* linesOf(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: openText(file), crlfDelay: Infinity });
  for await (const line of lines) yield line;
}

/** Every regular file under `dir`, as paths relative to it with `/`, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(sub: string): Promise<void> {
    for (const entry of await fs.readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(rel);
      else if (entry.isFile()) out.push(rel);
    }
  }
  await walk('');
  return out.sort();
}
