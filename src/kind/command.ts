import type { Runner } from '../process/exec.js';
import { parseKindVersionOutput, type KindVersion } from './versions.js';

/**
 * A runner that runs `command` wherever the code below asks for `kind`: every kind invocation
 * (create, get, delete, export) goes through the Runner it is given, so the kind in use — one from
 * PATH or a pinned download — is decided once, here, and not threaded through each call.
 */
export function usingKind(run: Runner, command: string): Runner {
  if (command === 'kind') return run;
  return (cmd, args, opts) => run(cmd === 'kind' ? command : cmd, args, opts);
}

/** What `kind version` said: no such command, a version, or output that names none. */
export type KindProbe =
  | { found: false }
  | { found: true; version: KindVersion }
  | { found: true; version: undefined; said: string };

/** Runs `<command> version` to learn whether that kind exists and which release it is. */
export async function probeKind(run: Runner, command: string): Promise<KindProbe> {
  let result;
  try {
    result = await run(command, ['version']);
  } catch (error) {
    if (isNotFound(error)) return { found: false };
    throw error;
  }
  const version = result.code === 0 ? parseKindVersionOutput(result.stdout) : undefined;
  if (version) return { found: true, version };
  const said = (result.stdout + result.stderr).trim().slice(0, 200);
  return { found: true, version: undefined, said: `exit ${result.code}: ${JSON.stringify(said)}` };
}

function isNotFound(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code === 'ENOENT';
}
