import path from 'node:path';
import type { TarEntry, TarEntryType } from './tar.js';

/** What to do with one member of a node's log-folder archive. */
export type EntryVerdict =
  /** A regular file with an audit name, directly in the folder: write it as `name`. */
  | { action: 'collect'; name: string }
  /** It has an audit name (or is the folder itself) but is no regular file: say so, skip it. */
  | { action: 'refuse'; name: string; what: string }
  /** Anything else: other files, sub-folders and what is in them. */
  | { action: 'ignore' };

const WHAT: Record<Exclude<TarEntryType, 'file'>, string> = {
  hardlink: 'a hard link',
  symlink: 'a symbolic link',
  'char-device': 'a character device',
  'block-device': 'a block device',
  directory: 'a folder',
  fifo: 'a FIFO',
  other: 'an entry of an unusual tar type',
};

/** Longest link target quoted in a message: a crafted one must not flood the log. */
const TARGET_MAX = 200;

/**
 * Text from a node, made safe to print: quoted, control characters escaped (no line breaks that
 * could fake a log line or a workflow command), and cut to a readable length.
 */
export function quoted(value: string, max = TARGET_MAX): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(cut).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * The path in the node of an archive member: members are named `<folder>/…` after the last path
 * element of `logDir`. Other names are returned as they are.
 */
export function nodePath(memberName: string, logDir: string): string {
  const folder = path.posix.basename(logDir);
  return memberName === folder || memberName.startsWith(`${folder}/`)
    ? path.posix.join(path.posix.dirname(logDir), memberName)
    : memberName;
}

/** How a refused entry is described: its kind, and for a link where it points. */
function describe(entry: TarEntry, logDir: string): string {
  if (entry.type === 'file') return 'a regular file';
  const what = entry.type === 'other' ? `${WHAT.other} (${quoted(entry.flag)})` : WHAT[entry.type];
  if (entry.type === 'symlink') return `${what} to ${quoted(entry.linkName)}`;
  // A hard link names another member of the archive.
  if (entry.type === 'hardlink') return `${what} to ${quoted(nodePath(entry.linkName, logDir))}`;
  return what;
}

/**
 * Decides what happens to a member of the archive `docker cp <node>:<logDir> -` writes, whose
 * members are named `<folder>/…` after the last path element of `logDir`. Only regular files
 * whose names match `pattern`, directly in the folder, are collected: a link would make whatever
 * reads the copy (the artifact upload) read the file it points to, which may be on the runner.
 */
export function judgeEntry(entry: TarEntry, logDir: string, pattern: RegExp): EntryVerdict {
  const folder = path.posix.basename(logDir);
  const name = entry.name.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  if (name === folder) {
    return entry.type === 'directory'
      ? { action: 'ignore' }
      : { action: 'refuse', name: '', what: describe(entry, logDir) };
  }
  if (!name.startsWith(`${folder}/`)) return { action: 'ignore' };
  const base = name.slice(folder.length + 1);
  if (base.includes('/') || !pattern.test(base)) return { action: 'ignore' };
  return entry.type === 'file'
    ? { action: 'collect', name: base }
    : { action: 'refuse', name: base, what: describe(entry, logDir) };
}
