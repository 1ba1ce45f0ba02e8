import {
  BaselineBuilder,
  BaselineError,
  baselineText,
  compareBaselines,
  parseFoldGlobs,
  readBaseline,
  parseLine,
  type BaselineEntry,
} from '../insight/baseline/index.js';
import type { ReadCounts } from '../insight/read-requests.js';
import { count } from '../text/plural.js';
import { eachRequest } from './check-command.js';
import type { Command } from './command.js';
import { EXIT, UsageError } from './exit-codes.js';
import { JSON_FLAG, text } from './flags.js';
import { INSIGHT_FLAGS } from './insight-flags.js';
import { ALLOW_EMPTY_FLAG, LOGS_HELP, readLogs, requireRequests } from './log-args.js';
import { STDOUT, writeOut } from './out-file.js';

const F = INSIGHT_FLAGS;

async function committed(file: string): Promise<string[]> {
  try {
    return await readBaseline(file);
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(`--compare: ${error.message}`);
    throw error;
  }
}

/** A baseline line as `--json` gives it: its four fields, unescaped (JSON escapes them itself). */
function entry(line: string): BaselineEntry {
  const parsed = parseLine(line);
  // Every line here was written by the builder or checked by readBaseline.
  if ('error' in parsed) throw new Error(`baseline line ${JSON.stringify(line)}: ${parsed.error}`);
  return parsed;
}

/** `baseline --json` (docs/cli.md). */
export interface BaselineJson {
  permissions: BaselineEntry[];
  /** Distinct permissions left out past the cap. */
  dropped: number;
  /** With --compare. */
  compare?: { baseline: string; added: BaselineEntry[]; gone: BaselineEntry[] };
}

/** `kind-audit baseline LOG... [--out FILE] [--fold-namespaces GLOBS] [--compare FILE]`. */
export const BASELINE_COMMAND: Command = {
  name: 'baseline',
  args: 'LOG... [--out FILE] [--fold-namespaces GLOBS] [--compare FILE] [--json]',
  summary: 'the permissions a run used as baseline.tsv, or what changed against one',
  description: `Write baseline.tsv: one sorted line per subject, verb, resource (or non-resource path) and scope (namespace, or - for cluster scope), tab-separated, for every subject but Kubernetes' own components, denied requests included. Tabs, newlines, backslashes and control characters inside a name are escaped (\\t, \\n, \\\\, \\xHH). Prints it, or writes it with --out (- is standard output). --compare FILE prints +lines used now and missing from FILE and -lines in FILE no longer used, and exits 1 when there are any. --json prints the permissions (and the comparison) as JSON instead. ${LOGS_HELP} Exits 2 for a log that cannot be read or logs that hold no request (unless --allow-empty).`,
  flags: [F.baselineOut, F.foldNamespaces, F.compare, JSON_FLAG, ALLOW_EMPTY_FLAG],
  positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, name: 'LOG' },
  // The globs are read by the action input's rules; their errors name the flag.
  wording: { one: 'Option', many: 'Options', name: (input) => `--${input}` },
  async run(context) {
    const { values, positionals, log, terminal } = context;
    const builder = new BaselineBuilder({
      foldNamespaces: parseFoldGlobs(text(values, F.foldNamespaces)),
    });
    const json = values[JSON_FLAG.flag] === true;
    const out = text(values, F.baselineOut);
    const compareWith = text(values, F.compare);
    if (out === STDOUT && (json || compareWith))
      throw new UsageError(
        `--out - writes the baseline to standard output, where ${json ? '--json' : '--compare'} prints too: give --out a file`,
      );
    const before = compareWith ? await committed(compareWith) : undefined;
    const counts: ReadCounts = { lines: 0, requests: 0 };
    const { found } = await readLogs(context, positionals, (logs) =>
      eachRequest(logs, log, counts, (request) => builder.add(request)),
    );
    requireRequests(context, found, counts);
    const { lines, dropped } = builder.result();
    if (dropped > 0)
      log.warning(
        `the baseline was cut at ${count(lines.length, 'line')}; at least ${count(dropped, 'more was', 'more were')} left out`,
      );
    if (out) {
      await writeOut(`--${F.baselineOut.flag}`, out, baselineText(lines));
      if (out !== STDOUT) log.info(`${count(lines.length, 'line')} written to ${out}`);
    }
    const diff = before === undefined ? undefined : compareBaselines(before, lines);
    if (json) {
      const result: BaselineJson = {
        permissions: lines.map(entry),
        dropped,
        ...(diff
          ? {
              compare: {
                baseline: compareWith,
                added: diff.added.map(entry),
                gone: diff.gone.map(entry),
              },
            }
          : {}),
      };
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else if (diff) {
      const p = terminal.out;
      process.stdout.write(
        baselineText([
          ...diff.added.map((l) => p.ok(`+${l}`)),
          ...diff.gone.map((l) => p.bad(`-${l}`)),
        ]),
      );
    } else if (!out) process.stdout.write(baselineText(lines));
    if (!diff) return EXIT.ok;
    log.info(`${diff.added.length} added, ${diff.gone.length} gone against ${compareWith}`);
    return diff.added.length + diff.gone.length > 0 ? EXIT.failed : EXIT.ok;
  },
};
