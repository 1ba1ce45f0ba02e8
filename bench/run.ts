// `npm run bench`: the costs kind-audit adds, measured against a real Docker engine with the
// stand-in kind (real kind cannot start here). Goals: verification under 2 s for 3 nodes;
// collection within 1.3× of a plain `docker cp` of the same file; checking a 20,000-rule policy
// within a small multiple of merely parsing its YAML. Printed, never asserted. Then the log
// figures against the yardstick (bench/logs.ts), on each log shape asked for.
// Flags (`npm run bench -- …`): `--size MB` of the generated logs (default 1024; 100–200 for a
// quick run), `--shape default|bodies|both` (default both), `--rounds N` interleaved rounds of the
// log figures (default 3), `--logs-only` for the log figures alone. The parts that need a Docker
// engine are skipped, and said to be, when none answers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { generateLog } from './generate-log.js';
import { benchInsights } from './insights.js';
import { benchLogs, logBenchFlags } from './logs.js';
import { benchMerge } from './merge.js';
import { benchPost } from './post.js';
import { benchRedaction } from './redact.js';
import { benchSummarize } from './summarize.js';
import { run, streamCommand } from '../src/process/exec.js';
import { NODE_PATHS } from '../src/kind/node.js';
import { collectNodeAuditFiles } from '../src/collect/from-node.js';
import { checkPolicy, levelPolicy } from '../src/policy/index.js';
import { renderFiles } from '../src/kind/render.js';
import { verifyNodes } from '../src/verify/index.js';
import { largePolicy } from '../test/policy/large-policy.js';
import { dockerChecked, removeCluster } from '../test/support/docker.js';
import { standinEnv } from '../test/support/node-image.js';

const ROUNDS = 5;
const LOG_MB = 200;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** A stand-in cluster with the rendered config, created outside the timed part. */
async function cluster(
  name: string,
  controlPlanes: number,
  dir: string,
): Promise<{ nodes: string[]; policyText: string }> {
  const files = renderFiles({ policyText: levelPolicy('Metadata'), dir, controlPlanes });
  writeFileSync(files.policy.path, files.policy.text);
  writeFileSync(files.kindConfig.path, files.kindConfig.text);
  const env = await standinEnv();
  const created = spawnSync(
    'kind',
    ['create', 'cluster', '--name', name, '--config', files.kindConfig.path],
    { env, encoding: 'utf8' },
  );
  if (created.status !== 0) throw new Error(`kind create failed: ${created.stderr}`);
  const nodes = Array.from(
    { length: controlPlanes },
    (_, i) => `${name}-control-plane${i === 0 ? '' : i + 1}`,
  );
  return { nodes, policyText: files.policy.text };
}

async function benchVerification(controlPlanes: number): Promise<void> {
  const name = `bench-verify-${controlPlanes}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  await removeCluster(name);
  try {
    const { nodes, policyText } = await cluster(name, controlPlanes, dir);
    const samples: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      samples.push(
        await time(async () => {
          renderFiles({ policyText, dir, controlPlanes });
          const results = await verifyNodes(run, nodes, {
            policyText,
            policy: checkPolicy(policyText).policy,
            timeoutMs: 10_000,
          });
          if (results.some((r) => r.outcome !== 'pass'))
            throw new Error(`a check failed: ${JSON.stringify(results)}`);
        }),
      );
    }
    const ms = median(samples);
    console.log(
      `main overhead beyond kind create, ${controlPlanes} node(s): ${ms.toFixed(0)} ms (median of ${ROUNDS}; goal < 2000 ms for 3 nodes)`,
    );
  } finally {
    await removeCluster(name);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Both copies are bound by the Docker engine and the disk, and the machine may be shared: more
 * rounds than elsewhere, interleaved, so a burst of load hits both sides alike.
 */
const COLLECT_ROUNDS = 9;

async function benchCollection(): Promise<void> {
  const name = 'bench-collect';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  await removeCluster(name);
  try {
    const { nodes } = await cluster(name, 1, dir);
    const node = nodes[0] ?? '';
    // A realistic line repeated to 200 MB: the copy does not care what the bytes are.
    const line =
      '{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"0b2f","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/default/pods?limit=500","verb":"list","user":{"username":"kubernetes-admin"}}';
    await dockerChecked([
      'exec',
      node,
      'sh',
      '-c',
      `mkdir -p ${NODE_PATHS.logDir} && yes '${line}' | head -c ${LOG_MB * 1024 * 1024} > ${NODE_PATHS.logFile}`,
    ]);
    const plain: number[] = [];
    const ours: number[] = [];
    for (let i = 0; i < COLLECT_ROUNDS; i++) {
      const target = mkdtempSync(path.join(dir, 'cp-'));
      plain.push(
        await time(() =>
          dockerChecked(['cp', `${node}:${NODE_PATHS.logFile}`, path.join(target, 'log')]),
        ),
      );
      rmSync(target, { recursive: true, force: true });
      const out = mkdtempSync(path.join(dir, 'collect-'));
      let warnings: string[] = [];
      ours.push(
        await time(async () => {
          ({ warnings } = await collectNodeAuditFiles(
            streamCommand,
            node,
            NODE_PATHS.logFile,
            out,
          ));
        }),
      );
      if (warnings.length > 0) throw new Error(`unexpected warnings: ${warnings.join('\n')}`);
      if (statSync(path.join(out, 'kube-apiserver-audit.log')).size !== LOG_MB * 1024 * 1024)
        throw new Error('collected file has the wrong size');
      rmSync(out, { recursive: true, force: true });
    }
    const ratio = median(ours) / median(plain);
    console.log(
      `post collection of a ${LOG_MB} MB log: ${median(ours).toFixed(0)} ms vs plain docker cp ${median(plain).toFixed(0)} ms = ${ratio.toFixed(2)}× (median of ${COLLECT_ROUNDS}; goal ≤ 1.3×)`,
    );
  } finally {
    await removeCluster(name);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Checking a large policy, against the `yaml` package's plain `parse` of the same text in the same
 * process: a ratio survives a slow or busy machine better than milliseconds do.
 */
function benchPolicyCheck(): void {
  const RULES = 20_000;
  const text = largePolicy(RULES);
  const plain: number[] = [];
  const ours: number[] = [];
  // One untimed round of each first, so neither pays for the JIT warming up.
  parse(text);
  checkPolicy(text);
  for (let i = 0; i < ROUNDS; i++) {
    let start = performance.now();
    parse(text);
    plain.push(performance.now() - start);
    start = performance.now();
    const result = checkPolicy(text);
    ours.push(performance.now() - start);
    if (!result.valid || !result.warnings.some((w) => w.path === `rules[${RULES + 1}]`))
      throw new Error('the large policy lost its Secret warning');
  }
  const ratio = median(ours) / median(plain);
  const kib = (Buffer.byteLength(text) / 1024).toFixed(0);
  console.log(
    `policy check of ${RULES} rules (${kib} KiB): ${median(ours).toFixed(0)} ms vs yaml parse ${median(plain).toFixed(0)} ms = ${ratio.toFixed(2)}× (median of ${ROUNDS}; goal ≤ 3×)`,
  );
}

const argv = process.argv.slice(2);
const flags = logBenchFlags(argv);
const engine = spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
if (!argv.includes('--logs-only')) {
  benchPolicyCheck();
  if (engine) {
    await benchVerification(1);
    await benchVerification(3);
    await benchCollection();
  } else console.log('skipped: verification and collection from a node (no Docker engine answers)');
  await benchRedaction();
  await benchMerge();
}
for (const shape of flags.shapes)
  await benchLogs({ sizeMb: flags.sizeMb, shape, rounds: flags.rounds });
if (!argv.includes('--logs-only')) {
  // One generated log (see generate-log.ts for how), the same file for the older figures:
  // summarize against jq's verb count, post from a node against `docker cp`, the insights' cost.
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'bench-log-'));
  try {
    const log = path.join(logDir, 'kube-apiserver-audit.log');
    await generateLog(log, flags.sizeMb * 1024 * 1024);
    await benchSummarize(log);
    if (engine) await benchPost(log);
    console.log(await benchInsights(log));
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
}
