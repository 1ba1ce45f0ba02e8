import { spawn } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import type { Logger } from '../messages/logger.js';

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
  /** Aborting it stops the command and waits for it to end (cancellation of the step). */
  signal?: AbortSignal;
  /**
   * Stops the command (SIGTERM, then SIGKILL) once it has run this long, and rejects with
   * {@link TimeoutError}: a command that waits forever (a `kubectl` whose API server is stuck
   * writing to a FIFO) must not hold the step.
   */
  timeoutMs?: number;
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

/** Thrown when a command was stopped because the step was cancelled. */
export class CancelledError extends Error {
  constructor(readonly command: string) {
    super(`\`${command}\` was stopped: the step was cancelled`);
    this.name = 'CancelledError';
  }
}

/** Thrown when a command ran past its `timeoutMs` and was stopped. */
export class TimeoutError extends Error {
  constructor(
    readonly command: string,
    readonly timeoutMs: number,
  ) {
    super(`\`${command}\` did not finish within ${seconds(timeoutMs)} and was stopped`);
    this.name = 'TimeoutError';
  }
}

/** `30 s`, `1.5 s`: a duration as a message says it. */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * How long a cancelled command gets between SIGTERM and SIGKILL. The runner itself sends SIGTERM
 * 7.5 s after SIGINT (`_sigintTimeout`, actions/runner `src/Runner.Sdk/ProcessInvoker.cs`): the
 * child must be gone before that.
 */
const KILL_AFTER_MS = 5_000;

/** How long a killed command's output may stay open (held by a child it started) before it is let go. */
const LET_GO_AFTER_MS = 1_000;

/**
 * The real runner: never throws on a non-zero exit. With `signal`, aborting stops the child
 * (SIGTERM, then SIGKILL) and waits until it is gone before throwing {@link CancelledError}, so
 * nothing it started keeps running after the step ends. With `timeoutMs`, the same stop ends a
 * command that runs longer, with {@link TimeoutError}; should a process the command started keep
 * its output open after the kill, the output is let go, so the promise always settles.
 */
export const run: Runner = (cmd, args, opts = {}) =>
  new Promise<RunResult>((resolve, reject) => {
    const line = commandLine(cmd, args);
    if (opts.signal?.aborted) return reject(new CancelledError(line));
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timeoutTimer);
      clearTimeout(killTimer);
      clearTimeout(letGoTimer);
      opts.signal?.removeEventListener('abort', stop);
      done();
    };
    const child = spawn(cmd, [...args], {
      stdio: [opts.input !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      ...(opts.cwd ? { cwd: opts.cwd } : {}),
      ...(opts.env ? { env: { ...process.env, ...opts.env } } : {}),
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const collect = (into: Buffer[]) => (data: Buffer) => {
      into.push(data);
      opts.onOutput?.(data.toString());
    };
    child.stdout?.on('data', collect(stdout));
    child.stderr?.on('data', collect(stderr));
    let killTimer: NodeJS.Timeout | undefined;
    let letGoTimer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const failure = () =>
      timedOut ? new TimeoutError(line, opts.timeoutMs ?? 0) : new CancelledError(line);
    const letGo = () => {
      child.stdout?.destroy();
      child.stderr?.destroy();
      settle(() => reject(failure()));
    };
    const stop = () => {
      if (killTimer) return;
      child.kill('SIGTERM');
      killTimer = setTimeout(() => {
        child.kill('SIGKILL');
        letGoTimer ??= setTimeout(letGo, LET_GO_AFTER_MS);
      }, KILL_AFTER_MS);
    };
    const timeoutTimer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            stop();
          }, opts.timeoutMs);
    opts.signal?.addEventListener('abort', stop, { once: true });
    // Killed, but its output held open by a process it started: let go soon rather than wait.
    child.on('exit', () => {
      if (killTimer === undefined || letGoTimer !== undefined) return;
      clearTimeout(killTimer);
      letGoTimer = setTimeout(letGo, LET_GO_AFTER_MS);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      settle(() =>
        reject(
          new Error(
            error.code === 'ENOENT'
              ? `\`${cmd}\` was not found on PATH`
              : `cannot run ${line}: ${error.message}`,
            { cause: error },
          ),
        ),
      );
    });
    child.on('close', (code, signal) => {
      settle(() => {
        if (opts.signal?.aborted || timedOut) return reject(failure());
        resolve({
          // A signal death reads as a shell reports it: 128 + the signal's number.
          code: code ?? 128 + (signal ? (osConstants.signals[signal] ?? 0) : 0),
          stdout: Buffer.concat(stdout).toString(),
          stderr: Buffer.concat(stderr).toString(),
        });
      });
    });
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });

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

/** A runner whose every command stops when `signal` aborts. */
export function cancellableRunner(runner: Runner, signal: AbortSignal): Runner {
  return (cmd, args, opts) => runner(cmd, args, { ...opts, signal });
}

/** A runner that logs each command line at debug level first (shown with ACTIONS_STEP_DEBUG). */
export function debugRunner(runner: Runner, log: Pick<Logger, 'debug'>): Runner {
  return (cmd, args, opts) => {
    log.debug(commandLine(cmd, args));
    return runner(cmd, args, opts);
  };
}

/** How a streamed command ended. A command ended by a signal has a non-zero `code`. */
export interface StreamExit {
  code: number;
  /** The last part of its standard error (bounded: a noisy command cannot fill memory). */
  stderr: string;
  /** Set when kind-audit stopped it, saying why: `it wrote nothing for 60 s`. */
  stopped?: string;
}

/** A running command whose standard output is read as raw bytes, as they arrive. */
export interface CommandStream {
  /** Standard output in chunks. Leaving a `for await` over it early closes the pipe. */
  stdout: AsyncIterable<Buffer>;
  /** Settles (never rejects) once the command has exited. */
  exited: Promise<StreamExit>;
  /** Ends the command now (SIGTERM); its `exited` then settles with a non-zero code. */
  stop(): void;
}

/**
 * Runs a command whose output is too large or too binary for {@link Runner} (which collects text):
 * e.g. the tar stream of `docker cp … -`. Passed in like a Runner, so tests can give a fake.
 */
export type StreamRunner = (cmd: string, args: readonly string[]) => CommandStream;

/** Standard error kept for messages: enough for any real error, bounded against a flood. */
const STDERR_KEEP = 64 * 1024;

/** The real {@link StreamRunner}, backed by `child_process.spawn` (no shell). */
export const streamCommand: StreamRunner = (cmd, args) => {
  const child = spawn(cmd, [...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr = (stderr + text).slice(-STDERR_KEEP);
  });
  const exited = new Promise<StreamExit>((resolve) => {
    child.on('error', (err) => resolve({ code: 127, stderr: `${stderr}${err.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
  let killTimer: NodeJS.Timeout | undefined;
  void exited.then(() => clearTimeout(killTimer));
  return {
    stdout: child.stdout,
    exited,
    stop: () => {
      if (killTimer || child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      // A command that ignores SIGTERM still ends.
      killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    },
  };
};

/** What bounds a streamed command. */
export interface StreamBounds {
  /** Stop it when it writes nothing for this long while its output is being waited for. */
  idleMs: number;
  /** Stop it when this aborts; the abort's reason (a string) says why. */
  signal?: AbortSignal;
}

/**
 * A stream runner whose commands are stopped when they stall — nothing written for `idleMs` while
 * their output is awaited (time the reader spends on a chunk does not count: a big copy to a slow
 * disk is progress) — or when `signal` aborts. A stopped command's `exited` says why, in
 * `stopped`; its output ends, so the reader's loop ends too.
 */
export function boundedStreamRunner(stream: StreamRunner, bounds: StreamBounds): StreamRunner {
  return (cmd, args) => {
    const inner = stream(cmd, args);
    let stopped: string | undefined;
    const stopFor = (why: string) => {
      stopped ??= why;
      inner.stop();
    };
    const onAbort = () =>
      stopFor(typeof bounds.signal?.reason === 'string' ? bounds.signal.reason : 'it was stopped');
    if (bounds.signal?.aborted) onAbort();
    else bounds.signal?.addEventListener('abort', onAbort, { once: true });
    const exited = inner.exited.then((exit) => {
      bounds.signal?.removeEventListener('abort', onAbort);
      return stopped ? { ...exit, stopped } : exit;
    });
    async function* watched(): AsyncIterable<Buffer> {
      const chunks = inner.stdout[Symbol.asyncIterator]();
      try {
        for (;;) {
          const timer = setTimeout(
            () => stopFor(`it wrote nothing for ${seconds(bounds.idleMs)}`),
            bounds.idleMs,
          );
          let next: IteratorResult<Buffer>;
          try {
            next = await chunks.next();
          } finally {
            clearTimeout(timer);
          }
          if (next.done) return;
          yield next.value;
        }
      } finally {
        await chunks.return?.();
      }
    }
    return { stdout: watched(), exited, stop: () => inner.stop() };
  };
}

/** A stream runner that logs each command line at debug level first, like {@link debugRunner}. */
export function debugStreamRunner(runner: StreamRunner, log: Pick<Logger, 'debug'>): StreamRunner {
  return (cmd, args) => {
    log.debug(commandLine(cmd, args));
    return runner(cmd, args);
  };
}
