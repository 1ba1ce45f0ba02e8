import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { FILE_NAMES } from '../layout.js';
import { isEvent } from '../logs/request-facts.js';
import { byWriteOrder } from '../logs/files.js';
import { readLines } from '../logs/read.js';
import { InputPathError } from '../logs/summarize-files.js';
import { FinalStages } from './final-stage.js';
import { requestOf, type Request } from './request.js';

/** Files a folder is searched for: audit logs and JSON lines, plain or `.gz`. */
const LOG_NAME = /\.(log|jsonl|json)(\.gz)?$/;
const NOT_EVENTS = new Set(['kube-apiserver.log', FILE_NAMES.summaryJson]);
const MAX_DEPTH = 4;

/** Log files under `dir` (links never followed), each folder's in write order. */
async function folderFiles(dir: string, depth = 0): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const here = byWriteOrder(
    entries
      .filter((e) => e.isFile() && LOG_NAME.test(e.name) && !NOT_EVENTS.has(e.name))
      .map((e) => e.name),
  ).map((name) => path.join(dir, name));
  const below: string[] = [];
  if (depth < MAX_DEPTH)
    for (const e of entries
      .filter((e) => e.isDirectory())
      .sort((a, b) => (a.name < b.name ? -1 : 1)))
      below.push(...(await folderFiles(path.join(dir, e.name), depth + 1)));
  return [...here, ...below];
}

/**
 * The files to read for the paths a user named: a file as it is; an artifact folder (one holding
 * `audit.jsonl`) through `audit.jsonl` alone, so raw copies are not counted twice; any other folder
 * searched for logs. A path that is neither file nor folder is an {@link InputPathError}.
 */
export async function logFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const stat = await lstat(given).catch(() => undefined);
    if (stat?.isFile()) files.push(given);
    else if (stat?.isDirectory()) {
      const merged = path.join(given, FILE_NAMES.merged);
      const mergedStat = await lstat(merged).catch(() => undefined);
      files.push(...(mergedStat?.isFile() ? [merged] : await folderFiles(given)));
    } else
      throw new InputPathError(
        `${given}: ${stat ? 'not a regular file or folder' : 'no such file or folder'}`,
      );
  }
  return files;
}

/**
 * Every request of the logs at `paths`, once each at its last stage (DESIGN.md), streaming.
 * Lines that are not events are skipped; `onProblem` hears of damage that does not stop reading.
 */
export async function* readRequests(
  paths: readonly string[],
  onProblem?: (file: string, message: string) => void,
): AsyncGenerator<Request> {
  const ready: Request[] = [];
  const stages = new FinalStages((event) => ready.push(requestOf(event)));
  const files = await logFiles(paths);
  for await (const line of readLines(files, onProblem ? { onProblem } : {})) {
    let value: unknown;
    try {
      value = JSON.parse(line.toString('utf8'));
    } catch {
      continue;
    }
    if (isEvent(value)) stages.add(value);
    yield* ready.splice(0);
  }
  stages.end();
  yield* ready.splice(0);
}
