import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { FILE_NAMES } from '../layout.js';
import { logFilesUnder } from './log-folder.js';
import { Summarizer } from './summarize.js';
import { readInParts, type PartOptions, type Source } from './summarize-parts.js';
import type { Summary } from './summary-shape.js';

/** A path the user named that cannot be read: the CLI exits 2 for it (DESIGN.md). */
export class InputPathError extends Error {
  override name = 'InputPathError';
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

/**
 * The summary of audit files and folders, plain or `.gz`, read as streams (memory stays flat).
 * A folder is searched for logs; its subfolders are nodes. An artifact folder (one holding
 * `audit.jsonl`) is read through `audit.jsonl` alone, and its raw per-node copies give their
 * files and bytes, with `null` for what only their events could tell. A file named directly
 * counts for the node of its folder's name. Given a thread script, the files are read on two
 * threads (summarize-parts.ts).
 */
export async function summarizeFiles(
  paths: readonly string[],
  options: PartOptions = {},
): Promise<Summary> {
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
  for (const source of sources) if (source.node) summarizer.addFile(source.node, source.bytes);
  await readInParts(sources, summarizer, options);
  return summarizer.result();
}
