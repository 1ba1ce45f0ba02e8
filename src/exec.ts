import * as actionsExec from '@actions/exec';
import type { Logger } from './logger.js';

/** What a finished command left behind. Success is decided by `code` alone, never by stderr. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Called with each chunk of output as it arrives, e.g. to stream `kind create` into a log group. */
  onOutput?: (chunk: string) => void;
  /** Text written to the command's standard input. */
  input?: string;
  cwd?: string;
  env?: Record<string, string>;
}

/**
 * The one way the project runs an external command. Passed into the functions that need it, so
 * unit tests give a fake and integration tests give the real thing.
 */
export type Runner = (
  cmd: string,
  args: readonly string[],
  opts?: RunOptions,
) => Promise<RunResult>;

/** The last `lines` non-empty lines of `text`: enough to explain a failure without flooding the log. */
export function tail(text: string, lines = 20): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Thrown when a command exits non-zero; its message names the command, the code and the stderr tail. */
export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly result: RunResult,
  ) {
    const output = tail(result.stderr || result.stdout);
    super(`\`${command}\` exited with code ${result.code}${output ? `:\n${output}` : ''}`);
    this.name = 'CommandError';
  }
}

/** Quotes an argument only where a reader would otherwise misread it. */
function shellWord(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}

/** The command line as a person would type it, for logs and error messages. */
export function commandLine(cmd: string, args: readonly string[]): string {
  return [cmd, ...args].map(shellWord).join(' ');
}

/** The real runner, backed by `@actions/exec`: silent, never throws on a non-zero exit. */
export const run: Runner = async (cmd, args, opts = {}) => {
  const { exitCode, stdout, stderr } = await actionsExec.getExecOutput(cmd, [...args], {
    silent: true,
    ignoreReturnCode: true,
    ...(opts.cwd ? { cwd: opts.cwd } : {}),
    ...(opts.env ? { env: { ...process.env, ...opts.env } as Record<string, string> } : {}),
    ...(opts.input !== undefined ? { input: Buffer.from(opts.input) } : {}),
    ...(opts.onOutput
      ? {
          listeners: {
            stdout: (data: Buffer) => opts.onOutput?.(data.toString()),
            stderr: (data: Buffer) => opts.onOutput?.(data.toString()),
          },
        }
      : {}),
  });
  return { code: exitCode, stdout, stderr };
};

/** Runs and throws {@link CommandError} on a non-zero exit; returns the result otherwise. */
export async function runChecked(
  runner: Runner,
  cmd: string,
  args: readonly string[],
  opts?: RunOptions,
): Promise<RunResult> {
  const result = await runner(cmd, args, opts);
  if (result.code !== 0) throw new CommandError(commandLine(cmd, args), result);
  return result;
}

/** A runner that logs each command line at debug level first (shown with ACTIONS_STEP_DEBUG). */
export function debugRunner(runner: Runner, log: Pick<Logger, 'debug'>): Runner {
  return (cmd, args, opts) => {
    log.debug(commandLine(cmd, args));
    return runner(cmd, args, opts);
  };
}
