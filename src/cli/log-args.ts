import type { ReadCounts } from '../insight/read-requests.js';
import {
  bytesOf,
  filesOf,
  findLogs,
  nothingRead,
  STDIN,
  STDIN_LABEL,
  type FindOptions,
  type FoundLogs,
} from '../logs/find/index.js';
import { LOG_FILE_NAMES } from '../logs/find/index.js';
import type { CommandContext } from './command.js';
import { UsageError } from './exit-codes.js';
import type { FlagSpec } from './flags.js';
import { startProgress } from './progress.js';

/** The one way to accept a read of no request: for the rare run where none is expected. */
export const ALLOW_EMPTY_FLAG: FlagSpec = {
  flag: 'allow-empty',
  help: 'accept logs that hold no request (a warning instead of exit 2)',
};

/** What the usage line and help say about LOG arguments, for every command that reads logs. */
export const LOGS_HELP = `A LOG is a file (plain or .gz), a folder (searched for ${LOG_FILE_NAMES}), an artifact folder (its audit.jsonl), or - for standard input.`;

/**
 * Finds the logs `paths` name, by the rules every command shares (src/logs/find/inputs.ts), with `-` read
 * from standard input, then runs `read` on them; progress is drawn on stderr meanwhile (when it is
 * a terminal and the work takes a while), copying standard input included, and erased at the end.
 * A named folder that holds no log is a warning; a path that cannot be read throws, and the
 * command's error names the argument (printFailure).
 */
export async function readLogs<T>(
  context: CommandContext,
  paths: readonly string[],
  read: (found: FoundLogs) => Promise<T>,
  options: Omit<FindOptions, 'stdin'> = {},
): Promise<{ found: FoundLogs; result: T }> {
  const what = paths.length === 1 ? (paths[0] ?? '') : `${paths.length} inputs`;
  const progress = startProgress(context.terminal.status, what === STDIN ? STDIN_LABEL : what);
  try {
    const found = await findLogs(paths, { ...options, stdin: context.terminal.stdin });
    // When nothing at all was found, the error of an empty read says so (requireRequests).
    if (filesOf(found).length > 0)
      for (const dir of found.empty)
        context.log.warning(`${dir} holds no log file (${LOG_FILE_NAMES})`);
    // Standard input was read once already, to copy it: its bytes count twice.
    const copied = filesOf(found).filter((f) => f.label === STDIN_LABEL);
    progress.setTotal(bytesOf(found) + copied.reduce((sum, f) => sum + f.bytes, 0));
    return { found, result: await read(found) };
  } finally {
    progress.stop();
  }
}

/**
 * The rule every reading command follows: logs that hold no request are an input mistake (exit 2,
 * saying what was read), unless `--allow-empty` says that is expected (a warning then).
 */
export function requireRequests(context: CommandContext, found: FoundLogs, read: ReadCounts): void {
  if (read.requests > 0) return;
  const message = nothingRead(found, read.lines);
  if (context.values[ALLOW_EMPTY_FLAG.flag] === true) {
    context.log.warning(message);
    return;
  }
  throw new UsageError(`${message}. Check the paths; give --allow-empty if no request is expected`);
}
