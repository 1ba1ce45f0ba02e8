import os from 'node:os';
import path from 'node:path';
import { PolicyFileError, readPolicyFile } from '../policy/index.js';
import { ensurePrivateDir, writeFileNoFollow } from '../files/safe-fs.js';
import { parseState, serializeState, type RunState } from '../state/run-state.js';
import { CARRIED } from '../inputs/table.js';

const STATE_FILE = 'state.json';
/** Far above any state `up` writes (a few KiB). */
const STATE_SIZE_LIMIT = 1024 * 1024;

/**
 * The CLI's own folder, one per user: `$XDG_STATE_HOME/kind-audit`, else
 * `~/.local/state/kind-audit`. A predictable folder under /tmp could be prepared by another user
 * with links in it, so /tmp is used only when there is no home, and then with the uid in its name
 * and the same ownership check.
 */
export function stateBase(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME))
    return path.join(env.XDG_STATE_HOME, 'kind-audit');
  if (env.HOME) return path.join(env.HOME, '.local', 'state', 'kind-audit');
  return path.join(os.tmpdir(), `kind-audit-${process.getuid?.() ?? 'user'}`);
}

/** The folder of one cluster's files: `--dir` when given, else `<stateBase>/<cluster>`. */
export function clusterFolder(clusterName: string, dir: string): string {
  return dir ? path.resolve(dir) : path.join(stateBase(), clusterName);
}

/** Makes the cluster's folder (and the per-user folder above it) private to this user. */
export async function claimClusterFolder(folder: string, explicit: boolean): Promise<string> {
  if (!explicit) await ensurePrivateDir(path.dirname(folder));
  await ensurePrivateDir(folder);
  return folder;
}

export async function saveState(folder: string, state: RunState): Promise<void> {
  await writeFileNoFollow(path.join(folder, STATE_FILE), serializeState(state), 0o600);
}

/** The state `up` left for a cluster; throws saying how to create it when there is none. */
export async function loadState(folder: string, clusterName: string): Promise<RunState> {
  const file = path.join(folder, STATE_FILE);
  let text: string;
  try {
    // A regular file of bounded size, never waited on (a FIFO), as every input file is read.
    text = await readPolicyFile(file, STATE_SIZE_LIMIT);
  } catch (error) {
    if (error instanceof PolicyFileError && !error.missing)
      throw new Error(`The state file ${error.message}.`, { cause: error });
    throw new Error(
      `No state for cluster "${clusterName}" at ${file}: create it with 'kind-audit up --name ${clusterName}' (or pass the same --dir).`,
      { cause: error },
    );
  }
  let state: RunState | undefined;
  try {
    state = parseState(text, CARRIED);
  } catch (error) {
    throw new Error(`The state file ${file} cannot be used: ${(error as Error).message}.`, {
      cause: error,
    });
  }
  if (!state) throw new Error(`The state file ${file} is empty.`);
  return state;
}
