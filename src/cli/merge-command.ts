import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { NODE_PATHS } from '../kind/node.js';
import { auditFilePattern, byWriteOrder } from '../logs/files.js';
import { readRedactionSettings } from '../inputs/redaction.js';
import { mergeFiles, type NodeFiles } from '../logs/merge-files.js';
import { RedactionRules } from '../logs/redact.js';
import { DEFAULT_WINDOW } from '../logs/merge.js';
import type { Command } from './command.js';
import { EXIT, UsageError } from './exit-codes.js';
import { NO_REDACT_FLAG, text, type FlagSpec } from './flags.js';
import { checkRulesWithRedaction, REDACTION_FLAGS } from './redaction-flags.js';

const OUT: FlagSpec = { flag: 'out', arg: 'FILE', help: 'the merged file to write (required)' };
const WINDOW: FlagSpec = {
  flag: 'window',
  arg: 'N',
  help: `events held back per source to restore time order (default ${DEFAULT_WINDOW})`,
};

const AUDIT_FILE = auditFilePattern(path.posix.basename(NODE_PATHS.logFile));

/** A folder's audit files in write order; only regular files, as collection takes them. */
async function folderSource(dir: string): Promise<NodeFiles> {
  const files: string[] = [];
  for (const name of byWriteOrder(await readdir(dir))) {
    if (AUDIT_FILE.test(name) && (await lstat(path.join(dir, name))).isFile())
      files.push(path.join(dir, name));
  }
  if (files.length === 0)
    throw new UsageError(`${dir} holds no audit files (kube-apiserver-audit*.log[.gz])`);
  return { node: path.basename(path.resolve(dir)), files };
}

/** Each PATH is one source: a file alone, or a folder's audit files in the order written. */
async function sourcesOf(paths: string[]): Promise<NodeFiles[]> {
  const sources: NodeFiles[] = [];
  for (const given of paths) {
    const info = await stat(given).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${given}: ${error.code ?? error.message}`);
    });
    if (info.isDirectory()) sources.push(await folderSource(given));
    else if (info.isFile()) sources.push({ node: path.basename(given), files: [given] });
    else throw new UsageError(`${given} is neither a file nor a folder`);
  }
  return sources;
}

/** Refuses an output that is one of the inputs: opening it for writing would empty it first. */
async function checkOut(out: string, sources: NodeFiles[]): Promise<void> {
  const target = await stat(out).catch(() => undefined);
  if (!target) return;
  for (const file of sources.flatMap((s) => s.files)) {
    const input = await stat(file);
    if (input.dev === target.dev && input.ino === target.ino)
      throw new UsageError(`--out ${out} is one of the input files`);
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

/** `kind-audit merge PATH... --out FILE`: the merge step alone. */
export const MERGE_COMMAND: Command = {
  name: 'merge',
  args: 'PATH... --out FILE',
  summary: 'merge audit files or node folders into one time-ordered file',
  description:
    'Writes the events of every PATH to FILE, one a line, ordered by time, auditID and stage, each line as the API server wrote it. ' +
    'A PATH is a file, or a folder whose kube-apiserver-audit*.log[.gz] files are read in the order they were written. ' +
    'Lines that are not events (legacy text, a line cut off mid-write) are left out and counted. ' +
    `Each PATH holds back up to --window events to put events written out of order back in place; one later than that is written at once and counted.`,
  flags: [OUT, WINDOW, NO_REDACT_FLAG, ...REDACTION_FLAGS],
  positionals: { min: 1, max: Number.POSITIVE_INFINITY, name: 'PATH' },
  async run({ values, positionals, log, inputs }) {
    checkRulesWithRedaction(values);
    const rules = RedactionRules.compile(readRedactionSettings(inputs));
    const out = text(values, OUT);
    if (!out) throw new UsageError('--out FILE is required: the merged file to write');
    const window = windowOf(text(values, WINDOW));
    const sources = await sourcesOf(positionals);
    await checkOut(out, sources);
    const redact = values[NO_REDACT_FLAG.flag] !== true;
    if (!redact) log.warning('--no-redact: the merged file may hold Secret data and tokens.');
    // Post's own pass: each line is redacted before it is merged, so no secret reaches --out.
    const { merge: stats, redaction } = await mergeFiles(sources, out, {
      redact,
      rules,
      window,
      onProblem: (file, message) => log.warning(message, { file }),
    });
    if (redaction) log.info(`${redaction.values} secret value(s) redacted`);
    const number = (n: number) => n.toLocaleString('en-US');
    process.stdout.write(
      `${out}: ${number(stats.events)} events from ${sources.length} source(s); ` +
        `${number(stats.skipped)} of ${number(stats.lines)} lines were not events; ` +
        `${number(stats.outOfOrder)} came later than the window of ${number(window)} events\n`,
    );
    return EXIT.ok;
  },
};
