import { spawn } from 'node:child_process';
import { isMainThread, Worker } from 'node:worker_threads';

/**
 * The young generation, in MB, of the thread that runs the pass's merge side (the reorder window,
 * the writes, the summary and the insights): post's, on a worker thread ({@link
 * runOnCappedThread}), and `kind-audit merge`'s, in a child process ({@link rerunCapped}).
 *
 * V8 grows a thread's young generation while many of its objects survive their first collection
 * (v8/src/heap/heap.cc). The merge's window keeps 10,000 events per node alive for a while, so
 * over a long pass the main thread's young generation climbs to the most V8 allows for the
 * machine's memory (`--max-semi-space-size` in node's doc/api/cli.md: the young generation is
 * three semi-spaces) and stays there: 128 MB on a machine of 24 GiB, for 15–18 MB that is live.
 * Nothing inside a running process lowers its main thread's cap (only node's command line, which
 * the runner's `node` is not given); a worker's is set by `resourceLimits.maxYoungGenerationSizeMb`
 * (node's doc/api/worker_threads.md). Post on a 1 GB log, measured: peak RSS about 395 MB on the
 * main thread, 290 MB on a thread capped at 24 MB, at the same CPU time; 16 MB scavenged more,
 * 48 MB kept 20 MB more (docs/performance.md).
 */
export const CAPPED_YOUNG_GENERATION_MB = 24;

/** How the capped thread of {@link runOnCappedThread} failed, when it did not end by itself. */
function failureText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * Runs `work` on a worker thread of this same program (`entry`, the caller's `import.meta.url`)
 * whose young generation is capped at {@link CAPPED_YOUNG_GENERATION_MB}; the main thread only
 * waits. Called on the main thread, it starts that thread and ends the process as the thread
 * ends: with the exit code the thread set (`process.exitCode`, as `@actions/core`'s `setFailed`
 * sets it), or, when the thread failed by an error nobody caught, with 1 after `report(error)`.
 * Called on that thread, it runs `work`. What the thread writes to standard output and error
 * reaches the process's, in order (node relays a worker's, holding its writes while the
 * process's stream is full); the environment is the process's.
 */
export function runOnCappedThread(
  entry: URL,
  work: () => Promise<void>,
  report: (text: string) => void,
): void {
  if (!isMainThread) {
    void work();
    return;
  }
  const thread = new Worker(entry, {
    argv: process.argv.slice(2),
    resourceLimits: { maxYoungGenerationSizeMb: CAPPED_YOUNG_GENERATION_MB },
  });
  let failed = false;
  thread.on('error', (error) => {
    failed = true;
    report(failureText(error));
  });
  thread.on('exit', (code) => {
    process.exitCode = failed && code === 0 ? 1 : code;
  });
}

/**
 * Node's flag for {@link CAPPED_YOUNG_GENERATION_MB} on a process's main thread: the young
 * generation is three semi-spaces (`--max-semi-space-size`, node's doc/api/cli.md).
 */
export const CAPPED_SEMI_SPACE_FLAG = `--max-semi-space-size=${CAPPED_YOUNG_GENERATION_MB / 3}`;

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs this same program (`script`, with `args`) again in a child process whose main thread's
 * young generation is capped ({@link CAPPED_SEMI_SPACE_FLAG}), unless this one already is; gives
 * the child's exit code, `undefined` when this process is the capped one and should do the work.
 * For a command at a terminal, where a worker thread will not do: a worker's standard streams are
 * pipes to the main thread, while the child has the process's own: a terminal stays a terminal,
 * standard input is read only when the command reads it, and a reader that closes the pipe is
 * seen. Signals sent to this process go on to the child; a child ended by a signal ends this
 * process by the same signal, so a shell sees what it would have seen.
 */
export async function rerunCapped(
  script: string,
  args: readonly string[],
): Promise<number | undefined> {
  if (process.execArgv.some((flag) => flag.startsWith('--max-semi-space-size'))) return undefined;
  const child = spawn(
    process.execPath,
    [...process.execArgv, CAPPED_SEMI_SPACE_FLAG, script, ...args],
    {
      stdio: 'inherit',
    },
  );
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  try {
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
      (resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
      },
    );
    if (signal) {
      for (const name of FORWARDED_SIGNALS) process.off(name, forward);
      process.kill(process.pid, signal);
    }
    return code ?? 1;
  } finally {
    for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
  }
}
