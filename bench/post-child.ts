// One run of post's processing, as bench/logs.ts measures it in a process of its own: collect
// from the runner folder, then build the artifact (redaction on, the insights with post's
// defaults, raw files kept), with the pass threads of the dist/post bundle as post runs them
// (`BENCH_ONE_THREAD=1`: the whole pass on the main thread, for comparison). Prints the seconds of
// that work (not the loader's start) to stderr. Like post, it does that work on a thread whose
// young generation is capped (src/process/capped-memory.ts), so its RSS is post's.
// `node --import tsx bench/post-child.ts <runner log folder> <work folder> <node> [pass thread]`;
// bench/logs.ts runs it bundled by ncc, as post runs (tsx's loader would add its own time and RSS),
// and names the pass threads' bundle, which a bundle elsewhere cannot find beside itself.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Logger } from '../src/messages/logger.js';
import { runOnCappedThread } from '../src/process/capped-memory.js';
import { run, streamCommand } from '../src/process/exec.js';
import { buildArtifact } from '../src/steps/post/artifact.js';
import { collectLogs } from '../src/steps/post/collect.js';
import { runStateIn } from '../test/support/run-state.js';

const [logDir = '', work = '', node = '', passScript] = process.argv.slice(2);

const PASS_THREAD =
  passScript ?? path.join(import.meta.dirname, '../dist/post/pass-thread/index.js');
const passThread =
  process.env.BENCH_ONE_THREAD !== '1' && existsSync(PASS_THREAD)
    ? pathToFileURL(PASS_THREAD)
    : undefined;

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  notice: () => undefined,
  warning: (message) => console.warn(`  warning: ${message}`),
  error: (message) => console.warn(`  error: ${message}`),
  group: (_name, fn) => fn(),
};

async function postWork(): Promise<void> {
  const dir = mkdtempSync(`${work}-`);
  try {
    const state = runStateIn(dir, {
      // No cluster of this name runs: the log is read from the runner folder.
      clusterName: 'kind-audit-bench-none',
      policyOrigin: 'policy level Metadata',
      logDir,
      controlPlaneNodes: [node],
      verifiedNodes: [node],
    });
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const mainStart = process.threadCpuUsage();
    const collected = await collectLogs(
      run,
      streamCommand,
      quiet,
      state,
      path.join(dir, 'collected'),
    );
    const collectSeconds = (performance.now() - start) / 1000;
    if (collected.nodes[0]?.source !== 'runner') throw new Error('not read from the runner folder');
    await buildArtifact(quiet, state, collected, path.join(dir, 'artifact'), {
      redact: true,
      rawFiles: true,
      passThread,
      // As post: the collected folder is this run's own, removed at the end.
      collectedAreOwn: true,
    });
    const seconds = (performance.now() - start) / 1000;
    // CPU seconds of the process (all threads, libuv's pool included): steadier than the clock on a
    // shared machine, for A/B runs.
    const cpu = process.cpuUsage(cpuStart);
    // The capped thread's share: the merge, the writes, the summary and the insights.
    const main = process.threadCpuUsage(mainStart);
    process.stderr.write(
      `\nseconds=${seconds} collect=${collectSeconds} cpu=${(cpu.user + cpu.system) / 1e6} main=${(main.user + main.system) / 1e6}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

runOnCappedThread(new URL(import.meta.url), postWork, (text) => console.error(text));
