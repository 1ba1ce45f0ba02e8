import { constants, createReadStream } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { FILE_NAMES } from '../layout.js';
import { forEachLine } from './lines.js';
import { logFilesUnder } from './log-folder.js';
import { Summarizer } from './summarize.js';
import type { Summary } from './summary-shape.js';

/** A path the user named that cannot be read: the CLI exits 2 for it (DESIGN.md). */
export class InputPathError extends Error {
  override name = 'InputPathError';
}

/** One file to read, and the node its events are counted for ('' for none). */
interface Source {
  file: string;
  node: string;
  bytes: number;
}

/** Files of a folder in write order per subfolder, each with its node: the subfolder below `dir`. */
async function folderSources(dir: string, summarizer: Summarizer): Promise<Source[]> {
  const merged = path.join(dir, FILE_NAMES.merged);
  const mergedStat = await lstat(merged).catch(() => undefined);
  const files = await logFilesUnder(dir);
  const nodeOf = (file: string) => path.relative(dir, file).split(path.sep)[0] ?? '';
  const inFolder = (file: string) => path.relative(dir, file).includes(path.sep);
  if (mergedStat?.isFile()) {
    // An artifact: audit.jsonl holds every node's events; the raw copies would count them twice,
    // so they give their node's files and bytes only.
    for (const file of files.filter(inFolder)) {
      const node = nodeOf(file);
      summarizer.addFile(node, (await lstat(file)).size);
      summarizer.markNodeUnattributed(node);
    }
    return [{ file: merged, node: '', bytes: mergedStat.size }];
  }
  const sources: Source[] = [];
  for (const file of files) {
    const node = inFolder(file) ? nodeOf(file) : path.basename(path.resolve(dir));
    sources.push({ file, node, bytes: (await lstat(file)).size });
  }
  return sources;
}

/** Reads one file into the summary, line by line; a damaged `.gz` tail is a warning, not a failure. */
async function readInto(summarizer: Summarizer, source: Source): Promise<void> {
  const handle = await open(source.file, constants.O_RDONLY | constants.O_NOFOLLOW);
  const raw = createReadStream('', { fd: handle, highWaterMark: 1024 * 1024 });
  const input = source.file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  if (source.node) summarizer.addFile(source.node, source.bytes);
  try {
    await forEachLine(
      input,
      (line) => summarizer.add(line, source.node),
      () => {
        summarizer.lines++;
        summarizer.skipped++;
        summarizer.warn(`${source.file}: a line too long to be an event was skipped`);
      },
    );
  } catch (error) {
    summarizer.warn(`${source.file}: read stopped early: ${(error as Error).message}`);
  } finally {
    raw.destroy();
  }
}

/**
 * The summary of audit files and folders, plain or `.gz`, read as streams (memory stays flat).
 * A folder is searched for logs; its subfolders are nodes. An artifact folder (one holding
 * `audit.jsonl`) is read through `audit.jsonl` alone, and its raw per-node copies give their
 * files and bytes, with `null` for what only their events could tell. A file named directly
 * counts for the node of its folder's name.
 */
export async function summarizeFiles(paths: readonly string[]): Promise<Summary> {
  const summarizer = new Summarizer();
  const sources: Source[] = [];
  for (const given of paths) {
    const stat = await lstat(given).catch(() => undefined);
    if (stat?.isDirectory()) sources.push(...(await folderSources(given, summarizer)));
    else if (stat?.isFile())
      sources.push({
        file: given,
        node: path.basename(path.dirname(path.resolve(given))),
        bytes: stat.size,
      });
    else
      throw new InputPathError(
        `${given}: ${stat ? 'not a regular file or folder' : 'no such file or folder'}`,
      );
  }
  for (const source of sources) await readInto(summarizer, source);
  return summarizer.result();
}
