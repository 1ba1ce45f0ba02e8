// Post's one pass with RBAC, expectations and a baseline comparison turned on, against the same
// pass without them (the summary alone), on the same generated log, in the same run. CPU seconds,
// median of ROUNDS. Goal (issue: "Fast"): within 1.2×. Runnable alone:
// `node --import tsx bench/insights.ts [MB]`.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../src/messages/logger.js';
import { notCounted } from '../src/logs/pass/count.js';
import { passOverNodes } from '../src/logs/pass/one-pass.js';
import { Summarizer } from '../src/logs/summary/summarizer.js';
import { buildArtifact } from '../src/steps/post/artifact.js';
import { runStateIn } from '../test/support/run-state.js';
import { generateLog } from './generate-log.js';

const ROUNDS = 3;
const NODE = 'kind-control-plane';

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  notice: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_name, fn) => fn(),
};

const EXPECT = `- name: nobody reads secrets
  forbid: { resource: secrets, verb: [get, list, watch], user: "system:serviceaccount:*" }
- name: pods are listed
  require: { verb: list, resource: pods }
- name: no exec
  forbid: { resource: pods/exec }
`;

async function cpuSeconds(fn: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? NaN;

/** Runs both passes ROUNDS times, alternating, and returns the line the report prints. */
export async function benchInsights(log: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-insights-'));
  const bytes = statSync(log).size;
  const mb = Math.round(bytes / 1024 / 1024);
  try {
    const expectPath = path.join(dir, 'expect.yaml');
    writeFileSync(expectPath, EXPECT);
    const baselinePath = path.join(dir, 'committed.tsv');
    writeFileSync(baselinePath, 'jane\tget\tpods\tdefault\n');
    const state = runStateIn(dir, {
      controlPlaneNodes: [NODE],
      verifiedNodes: [NODE],
      insights: {
        rbac: true,
        rbacFor: [],
        expectPath,
        baselinePath,
        onDrift: 'warn',
        foldNamespaces: 'e2e-*',
      },
    });
    const without: number[] = [];
    const withInsights: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      without.push(
        await cpuSeconds(async () => {
          const summarizer = new Summarizer();
          await passOverNodes(
            [{ node: NODE, files: [log] }],
            path.join(dir, `plain-${round}.jsonl`),
            // The summary alone, taking the request the pass parsed, as post does.
            (_line, node, request) =>
              request ? summarizer.addRequest(request, node) : summarizer.addSettledStage(),
            { redact: true },
          );
          summarizer.result();
        }),
      );
      rmSync(path.join(dir, `plain-${round}.jsonl`));
      const out = path.join(dir, `artifact-${round}`);
      withInsights.push(
        await cpuSeconds(() =>
          buildArtifact(
            quiet,
            state,
            {
              outDir: dir,
              files: [log],
              nodes: [
                {
                  node: NODE,
                  container: 'running',
                  source: 'runner',
                  files: [{ path: log, bytes, ...notCounted() }],
                },
              ],
            },
            out,
            { redact: true, rawFiles: false },
          ),
        ),
      );
      rmSync(out, { recursive: true, force: true });
    }
    const ratio = median(withInsights) / median(without);
    return `post of a ${mb} MB log with RBAC, 3 expectations and a baseline comparison: ${median(withInsights).toFixed(2)} CPU s vs ${median(without).toFixed(2)} CPU s without them = ${ratio.toFixed(2)}× (median of ${ROUNDS}; goal ≤ 1.2×)`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-insights-log-'));
  try {
    const log = path.join(dir, 'kube-apiserver-audit.log');
    await generateLog(log, Number(process.argv[2] ?? 100) * 1024 * 1024);
    console.log(await benchInsights(log));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
