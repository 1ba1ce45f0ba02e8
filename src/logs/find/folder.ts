import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { FILE_NAMES } from '../../artifact/layout.js';
import { byWriteOrder } from './file-names.js';

/** Files a folder is searched for: audit logs and JSON lines, plain or `.gz`. */
export const LOG_FILE_NAMES = '*.log, *.jsonl or *.json, plain or .gz';
const LOG_NAME = /\.(log|jsonl|json)(\.gz)?$/;
/** Text beside the events in an artifact that holds none: the API server's own log, the summary. */
const NOT_EVENTS = new Set(['kube-apiserver.log', FILE_NAMES.summaryJson]);
/** An artifact's `kind export logs`: kubelet, containerd and pod logs, never audit events. */
const NOT_EVENT_FOLDERS = new Set<string>([FILE_NAMES.kindLogs]);
const MAX_DEPTH = 4;

async function regularFiles(dir: string, depth = 0): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // Dirent types come from lstat: links are neither files nor folders here, so never followed.
    if (entry.isDirectory() && depth < MAX_DEPTH && !NOT_EVENT_FOLDERS.has(entry.name))
      found.push(...(await regularFiles(full, depth + 1)));
    else if (entry.isFile() && LOG_NAME.test(entry.name) && !NOT_EVENTS.has(entry.name))
      found.push(full);
  }
  return found;
}

/**
 * The log files under `dir` (a few folders deep, links never followed), folder by folder in path
 * order, each folder's files in the order they were written (rotated oldest first, current last).
 */
export async function logFilesUnder(dir: string): Promise<string[]> {
  const byFolder = new Map<string, string[]>();
  for (const file of await regularFiles(dir)) {
    const folder = path.dirname(file);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), path.basename(file)]);
  }
  return [...byFolder]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([folder, names]) => byWriteOrder(names).map((name) => path.join(folder, name)));
}
