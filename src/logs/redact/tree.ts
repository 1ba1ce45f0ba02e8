import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { makeDirs } from '../../safe-fs.js';
import { redactFile } from './file.js';
import type { RedactionRules } from './settings.js';
import { addStats, emptyStats, type RedactionStats } from './stream.js';

/** One file redacted, with what was done to it. */
export interface RedactedFile {
  input: string;
  output: string;
  stats: RedactionStats;
}

export interface TreeRedaction {
  files: RedactedFile[];
  /** The stats of every file, added up. */
  total: RedactionStats;
  /** Entries of a folder that were not redacted (not audit files, links, …), with why. */
  skipped: { path: string; why: string }[];
}

/** Deeper than an artifact's layout (`<node>/<file>`) ever goes; a deeper tree is not walked. */
const MAX_DEPTH = 8;

/**
 * Redacts `input` into `output`: a file into a file, or a folder into a folder holding the same
 * audit files at the same relative paths, by `rules` (the built-in ones unless given). Only
 * regular files whose names `isAuditFile` accepts are written; links and everything else are
 * skipped and listed, never followed.
 */
export async function redactTree(
  input: string,
  output: string,
  isAuditFile: (name: string) => boolean,
  rules?: RedactionRules,
): Promise<TreeRedaction> {
  const result: TreeRedaction = { files: [], total: emptyStats(), skipped: [] };
  const add = async (from: string, to: string) => {
    const stats = await redactFile(from, to, rules ? { rules } : {});
    result.files.push({ input: from, output: to, stats });
    result.total = addStats(result.total, stats);
  };
  const info = await lstat(input);
  if (info.isFile()) {
    await add(input, output);
    return result;
  }
  if (!info.isDirectory()) throw new Error(`${input} is neither a regular file nor a folder`);
  await walk(result, input, output, isAuditFile, add, 0);
  return result;
}

/** Redacts one file into the result. */
type AddFile = (input: string, output: string) => Promise<void>;

async function walk(
  result: TreeRedaction,
  dir: string,
  out: string,
  isAuditFile: (name: string) => boolean,
  add: AddFile,
  depth: number,
): Promise<void> {
  await makeDirs(out);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const from = path.join(dir, entry.name);
    const to = path.join(out, entry.name);
    if (entry.isDirectory()) {
      if (depth + 1 >= MAX_DEPTH) result.skipped.push({ path: from, why: 'too deep' });
      else await walk(result, from, to, isAuditFile, add, depth + 1);
    } else if (!entry.isFile()) {
      result.skipped.push({ path: from, why: 'not a regular file' });
    } else if (!isAuditFile(entry.name)) {
      result.skipped.push({ path: from, why: 'not an audit file' });
    } else await add(from, to);
  }
}
