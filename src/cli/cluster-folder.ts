import { debugRunner, run, type Runner } from '../process/exec.js';
import { parseInput } from '../inputs/table.js';
import type { Logger } from '../messages/logger.js';
import type { CommandContext } from './command.js';
import { DIR_FLAG, text, type FlagSpec } from './flags.js';
import { clusterFolder } from './state-dir.js';

// What the cluster commands share: the flag of an output folder, their runner, their folder.

/** `--out DIR`, for a command that writes `what`. */
export const OUT = (what: string): FlagSpec => ({
  flag: 'out',
  arg: 'DIR',
  help: `folder to write ${what} into (required)`,
});
/** No positional arguments. */
export const NONE = { min: 0, max: 0, name: '' };
/** The command runner of the cluster commands: each command line logged at debug level. */
export const runner = (log: Logger): Runner => debugRunner(run, log);

/** The cluster a command names, and the folder its files live in. */
export function folderOf({ values, inputs }: CommandContext): { name: string; folder: string } {
  const name = parseInput('clusterName', inputs);
  return { name, folder: clusterFolder(name, text(values, DIR_FLAG)) };
}
