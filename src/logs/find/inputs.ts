import { constants } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fsProblem } from '../../files/fs-words.js';
import { FILE_NAMES } from '../../artifact/layout.js';
import { count } from '../../text/plural.js';
import { LOG_FILE_NAMES, logFilesUnder } from './folder.js';

/** How a command names standard input among its inputs (and standard output for `--out`). */
export const STDIN = '-';

/** How messages name standard input. */
export const STDIN_LABEL = 'standard input';

/**
 * A path the user named that cannot be read, or a file in it that cannot: the CLI exits 2 for it
 * (docs/cli.md, "Exit codes"), naming the argument that gave the path.
 */
export class InputPathError extends Error {
  constructor(
    /** As the user gave it or as it was found in a folder; `standard input` for `-`. */
    readonly path: string,
    /** What is wrong, in words: `there is no such file or folder`. */
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'InputPathError';
  }
}

/** One file of events to read. */
export interface LogFile {
  /** Where it is read from: the path named or found, or the private copy of standard input. */
  path: string;
  /** How messages name it: the path named or found, or `standard input`. */
  label: string;
  /** The node its events are counted for: the folder it was found in; '' for none. */
  node: string;
  /** Its size as found (compressed for a `.gz`). */
  bytes: number;
}

/** One node's files, in the order they were written (rotated oldest first, current last). */
export interface LogGroup {
  node: string;
  files: LogFile[];
}

/** The logs the paths a user named hold, found by {@link findLogs}. */
export interface FoundLogs {
  /** The paths as named (`-` for standard input). */
  named: readonly string[];
  /** What to read: a group per node folder, in path order. */
  groups: LogGroup[];
  /**
   * An artifact's raw per-node copies, whose events its `audit.jsonl` holds already: not read
   * (unless asked for), but a summary counts their files and bytes.
   */
  copies: LogFile[];
  /** Named folders that hold no log file. */
  empty: string[];
}

/** How {@link findLogs} treats what it finds. */
export interface FindOptions {
  /**
   * An artifact folder (one holding `audit.jsonl`): `merged` reads its `audit.jsonl` alone, so no
   * request counts twice (the default, for every command that counts); `every-file` reads every
   * log file in it (for `redact`, whose copy must leave no file unredacted).
   */
  artifact?: 'merged' | 'every-file';
  /**
   * Copies standard input into a private file and returns that file's path (named `….gz` when
   * what came in was gzip): how `-` is read. Unset, `-` names a file called `-`.
   */
  stdin?: () => Promise<string>;
}

/** gzip's first two bytes (RFC 1952, 2.3.1). */
const GZIP_MAGIC = [0x1f, 0x8b];

/** Every file of the logs, group by group. */
export function filesOf(found: FoundLogs): LogFile[] {
  return found.groups.flatMap((g) => g.files);
}

/** The bytes there are to read (compressed sizes for `.gz`). */
export function bytesOf(found: FoundLogs): number {
  return filesOf(found).reduce((sum, f) => sum + f.bytes, 0);
}

/**
 * The log files the paths a user named hold, by the one set of rules every command follows:
 * - `-` is standard input (at most once), plain or gzip, whatever it is named;
 * - a file is read as it is, whatever its name; a link named directly is followed;
 * - an artifact folder (one holding `audit.jsonl`) is read through `audit.jsonl` (see
 *   {@link FindOptions.artifact});
 * - any other folder is searched a few folders deep for `*.log`, `*.jsonl` and `*.json`, plain or
 *   `.gz` (not the API server's own `kube-apiserver.log`, nor `summary.json`), links never
 *   followed; each folder's files are one node's, in the order they were written.
 * Every file is opened before anything is read: one that cannot be read, is not a regular file,
 * or is named `.gz` but does not start as gzip does, is an {@link InputPathError}.
 */
export async function findLogs(
  paths: readonly string[],
  options: FindOptions = {},
): Promise<FoundLogs> {
  const found: FoundLogs = { named: paths, groups: [], copies: [], empty: [] };
  let stdinSeen = false;
  for (const given of paths) {
    if (given === STDIN && options.stdin) {
      if (stdinSeen)
        throw new InputPathError(STDIN, 'standard input is named twice, and can be read only once');
      stdinSeen = true;
      const copy = await options.stdin();
      const bytes = (await lstat(copy)).size;
      found.groups.push({ node: '', files: [{ path: copy, label: STDIN_LABEL, node: '', bytes }] });
      continue;
    }
    const info = await stat(given).catch((error: unknown) => {
      throw new InputPathError(given, fsProblem(error));
    });
    if (info.isDirectory()) await addFolder(found, given, options.artifact ?? 'merged');
    else if (info.isFile()) {
      const node = path.basename(path.dirname(path.resolve(given)));
      // A link named outright is followed (the user chose it); readers then open the file itself.
      const file = { path: await realpath(given), label: given, node, bytes: info.size };
      await checkReadable(file, false);
      found.groups.push({ node, files: [file] });
    } else throw new InputPathError(given, 'it is neither a regular file nor a folder');
  }
  return found;
}

async function addFolder(
  found: FoundLogs,
  dir: string,
  artifact: 'merged' | 'every-file',
): Promise<void> {
  const merged = path.join(dir, FILE_NAMES.merged);
  const isArtifact = (await lstat(merged).catch(() => undefined))?.isFile() === true;
  const files = await logFilesUnder(dir).catch((error: unknown) => {
    throw new InputPathError(dir, `the folder cannot be read: ${fsProblem(error)}`);
  });
  if (files.length === 0) {
    found.empty.push(dir);
    return;
  }
  const inSubfolder = (file: string) => path.relative(dir, file).includes(path.sep);
  const nodeOf = (file: string) =>
    inSubfolder(file)
      ? (path.relative(dir, file).split(path.sep)[0] ?? '')
      : path.basename(path.resolve(dir));
  const byFolder = new Map<string, LogGroup>();
  for (const file of files) {
    // Found by lstat, so a regular file: its size is the one read, unless it grows meanwhile.
    const logFile = {
      path: file,
      label: file,
      node: nodeOf(file),
      bytes: (await lstat(file)).size,
    };
    if (isArtifact && artifact === 'merged') {
      if (file === merged) {
        await checkReadable(logFile, true);
        // It holds every node's events: they count for no node.
        found.groups.push({ node: '', files: [{ ...logFile, node: '' }] });
      } else if (inSubfolder(file)) found.copies.push(logFile);
      continue;
    }
    await checkReadable(logFile, true);
    const folder = path.dirname(file);
    const group = byFolder.get(folder) ?? { node: logFile.node, files: [] };
    group.files.push(logFile);
    byFolder.set(folder, group);
  }
  found.groups.push(...byFolder.values());
}

/**
 * Opens `file` as its reader will: a file that cannot be opened, is no regular file (a FIFO put
 * where a log should be: O_NONBLOCK keeps the open from hanging) or is named `.gz` without gzip's
 * magic bytes fails here, before anything is read or written. A file found in a folder is opened
 * without following a link, as the readers open it.
 */
async function checkReadable(file: LogFile, found: boolean): Promise<void> {
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | (found ? constants.O_NOFOLLOW : 0);
  const handle = await open(file.path, flags).catch((error: unknown) => {
    throw new InputPathError(file.label, `it cannot be read: ${fsProblem(error)}`);
  });
  try {
    if (!(await handle.stat()).isFile())
      throw new InputPathError(file.label, 'it is not a regular file');
    if (!file.path.endsWith('.gz') || file.bytes === 0) return;
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    if (bytesRead < 2 || head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1])
      throw new InputPathError(
        file.label,
        'it is named .gz but is not gzip-compressed (rename it without .gz if it is plain text)',
      );
  } finally {
    await handle.close();
  }
}

/** Whether `head` starts as a gzip stream does. */
export function looksGzip(head: Buffer): boolean {
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/** Named paths as a list for a message: `a.log, ./audit, standard input`. */
export function namedList(found: FoundLogs): string {
  return found.named.map((p) => (p === STDIN ? STDIN_LABEL : p)).join(', ');
}

/**
 * What a command says when the logs held no request: `read 0 requests from ./audit: 2 files,
 * 10 lines, none of them an audit event`, naming what was named and what was found in it.
 */
export function nothingRead(found: FoundLogs, lines: number): string {
  const files = filesOf(found).length;
  const what =
    files === 0
      ? `no log file was found (${LOG_FILE_NAMES})`
      : lines === 0
        ? `${count(files, 'file')}, ${files === 1 ? 'and it is' : 'all'} empty`
        : `${count(files, 'file')}, ${count(lines, 'line')}, none of them an audit event`;
  return `read 0 requests from ${namedList(found)}: ${what}`;
}
