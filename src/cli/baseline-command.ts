import {
  BaselineBuilder,
  BaselineError,
  baselineText,
  compareBaselines,
  parseFoldGlobs,
  readBaseline,
} from '../insight/baseline/index.js';
import { writeFileNoFollow } from '../safe-fs.js';
import { eachRequest } from './check-command.js';
import type { Command } from './command.js';
import { EXIT, UsageError } from './exit-codes.js';
import { text } from './flags.js';
import { INSIGHT_FLAGS } from './insight-flags.js';

const F = INSIGHT_FLAGS;

async function committed(file: string): Promise<string[]> {
  try {
    return await readBaseline(file);
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(`--compare: ${error.message}`);
    throw error;
  }
}

/** `kind-audit baseline LOG... [--out FILE] [--fold-namespaces GLOBS] [--compare FILE]`. */
export const BASELINE_COMMAND: Command = {
  name: 'baseline',
  args: 'LOG... [--out FILE] [--fold-namespaces GLOBS] [--compare FILE]',
  summary: 'the permissions a run used as baseline.tsv, or what changed against one',
  description:
    "Write baseline.tsv: one sorted line per subject, verb, resource (or non-resource path) and scope (namespace, or - for cluster scope), tab-separated, for every subject but Kubernetes' own components, denied requests included. Tabs, newlines, backslashes and control characters inside a name are escaped (\\t, \\n, \\\\, \\xHH). Prints it, or writes it with --out. --compare FILE prints +lines used now and missing from FILE and -lines in FILE no longer used, and exits 1 when there are any.",
  flags: [F.baselineOut, F.foldNamespaces, F.compare],
  positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, name: 'LOG' },
  // The globs are read by the action input's rules; their errors name the flag.
  wording: { one: 'Option', many: 'Options', name: (input) => `--${input}` },
  async run({ values, positionals, log }) {
    const builder = new BaselineBuilder({
      foldNamespaces: parseFoldGlobs(text(values, F.foldNamespaces)),
    });
    const compareWith = text(values, F.compare);
    const before = compareWith ? await committed(compareWith) : undefined;
    await eachRequest(positionals, log, (request) => builder.add(request));
    const { lines, dropped } = builder.result();
    if (dropped > 0)
      log.warning(
        `the baseline was cut at ${lines.length} lines; at least ${dropped} more were left out`,
      );
    const out = text(values, F.baselineOut);
    if (out) {
      try {
        // Never through a link, as every command writes (a planted one would redirect it).
        await writeFileNoFollow(out, baselineText(lines));
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new UsageError(
          `--out has the value ${JSON.stringify(out)}: it cannot be written (${reason})`,
        );
      }
      log.info(`${lines.length} lines written to ${out}`);
    }
    if (before === undefined) {
      if (!out) process.stdout.write(baselineText(lines));
      return EXIT.ok;
    }
    const { added, gone } = compareBaselines(before, lines);
    process.stdout.write(baselineText([...added.map((l) => `+${l}`), ...gone.map((l) => `-${l}`)]));
    log.info(`${added.length} added, ${gone.length} gone against ${compareWith}`);
    return added.length + gone.length > 0 ? EXIT.failed : EXIT.ok;
  },
};
