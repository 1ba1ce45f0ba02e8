import {
  boundedStreamRunner,
  commandLine,
  seconds,
  TimeoutError,
  type Runner,
  type StreamRunner,
} from '../../process/exec.js';

/**
 * How long post may spend on the cluster: collecting from the nodes, reading their RBAC and API
 * server logs, `kind export logs`. Far above what a healthy cluster takes (seconds; minutes for
 * gigabytes of logs), so only something stuck reaches it; after it, post uploads what it has.
 */
export const POST_DEADLINE_MS = 10 * 60_000;

/** The most one command of post may take unless it asks for more (`docker ps`, `docker exec`). */
export const COMMAND_TIMEOUT_MS = 30_000;

/** How long a streamed copy out of a node (`docker cp`, `crictl logs`) may write nothing. */
export const STREAM_IDLE_MS = 60_000;

/** `10 min`, `45 s`: a duration as a message says it. */
export function spoken(ms: number): string {
  return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : seconds(ms);
}

/** A command post did not run, or stopped, because its deadline had passed. */
export class DeadlineError extends Error {
  constructor(
    readonly command: string,
    readonly deadlineMs: number,
    readonly started: boolean,
    options?: ErrorOptions,
  ) {
    super(
      `\`${command}\` was ${started ? 'stopped' : 'not run'}: post's deadline of ${spoken(deadlineMs)} had passed`,
      options,
    );
    this.name = 'DeadlineError';
  }
}

/** How many missed commands the closing warning names; the rest are counted. */
const NAMED = 10;

/**
 * Post's deadline: a point in time after which it starts no command that waits on the cluster,
 * and stops the one running. Commands run through {@link runner} and {@link streamRunner}; what
 * they missed is remembered, so post can say what it skipped.
 */
export class Deadline {
  readonly #end: number;
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout;
  readonly #reason: string;
  /** The commands not run, or stopped, because the deadline passed, in order. */
  readonly missed: string[] = [];

  constructor(readonly ms: number) {
    this.#end = Date.now() + ms;
    this.#reason = `post's deadline of ${spoken(ms)} passed`;
    this.#timer = setTimeout(() => this.#controller.abort(this.#reason), ms);
    // The deadline must never be what keeps the process alive.
    this.#timer.unref();
  }

  /** Milliseconds left; 0 once passed. */
  remaining(): number {
    return Math.max(0, this.#end - Date.now());
  }

  /**
   * A runner whose every command ends by its own timeout (its `timeoutMs`, else
   * `commandTimeoutMs`) or at the deadline, whichever comes first; once the deadline has passed,
   * none starts. A command the deadline stopped or kept from starting throws {@link DeadlineError}.
   */
  runner(run: Runner, commandTimeoutMs: number): Runner {
    return async (cmd, args, opts = {}) => {
      const line = commandLine(cmd, args);
      const left = this.remaining();
      if (left <= 0) {
        this.missed.push(`\`${line}\` (not run)`);
        throw new DeadlineError(line, this.ms, false);
      }
      const own = opts.timeoutMs ?? commandTimeoutMs;
      try {
        return await run(cmd, args, { ...opts, timeoutMs: Math.min(own, left) });
      } catch (error) {
        if (!(error instanceof TimeoutError) || own <= left) throw error;
        this.missed.push(`\`${line}\` (stopped)`);
        throw new DeadlineError(line, this.ms, true, { cause: error });
      }
    };
  }

  /**
   * A stream runner whose commands stop when they write nothing for `idleMs`, or at the deadline;
   * once it has passed, none starts ({@link DeadlineError}).
   */
  streamRunner(stream: StreamRunner, idleMs: number): StreamRunner {
    const bounded = boundedStreamRunner(stream, { idleMs, signal: this.#controller.signal });
    return (cmd, args) => {
      const line = commandLine(cmd, args);
      if (this.remaining() <= 0) {
        this.missed.push(`\`${line}\` (not run)`);
        throw new DeadlineError(line, this.ms, false);
      }
      const command = bounded(cmd, args);
      const exited = command.exited.then((exit) => {
        if (exit.stopped === this.#reason) this.missed.push(`\`${line}\` (stopped)`);
        return exit;
      });
      return { ...command, exited };
    };
  }

  /** What post says when the deadline cut it short; undefined when nothing was missed. */
  report(): string | undefined {
    if (this.missed.length === 0) return undefined;
    const named = this.missed.slice(0, NAMED).join(', ');
    const more = this.missed.length > NAMED ? ` and ${this.missed.length - NAMED} more` : '';
    return `${this.#reason[0]?.toUpperCase()}${this.#reason.slice(1)} before it was done with the cluster; skipped: ${named}${more}. The artifact holds everything collected before it.`;
  }

  /** Clears the timer (it never keeps the process alive, but a finished post needs it no more). */
  dispose(): void {
    clearTimeout(this.#timer);
  }
}
