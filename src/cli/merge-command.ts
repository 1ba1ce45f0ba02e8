import { stat } from 'node:fs/promises';
import { scanForEvent } from '../logs/find/index.js';
import { openFileSink, type ByteSink } from '../logs/lines/index.js';
import { filesOf, type FoundLogs, type LogFile } from '../logs/find/index.js';
import { mergeFiles } from '../logs/pass/index.js';
import { readRedactionSettings } from '../inputs/read.js';
import { RedactionRules } from '../logs/redact/index.js';
import { DEFAULT_WINDOW } from '../logs/pass/index.js';
import type { PassResult } from '../logs/pass/index.js';
import { count } from '../text/plural.js';
import type { Command, CommandContext } from './command.js';
import { EXIT, UsageError } from './exit-codes.js';
import { NO_REDACT_FLAG, text, type FlagSpec } from './flags.js';
import { checkRulesWithRedaction, REDACTION_FLAGS } from './redaction-flags.js';
import { ALLOW_EMPTY_FLAG, LOGS_HELP, readLogs, requireRequests } from './log-args.js';
import { outProblem, STDOUT } from './out-file.js';
import { stdoutSink, type StdoutSink } from './stdout-sink.js';

const OUT: FlagSpec = {
  flag: 'out',
  arg: 'FILE',
  help: 'the merged file to write, or - for standard output (required)',
};
const WINDOW: FlagSpec = {
  flag: 'window',
  arg: 'N',
  help: `events held back per source to restore time order (default ${DEFAULT_WINDOW})`,
};

/** Refuses an output that is one of the inputs: opening it for writing would empty it first. */
async function checkOut(out: string, files: readonly LogFile[]): Promise<void> {
  const target = await stat(out).catch(() => undefined);
  if (!target) return;
  for (const file of files) {
    const input = await stat(file.path);
    if (input.dev === target.dev && input.ino === target.ino)
      throw new UsageError(`--out has the value ${JSON.stringify(out)}: it is one of the inputs`);
  }
}

function windowOf(value: string): number {
  if (value === '') return DEFAULT_WINDOW;
  const window = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(window))
    throw new UsageError(
      `--window has the value ${JSON.stringify(value)}: give a whole number of events, e.g. ${DEFAULT_WINDOW}`,
    );
  return window;
}

/** The merged file, opened once the logs proved to hold an event: never through a link. */
async function openOut(out: string): Promise<ByteSink | StdoutSink> {
  if (out === STDOUT) return stdoutSink();
  try {
    return await openFileSink(out);
  } catch (error) {
    throw new UsageError(outProblem('--out', out, error));
  }
}

/** Checks the logs, then merges them: nothing is written when they hold no event. */
async function merge(
  context: CommandContext,
  found: FoundLogs,
  out: string,
  window: number,
  rules: RedactionRules,
): Promise<PassResult | undefined> {
  const { values, log, threadScripts } = context;
  const files = filesOf(found);
  if (out !== STDOUT) await checkOut(out, files);
  const scan = await scanForEvent(files.map((f) => f.path));
  requireRequests(context, found, { requests: scan.found ? 1 : 0, lines: scan.lines });
  const redact = values[NO_REDACT_FLAG.flag] !== true;
  if (!redact) log.warning('--no-redact: the merged file may hold Secret data and tokens.');
  const labels = new Map(files.map((f) => [f.path, f.label]));
  const sink = await openOut(out);
  try {
    // Post's own pass: each line is redacted before it is merged, so no secret reaches --out.
    return await mergeFiles(
      found.groups.map((g) => ({ node: g.node, files: g.files.map((f) => f.path) })),
      sink,
      {
        redact,
        rules,
        window,
        // Both cores: the pass threads redact and key the lines while this one merges and writes.
        ...(threadScripts.pass ? { parts: { script: threadScripts.pass } } : {}),
        onProblem: (file, message) => log.warning(message, { file: labels.get(file) ?? file }),
      },
    );
  } catch (error) {
    // The reader of standard output stopped early (`| head`): it has what it wanted.
    if ('readerGone' in sink && sink.readerGone) return undefined;
    throw error;
  } finally {
    await sink.close();
  }
}

/** `kind-audit merge LOG... --out FILE`: the merge step alone. */
export const MERGE_COMMAND: Command = {
  name: 'merge',
  args: 'LOG... --out FILE',
  summary: 'merge audit files or node folders into one time-ordered file',
  description:
    'Writes the events of every LOG to FILE (- for standard output), one a line, ordered by time, auditID and stage, each line as the API server wrote it, redacted unless --no-redact. ' +
    "Each folder's files are one source, read in the order they were written (rotated oldest first); so is each file named. " +
    `${LOGS_HELP} ` +
    'Lines that are not events (legacy text, a line cut off mid-write) are left out and counted. ' +
    'Each source holds back up to --window events to put events written out of order back in place; one later than that is written at once and counted. ' +
    'Exits 2 for a log that cannot be read, an --out that cannot be written, or logs that hold no event (unless --allow-empty): nothing is written then.',
  flags: [OUT, WINDOW, NO_REDACT_FLAG, ...REDACTION_FLAGS, ALLOW_EMPTY_FLAG],
  positionals: { min: 1, max: Number.POSITIVE_INFINITY, name: 'LOG' },
  async run(context) {
    const { values, positionals, log, inputs } = context;
    checkRulesWithRedaction(values);
    const rules = RedactionRules.compile(readRedactionSettings(inputs));
    const out = text(values, OUT);
    if (!out)
      throw new UsageError(
        '--out FILE is required: the merged file to write, or - for standard output',
      );
    const window = windowOf(text(values, WINDOW));
    const { found, result } = await readLogs(context, positionals, (logs) =>
      merge(context, logs, out, window, rules),
    );
    if (!result) return EXIT.ok;
    const { merge: stats, redaction } = result;
    if (redaction) log.info(`${count(redaction.values, 'secret value')} redacted`);
    const report =
      `${out === STDOUT ? 'standard output' : out}: ${count(stats.events, 'event')} from ${count(found.groups.length, 'source')}; ` +
      `${stats.skipped.toLocaleString('en-US')} of ${count(stats.lines, 'line')} ${stats.skipped === 1 ? 'was not an event' : 'were not events'}; ` +
      `${stats.outOfOrder.toLocaleString('en-US')} came later than the window of ${count(window, 'event')}`;
    // With --out -, standard output carries the events: the report goes with the messages.
    if (out === STDOUT) log.info(report);
    else process.stdout.write(`${report}\n`);
    return EXIT.ok;
  },
};
