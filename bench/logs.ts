// The log figures of `npm run bench`, each against one yardstick measured in the same run on the
// same file: a single-threaded Node loop that reads the file in large reused buffers, splits its
// lines and `JSON.parse`s every one (YARDSTICK below). Measured, each as a child process of its own
// so its peak RSS is its own, in interleaved rounds (a burst of load on a shared machine hits every
// side alike) and compared by their medians:
// - post: collect from the runner folder, then the whole pass (redaction, merge, summary, the
//   insights with their defaults, raw files kept), as post runs them (bench/post-child.ts);
// - `kind-audit summarize --json` and `kind-audit merge --out` of the file;
// - for reference only, `cp` of the file to a new one (what writing its bytes costs here: post
//   writes two or three times the log), `jq -c .` of the file, and `docker cp` of it out of a
//   container when a Docker engine answers.
// Goals (printed, never asserted): post ≤ 2× the yardstick (stretch 1.5×), summarize ≤ 1×, peak RSS
// of post and merge < 400 MB, of summarize < 150 MB. Run alone:
// `node --import tsx bench/logs.ts [--size MB] [--shape default|bodies|both] [--rounds N]`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { NODE_PATHS } from '../src/kind/node.js';
import { ensureNodeImage } from '../test/support/node-image.js';
import { generateLog, type LogShape } from './generate-log.js';
import { cliCommand } from './summarize.js';

const ROOT = path.join(import.meta.dirname, '..');
const NODE = 'kind-control-plane';

/**
 * The yardstick, as plain JavaScript so it runs without a loader: reads in 4 MiB buffers used
 * again and again, splits at newlines and parses every non-empty line; prints its seconds.
 */
export const YARDSTICK = `
import { openSync, readSync } from 'node:fs';
const file = process.argv[1];
const start = performance.now();
const fd = openSync(file, 'r');
let buf = Buffer.allocUnsafe(4 * 1024 * 1024);
let used = 0, events = 0, other = 0;
const parse = (from, to) => {
  if (to <= from) return;
  try { JSON.parse(buf.toString('utf8', from, to)); events++; } catch { other++; }
};
for (;;) {
  const n = readSync(fd, buf, used, buf.length - used, null);
  const end = used + n;
  let from = 0;
  for (let nl = buf.indexOf(10, from); nl !== -1 && nl < end; nl = buf.indexOf(10, from)) {
    parse(from, nl);
    from = nl + 1;
  }
  if (n === 0) { parse(from, end); break; }
  if (from === 0 && end === buf.length) {
    const bigger = Buffer.allocUnsafe(buf.length * 2);
    buf.copy(bigger, 0, 0, end);
    buf = bigger;
  } else buf.copy(buf, 0, from, end);
  used = end - from;
}
process.stderr.write('\\nseconds=' + (performance.now() - start) / 1000 + ' events=' + events + '\\n');
`;

/**
 * Loaded first into every Node child: writes its peak RSS (VmHWM, the whole process's) as its
 * main thread exits (a worker thread inherits the import, and would write the same again). Not
 * `resourceUsage().maxRSS`: Linux keeps that across fork and exec, so a child would report this
 * larger parent's peak as its own.
 */
const REPORT_RSS =
  'data:text/javascript,import{readFileSync}from"node:fs";import{isMainThread}from"node:worker_threads";if(isMainThread)process.on("exit",()=>process.stderr.write(`\\nmaxRSS=${/VmHWM:\\s*(\\d+)/.exec(readFileSync("/proc/self/status","utf8"))[1]}\\n`))';

interface Sample {
  /** The child's own figure when it prints one (`seconds=`), else its wall-clock time. */
  seconds: number;
  /** MB; NaN for a command that is not Node. */
  rss: number;
}

function runChild(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: env ?? process.env,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = (performance.now() - start) / 1000;
      if (code !== 0)
        return reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`));
      const own = /seconds=([\d.]+)/.exec(stderr)?.[1];
      // Every Node process of the run writes its own peak (`kind-audit merge` runs in a child of
      // its own, src/process/capped-memory.ts): the figure is their sum.
      const peaks = [...stderr.matchAll(/maxRSS=(\d+)/g)].map((m) => Number(m[1]));
      const rss = peaks.length > 0 ? peaks.reduce((a, b) => a + b, 0) / 1024 : NaN;
      resolve({ seconds: own ? Number(own) : wall, rss });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function commandExists(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore', timeout: 10_000 }).status === 0;
}

/** The machine, as the figures should be read beside: CPU model, cores, Node. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/**
 * A container of `image` holding `file`, for `docker cp` (never started: any image will do). No
 * registry is needed: by default the image is the tests' stand-in node, built locally.
 */
function dockerCopySource(
  file: string,
  image: string,
): { copy: (to: string) => string[]; stop: () => void } {
  const name = `kind-audit-bench-cp-${process.pid}`;
  const made = spawnSync('docker', ['create', '--name', name, image, 'true'], { stdio: 'ignore' });
  if (made.status !== 0) throw new Error(`docker create ${image} failed`);
  const copied = spawnSync('docker', ['cp', file, `${name}:/audit.log`], { stdio: 'ignore' });
  if (copied.status !== 0) throw new Error('docker cp into the container failed');
  return {
    copy: (to) => ['cp', `${name}:/audit.log`, to],
    stop: () => void spawnSync('docker', ['rm', '-f', name], { stdio: 'ignore' }),
  };
}

/** The pass threads' bundle, as post finds it beside its own. */
const PASS_THREAD = path.join(ROOT, 'dist/post/pass-thread/index.js');

/**
 * How post's run (bench/post-child.ts) is started: bundled by ncc into `dir`, as dist/post is
 * (the figures are then those of the code users run: tsx's loader adds some 8 % to the time and
 * tens of MB to the RSS), or through tsx with BENCH_CLI=src.
 */
function postCommand(dir: string): { args: string[]; label: string } {
  const source = path.join(ROOT, 'bench/post-child.ts');
  if (process.env.BENCH_CLI === 'src')
    return { args: ['--import', 'tsx', source], label: 'sources via tsx' };
  const out = path.join(dir, 'post-child');
  const ncc = path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  const built = spawnSync(process.execPath, [ncc, 'build', source, '-o', out, '--quiet'], {
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`ncc could not bundle ${source}: ${built.stderr}`);
  return { args: [path.join(out, 'index.js')], label: 'bundled by ncc' };
}

export interface LogBenchOptions {
  /** MB of log to generate. */
  sizeMb: number;
  shape: LogShape;
  rounds: number;
}

/** Generates one log and prints every figure beside the yardstick. */
export async function benchLogs(options: LogBenchOptions): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-logs-'));
  let docker: ReturnType<typeof dockerCopySource> | undefined;
  try {
    // The log lies in a runner folder, as post finds it by default (the node's log folder is
    // mounted from the runner): `<logDir>/<node>/kube-apiserver-audit.log`.
    const logDir = path.join(dir, 'runner-logs');
    mkdirSync(path.join(logDir, NODE), { recursive: true });
    const log = path.join(logDir, NODE, path.basename(NODE_PATHS.logFile));
    await generateLog(log, options.sizeMb * 1024 * 1024, options.shape);
    const mb = statSync(log).size / 1e6;
    const cli = cliCommand();
    const post = postCommand(dir);
    const node = process.execPath;
    const work = path.join(dir, 'work');
    const sides: { name: string; run: () => Promise<Sample> }[] = [
      {
        name: 'yardstick',
        run: () =>
          runChild(node, ['--import', REPORT_RSS, '--input-type=module', '-e', YARDSTICK, log]),
      },
      {
        name: 'post',
        run: () =>
          runChild(node, ['--import', REPORT_RSS, ...post.args, logDir, work, NODE, PASS_THREAD]),
      },
      {
        name: 'summarize',
        run: () =>
          runChild(node, ['--import', REPORT_RSS, ...cli.args, 'summarize', '--json', log]),
      },
      {
        name: 'merge',
        run: async () => {
          const out = path.join(dir, 'merged.jsonl');
          try {
            return await runChild(node, [
              '--import',
              REPORT_RSS,
              ...cli.args,
              'merge',
              '--out',
              out,
              log,
            ]);
          } finally {
            rmSync(out, { force: true });
          }
        },
      },
    ];
    const skipped: string[] = [];
    // What writing the log's bytes to a new file costs here: post writes two such files (the
    // collected copy, which becomes the raw copy when redaction leaves it unchanged, and
    // audit.jsonl), three when redaction changes the raw copy; the yardstick writes none.
    sides.push({
      name: 'cp',
      run: async () => {
        const target = mkdtempSync(path.join(dir, 'cp-'));
        try {
          return await runChild('cp', [log, path.join(target, 'log')]);
        } finally {
          rmSync(target, { recursive: true, force: true });
        }
      },
    });
    if (commandExists('jq', ['--version']))
      sides.push({
        name: 'jq -c .',
        run: () => runChild('sh', ['-c', `jq -c . '${log}' > /dev/null`]),
      });
    else skipped.push('jq -c . (jq is not installed)');
    if (commandExists('docker', ['info'])) {
      try {
        const source = dockerCopySource(
          log,
          process.env.BENCH_CP_IMAGE ?? (await ensureNodeImage()),
        );
        docker = source;
        sides.push({
          name: 'docker cp',
          run: async () => {
            const target = mkdtempSync(path.join(dir, 'cp-'));
            try {
              return await runChild('docker', source.copy(path.join(target, 'log')));
            } finally {
              rmSync(target, { recursive: true, force: true });
            }
          },
        });
      } catch (error) {
        skipped.push(`docker cp (${error instanceof Error ? error.message : String(error)})`);
      }
    } else skipped.push('docker cp (no Docker engine answers)');

    const samples = new Map<string, Sample[]>(sides.map((s) => [s.name, []]));
    for (let round = 0; round < options.rounds; round++)
      for (const side of sides) {
        // Each side starts with nothing of the others' left to write back: the generated log, the
        // copy in the container and each side's output are gigabytes of dirty pages, and the
        // kernel's writing them out would be charged to whatever runs next (post on 1 GB took
        // 7.9 s with 2 GB dirty, 4.0 s after a sync, measured).
        spawnSync('sync', { stdio: 'ignore' });
        samples.get(side.name)?.push(await side.run());
      }

    const yard = median((samples.get('yardstick') ?? []).map((s) => s.seconds));
    console.log(
      `logs, shape "${options.shape}", ${mb.toFixed(0)} MB (${machine()}; CLI: ${cli.label}; post: ${post.label}; median of ${options.rounds} interleaved rounds):`,
    );
    const goals: Record<string, string> = {
      yardstick: '',
      post: 'goal ≤ 2×, stretch 1.5×; RSS < 400 MB',
      summarize: 'goal ≤ 1×; RSS < 150 MB',
      merge: 'RSS < 400 MB',
      cp: 'reference: one new file of the log; post writes 2–3',
      'jq -c .': 'reference',
      'docker cp': 'reference',
    };
    const yardRounds = (samples.get('yardstick') ?? []).map((s) => s.seconds);
    for (const side of sides) {
      const list = samples.get(side.name) ?? [];
      const seconds = median(list.map((s) => s.seconds));
      // Each round's ratio to that round's yardstick: their spread shows how steady the machine was.
      const ratios = list.map((s, i) => s.seconds / (yardRounds[i] ?? NaN));
      const rss = Math.max(...list.map((s) => s.rss));
      console.log(
        `  ${side.name.padEnd(10)} ${seconds.toFixed(2).padStart(7)} s ${(mb / seconds).toFixed(0).padStart(5)} MB/s ` +
          `${(seconds / yard).toFixed(2).padStart(6)}× (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})` +
          `${Number.isNaN(rss) ? '' : `  peak RSS ${rss.toFixed(0)} MB`}${goals[side.name] ? `  [${goals[side.name]}]` : ''}`,
      );
    }
    for (const reason of skipped) console.log(`  skipped: ${reason}`);
  } finally {
    docker?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `--size MB`, `--shape default|bodies|both`, `--rounds N`, as `npm run bench` takes them. */
export function logBenchFlags(argv: readonly string[]): {
  sizeMb: number;
  shapes: LogShape[];
  rounds: number;
} {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    const inline = argv.find((a) => a.startsWith(`${flag}=`));
    return inline ? inline.slice(flag.length + 1) : at === -1 ? undefined : argv[at + 1];
  };
  const sizeMb = Number(value('--size') ?? 1024);
  const rounds = Number(value('--rounds') ?? 3);
  const shape = value('--shape') ?? 'both';
  if (!(sizeMb > 0) || !Number.isInteger(rounds) || rounds < 1)
    throw new Error('--size takes MB (> 0), --rounds a whole number ≥ 1');
  if (!['default', 'bodies', 'both'].includes(shape))
    throw new Error('--shape takes default, bodies or both');
  const shapes: LogShape[] = shape === 'both' ? ['default', 'bodies'] : [shape as LogShape];
  return { sizeMb, shapes, rounds };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const flags = logBenchFlags(process.argv.slice(2));
  for (const shape of flags.shapes)
    await benchLogs({ sizeMb: flags.sizeMb, shape, rounds: flags.rounds });
}
