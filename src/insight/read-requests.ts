import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { FILE_NAMES } from '../layout.js';
import { logFilesUnder } from '../logs/log-folder.js';
import { parseLine } from '../logs/parse-event.js';
import { readLines } from '../logs/read.js';
import { InputPathError } from '../logs/summarize-files.js';
import { FinalStages } from './final-stage.js';
import { requestOf, type Request } from './request.js';

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
      files.push(...(mergedStat?.isFile() ? [merged] : await logFilesUnder(given)));
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
    const parsed = parseLine(line);
    if (parsed.kind === 'event') stages.add(parsed.event);
    yield* ready.splice(0);
  }
  stages.end();
  yield* ready.splice(0);
}
