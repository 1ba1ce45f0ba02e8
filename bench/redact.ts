// Redaction throughput: `redactFile` on a generated log where most lines need no change, against
// `cat` of the same file, in the same run. Runnable alone: `node --import tsx bench/redact.ts`.
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { redactFile } from '../src/logs/redact/index.js';
import { LineScan, provablyClean, SuspectFinder } from '../src/logs/redact/scan.js';
import { BUILT_IN_RULES, RedactionRules } from '../src/logs/redact/settings.js';
import { fixtureLines } from './fixture-events.js';
import { canaryLines } from '../test/fixtures/canaries/canary-events.js';

const LOG_MB = Number(process.env.LOG_MB ?? 300);
const ROUNDS = 3;

/**
 * The log: the real events the repository carries (Metadata lines from audit2rbac, Request and
 * RequestResponse bodies from falco) repeated, with one line in 100 a canary event holding
 * secrets — far more than a real cluster writes, so the slow path is not flattered.
 */
async function buildLog(file: string): Promise<void> {
  const real = fixtureLines();
  const secret = canaryLines().slice(0, -1);
  const lines: string[] = [];
  for (let i = 0; lines.length < 5000; i++)
    lines.push(i % 100 === 99 ? (secret[i % secret.length] ?? '') : (real[i % real.length] ?? ''));
  const block = Buffer.from(`${lines.join('\n')}\n`);
  const handle = await open(file, 'w');
  for (let written = 0; written < LOG_MB * 1024 * 1024; written += block.length)
    await handle.write(block);
  await handle.close();
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}

async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
}

/** Reading the file in Node alone: the floor under any streaming redaction. */
async function readOnly(file: string): Promise<void> {
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) void chunk;
}

/**
 * Rules such as a user may add: a resource treated as Secrets, an annotation glob, two patterns
 * (each line's bytes then also run through their automaton).
 */
const USER_RULES = RedactionRules.compile({
  resources: ['configmaps'],
  auditAnnotations: ['example.com/*'],
  patterns: ['command=[^&]*', 'AKIA[0-9A-Z]{16}'],
});

/** Lines that took the fast path (no parse), over all non-empty lines. */
async function fastShare(
  file: string,
  rules = BUILT_IN_RULES,
): Promise<{ lines: number; fast: number }> {
  let lines = 0;
  let fast = 0;
  let rest = Buffer.alloc(0);
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    const buf = Buffer.concat([rest, chunk as Buffer]);
    const finder = new SuspectFinder(buf, LineScan.of(rules));
    let start = 0;
    for (let nl = buf.indexOf(10); nl >= 0; start = nl + 1, nl = buf.indexOf(10, start)) {
      if (nl === start) continue;
      lines++;
      if (provablyClean(buf, start, nl, finder)) fast++;
    }
    rest = buf.subarray(start);
  }
  return { lines, fast };
}

/** Prints redaction throughput against `cat`, and the share of lines on the fast path. */
export async function benchRedaction(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-redact-'));
  try {
    const input = path.join(dir, 'kube-apiserver-audit.log');
    await buildLog(input);
    const mb = statSync(input).size / 1024 / 1024;
    const cat: number[] = [];
    const read: number[] = [];
    const ours: number[] = [];
    const withRules: number[] = [];
    let values = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const out = path.join(dir, 'out.log');
      cat.push(await time(() => spawnSync('sh', ['-c', `cat "${input}" > "${out}"`])));
      rmSync(out);
      read.push(await time(() => readOnly(input)));
      ours.push(await time(async () => ({ values } = await redactFile(input, out))));
      rmSync(out);
      withRules.push(await time(() => redactFile(input, out, { rules: USER_RULES })));
      rmSync(out);
    }
    const { lines, fast } = await fastShare(input);
    const rate = (s: number) => `${(mb / s).toFixed(0)} MB/s`;
    console.log(
      `redaction of a ${mb.toFixed(0)} MB log (${lines.toLocaleString('en-US')} lines, ${((100 * fast) / lines).toFixed(1)}% on the fast path, ${values.toLocaleString('en-US')} values redacted): ` +
        `redactFile ${rate(median(ours))}, Node read alone ${rate(median(read))}, cat ${rate(median(cat))} ` +
        `= ${(median(ours) / median(cat)).toFixed(2)}× cat's time (median of ${ROUNDS})`,
    );
    const user = await fastShare(input, USER_RULES);
    console.log(
      `  with a user's rules (a resource, an annotation glob, two patterns): redactFile ${rate(median(withRules))}, ${((100 * user.fast) / user.lines).toFixed(1)}% on the fast path`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export { buildLog };
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  await benchRedaction();
