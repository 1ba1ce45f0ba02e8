// Post's whole processing (collect from a node, then redact, merge and summarise in one pass)
// against a plain `docker cp` of the same file out of the same node, in the same run, with the
// parts timed apart so the report can say where the time goes. Goal: within 1.5× of `docker cp`.
// Runnable alone: `node --import tsx bench/post.ts [MB]`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { run, streamCommand } from '../src/process/exec.js';
import { NODE_PATHS } from '../src/kind/node.js';
import type { Logger } from '../src/messages/logger.js';
import { forEachLine } from '../src/logs/lines/splitter.js';
import { readNode } from '../src/logs/pass/node-pass.js';
import { passOverNodes } from '../src/logs/pass/one-pass.js';
import { Summarizer } from '../src/logs/summary/summarizer.js';
import { levelPolicy } from '../src/policy/index.js';
import { renderFiles } from '../src/kind/render.js';
import type { RunState } from '../src/state/run-state.js';
import { buildArtifact } from '../src/steps/post/artifact.js';
import { collectLogs } from '../src/steps/post/collect.js';
import { dockerChecked, removeCluster } from '../test/support/docker.js';
import { generateLog } from './generate-log.js';
import { cliCommand, timed } from './summarize.js';
import { standinEnv } from '../test/support/node-image.js';
import { runStateIn } from '../test/support/run-state.js';

const ROUNDS = 3;

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  notice: () => undefined,
  warning: (message) => console.warn(`  warning: ${message}`),
  error: (message) => console.warn(`  error: ${message}`),
  group: (_name, fn) => fn(),
};

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}

async function seconds(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
}

/** CPU seconds of this process, libuv's pool included: steadier than wall time on a shared machine. */
async function cpuSeconds(fn: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** A one-node stand-in cluster, made outside the timed part. */
async function standinNode(name: string, dir: string): Promise<string> {
  const files = renderFiles({ policyText: levelPolicy('Metadata'), dir, controlPlanes: 1 });
  writeFileSync(files.policy.path, files.policy.text);
  writeFileSync(files.kindConfig.path, files.kindConfig.text);
  const created = spawnSync(
    'kind',
    ['create', 'cluster', '--name', name, '--config', files.kindConfig.path],
    { env: await standinEnv(), encoding: 'utf8' },
  );
  if (created.status !== 0) throw new Error(`kind create failed: ${created.stderr}`);
  return `${name}-control-plane`;
}

/**
 * The run's state. `logDir` unset: no runner folder, so the files come out of the node, as
 * `docker cp` takes them. Set: the runner folder the node's log lives in, the default since the
 * node's log folder is mounted from the runner.
 */
function runState(name: string, node: string, dir: string, logDir?: string): RunState {
  return runStateIn(dir, {
    clusterName: name,
    policyOrigin: 'policy level Metadata',
    logDir: logDir ?? path.join(dir, 'no-runner-folder'),
    controlPlaneNodes: [node],
    verifiedNodes: [node],
  });
}

/** The parts of the pass alone, on the collected file, in CPU seconds: where the time goes. */
async function parts(file: string, dir: string): Promise<Record<string, number>> {
  const drain = async (redact: boolean) => {
    const { batches } = readNode([file], { redact });
    for await (const batch of batches) void batch;
  };
  const summarizer = new Summarizer();
  return {
    'read + split + count': await cpuSeconds(() => drain(false)),
    'read + split + redact + count': await cpuSeconds(() => drain(true)),
    'one pass without the summary (+ merge, audit.jsonl)': await cpuSeconds(() =>
      passOverNodes([{ node: 'n', files: [file] }], path.join(dir, 'merged.jsonl'), () => {}, {
        redact: true,
      }),
    ),
    'Summarizer.add of every line alone': await cpuSeconds(async () => {
      const { createReadStream } = await import('node:fs');
      await forEachLine(createReadStream(file, { highWaterMark: 1024 * 1024 }), (line) =>
        summarizer.add(line, 'n'),
      );
    }),
  };
}

type CollectReport = Awaited<ReturnType<typeof collectLogs>>;

/**
 * One round of post's processing: collect, then build the artifact, each timed; `inspect` sees
 * the collected files before both folders are removed.
 */
async function postRound(
  state: RunState,
  dir: string,
  inspect: (report: CollectReport) => Promise<void> = async () => {},
): Promise<{ collect: number; build: number; source: string | undefined }> {
  const collected = mkdtempSync(path.join(dir, 'collected-'));
  const outDir = mkdtempSync(path.join(dir, 'artifact-'));
  try {
    let report: CollectReport | undefined;
    const collect = await seconds(async () => {
      report = await collectLogs(run, streamCommand, quiet, state, collected);
    });
    if (!report) throw new Error('nothing collected');
    const done = report;
    const build = await seconds(() =>
      buildArtifact(quiet, state, done, outDir, { redact: true, rawFiles: true }),
    );
    await inspect(done);
    return { collect, build, source: done.nodes[0]?.source };
  } finally {
    rmSync(collected, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Post's collect and pass, median of ROUNDS, with the log in a runner folder (a copy: nlink 1). */
async function fromRunnerFolder(
  name: string,
  node: string,
  dir: string,
  logFile: string,
): Promise<{ collect: number; build: number }> {
  const logDir = path.join(dir, 'runner-logs');
  mkdirSync(path.join(logDir, node), { recursive: true });
  copyFileSync(logFile, path.join(logDir, node, path.basename(NODE_PATHS.logFile)));
  const state = runState(name, node, dir, logDir);
  const collect: number[] = [];
  const build: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const round = await postRound(state, dir);
    if (round.source !== 'runner') throw new Error('not read from the runner folder');
    collect.push(round.collect);
    build.push(round.build);
  }
  return { collect: median(collect), build: median(build) };
}

/** Prints post's processing of the log at `logFile` against `docker cp` of it, and its parts. */
export async function benchPost(logFile: string): Promise<void> {
  const name = 'bench-p2-post';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-post-'));
  await removeCluster(name);
  try {
    const node = await standinNode(name, dir);
    await dockerChecked(['exec', node, 'mkdir', '-p', NODE_PATHS.logDir]);
    await dockerChecked(['cp', logFile, `${node}:${NODE_PATHS.logFile}`]);
    const mb = statSync(logFile).size / 1024 / 1024;
    const state = runState(name, node, dir);
    const cp: number[] = [];
    const collect: number[] = [];
    const build: number[] = [];
    const summarizeAlone: number[] = [];
    const cli = cliCommand();
    for (let i = 0; i < ROUNDS; i++) {
      const target = mkdtempSync(path.join(dir, 'cp-'));
      cp.push(
        await seconds(() =>
          dockerChecked(['cp', `${node}:${NODE_PATHS.logFile}`, path.join(target, 'log')]),
        ),
      );
      rmSync(target, { recursive: true, force: true });
      // A part of the pass's work alone: the summary the pass also builds, from the same lines.
      summarizeAlone.push(
        (await timed(process.execPath, [...cli.args, 'summarize', '--json', logFile])).seconds,
      );
      const round = await postRound(state, dir, async (report) => {
        if (i < ROUNDS - 1) return;
        const file = report.nodes[0]?.files[0]?.path ?? '';
        const split = await parts(file, dir);
        console.log(
          `  where the time goes, in CPU seconds, on the collected ${mb.toFixed(0)} MB file:`,
        );
        for (const [part, s] of Object.entries(split))
          console.log(`    ${part.padEnd(52)} ${s.toFixed(2)} s (${(mb / s).toFixed(0)} MB/s)`);
      });
      collect.push(round.collect);
      build.push(round.build);
    }
    const total = median(collect) + median(build);
    console.log(
      `post of a ${mb.toFixed(0)} MB log: collect ${median(collect).toFixed(2)} s + one pass ${median(build).toFixed(2)} s = ${total.toFixed(2)} s ` +
        `vs plain docker cp ${median(cp).toFixed(2)} s = ${(total / median(cp)).toFixed(2)}× (median of ${ROUNDS}; goal ≤ 1.5×)`,
    );
    const alone = median(summarizeAlone);
    console.log(
      `  kind-audit summarize of the same file alone (${cli.label}, both cores): ${alone.toFixed(2)} s = ${(alone / median(cp)).toFixed(2)}× that docker cp. ` +
        `The pass builds the same summary from the same lines, and also redacts, merges and writes them.`,
    );
    const fromRunner = await fromRunnerFolder(name, node, dir, logFile);
    const runnerTotal = fromRunner.collect + fromRunner.build;
    console.log(
      `  the same log read from the runner folder (the default): collect ${fromRunner.collect.toFixed(2)} s + one pass ${fromRunner.build.toFixed(2)} s = ${runnerTotal.toFixed(2)} s = ${(runnerTotal / median(cp)).toFixed(2)}× that docker cp`,
    );
  } finally {
    await removeCluster(name);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-post-log-'));
  try {
    const log = path.join(dir, 'kube-apiserver-audit.log');
    await generateLog(log, Number(process.argv[2] ?? 1024) * 1024 * 1024);
    await benchPost(log);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
