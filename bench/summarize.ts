// `kind-audit summarize` against `jq -r .verb | sort | uniq -c` on one generated log (see
// generate-log.ts for how it is built), in the same run: wall-clock throughput of both and the
// peak RSS of summarize. Goals: at least 5× jq's throughput, peak RSS under 150 MB at any size.
// Printed, never asserted. The CLI runs as a child process: the dist/ bundle users run, or with
// BENCH_CLI=src the sources through tsx, whose loader adds tens of MB to the RSS (the RSS of the
// same command on an empty log is printed beside). Each side runs ROUNDS times, interleaved so a burst of load on a
// shared machine hits both alike; the medians are compared. Needs `jq`, `sort` and `uniq` on PATH. Run alone:
// `node --import tsx bench/summarize.ts [MB]` (default 1024).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateLog } from './generate-log.js';

const ROOT = path.join(import.meta.dirname, '..');
const BUNDLE = path.join(ROOT, 'dist/cli/index.js');
const ROUNDS = 3;
/**
 * Written by the child as it exits: its own peak RSS (VmHWM). Not `resourceUsage().maxRSS`: Linux
 * keeps that across fork and exec, so a child would report this larger parent's peak as its own.
 */
const REPORT_RSS =
  'data:text/javascript,import{readFileSync}from"node:fs";process.on("exit",()=>process.stderr.write(`\\nmaxRSS=${/VmHWM:\\s*(\\d+)/.exec(readFileSync("/proc/self/status","utf8"))[1]}\\n`))';

interface Run {
  seconds: number;
  stderr: string;
}

/** Runs a command to its end; its wall-clock seconds and stderr. */
export function timed(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (code === 0) resolve({ seconds, stderr });
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`));
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * How the CLI is started: the bundle users run (CI proves it matches the sources), or the sources
 * through tsx when BENCH_CLI=src asks for it (while dist/ is not rebuilt yet), or the bundle
 * BENCH_CLI names (a path ending in .js).
 */
export function cliCommand(): { args: string[]; label: string } {
  // A bundle built elsewhere (`ncc build src/cli.ts -o DIR`), so dist/ need not be rebuilt.
  const own = process.env.BENCH_CLI;
  if (own?.endsWith('.js') && existsSync(own)) return { args: [own], label: own };
  return process.env.BENCH_CLI !== 'src' && existsSync(BUNDLE)
    ? { args: [BUNDLE], label: 'dist/cli bundle' }
    : { args: ['--import', 'tsx', path.join(ROOT, 'src/cli.ts')], label: 'sources via tsx' };
}

/** Prints summarize's MB/s and peak RSS beside jq's MB/s, both on the log at `file`. */
export async function benchSummarize(file: string): Promise<void> {
  const mb = statSync(file).size / 1e6;
  const cli = cliCommand();
  const peak = (run: Run) => Number(/maxRSS=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
  const empty = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-empty-')), 'empty.log');
  writeFileSync(empty, '');
  const idle = peak(
    await timed(process.execPath, ['--import', REPORT_RSS, ...cli.args, 'summarize', empty]),
  );
  rmSync(path.dirname(empty), { recursive: true, force: true });
  const ours: number[] = [];
  const jq: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const run = await timed(process.execPath, [
      '--import',
      REPORT_RSS,
      ...cli.args,
      'summarize',
      '--json',
      file,
    ]);
    ours.push(run.seconds);
    rss.push(peak(run));
    jq.push((await timed('sh', ['-c', `jq -r .verb '${file}' | sort | uniq -c`])).seconds);
  }
  const rate = (seconds: number) => `${(mb / seconds).toFixed(0)} MB/s (${seconds.toFixed(2)} s)`;
  const ratio = median(jq) / median(ours);
  console.log(
    `summarize of a ${mb.toFixed(0)} MB generated log (${cli.label}, ${os.cpus().length} cores, median of ${ROUNDS}):`,
  );
  console.log(`  jq -r .verb | sort | uniq -c   ${rate(median(jq))}`);
  console.log(`  kind-audit summarize --json    ${rate(median(ours))}`);
  console.log(`  ratio                          ${ratio.toFixed(2)}× jq (goal ≥ 5×)`);
  console.log(
    `  summarize peak RSS             ${Math.max(...rss).toFixed(0)} MB (goal < 150 MB; of an empty log: ${idle.toFixed(0)} MB)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-summarize-'));
  try {
    const file = path.join(dir, 'kube-apiserver-audit.log');
    await generateLog(file, Number(process.argv[2] ?? 1024) * 1024 * 1024);
    await benchSummarize(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
