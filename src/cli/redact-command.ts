import { constants, createReadStream } from 'node:fs';
import { lstat, mkdtemp, open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readRedactionSettings } from '../inputs/read.js';
import { pipeline } from 'node:stream/promises';
import { scanForEvent } from '../logs/find/index.js';
import { filesOf, STDIN, type FoundLogs } from '../logs/find/index.js';
import {
  addStats,
  emptyStats,
  redactFile,
  RedactionRules,
  type RedactionStats,
} from '../logs/redact/index.js';
import { count } from '../text/plural.js';
import { makeDirs } from '../files/safe-fs.js';
import type { Command, CommandContext } from './command.js';
import { EXIT, UsageError } from './exit-codes.js';
import { ALLOW_EMPTY_FLAG, LOGS_HELP, readLogs, requireRequests } from './log-args.js';
import { outProblem, STDOUT } from './out-file.js';
import { REDACTION_FLAGS } from './redaction-flags.js';

/** One line a person can read: how much was redacted, and where. */
export function describeStats(stats: RedactionStats): string {
  const where = Object.entries(stats.byLocation)
    .sort(([, a], [, b]) => b - a)
    .map(([location, n]) => `${location} ${n}`)
    .join(', ');
  return `${count(stats.lines, 'line')}, ${count(stats.values, 'value')} redacted${where ? ` (${where})` : ''}, ${count(stats.unparseable, 'unparseable line')} replaced`;
}

/** OUT may be neither IN nor inside it (a folder would be read while written). */
function checkPaths(input: string, output: string): void {
  if (input === STDIN || output === STDOUT) return;
  const from = path.resolve(input);
  const to = path.resolve(output);
  if (to === from || to.startsWith(`${from}${path.sep}`))
    throw new UsageError(
      `OUT has the value ${JSON.stringify(output)}: it must be neither IN nor inside it (write the redacted copy elsewhere)`,
    );
}

/**
 * Where each file found in IN is written: OUT itself for a file (or standard input), OUT/<path
 * inside IN> for a folder's files.
 */
async function targets(
  input: string,
  output: string,
  found: FoundLogs,
): Promise<Map<string, string>> {
  const files = filesOf(found);
  const folder = input !== STDIN && (await lstat(input).catch(() => undefined))?.isDirectory();
  if (!folder) return new Map(files.map((f) => [f.path, output]));
  if (output === STDOUT)
    throw new UsageError(
      `OUT has the value "-": standard output takes one file, and IN ${JSON.stringify(input)} is a folder (name a folder to write the copies into)`,
    );
  return new Map(files.map((f) => [f.path, path.join(output, path.relative(input, f.path))]));
}

/** Opens `file` for writing as redactFile will (never through a link), so a bad OUT fails first. */
async function checkWritable(file: string, output: string): Promise<void> {
  try {
    await makeDirs(path.dirname(file));
    const flags =
      constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK;
    const handle = await open(file, flags, 0o644);
    const regular = (await handle.stat()).isFile();
    await handle.close();
    if (!regular) throw new Error(`${file} is not a regular file`);
  } catch (error) {
    throw new UsageError(
      outProblem('OUT', file === output ? output : `${output} (${file})`, error),
    );
  }
}

/**
 * Copies the redacted file to standard output, once it is whole; false when the reader went away
 * (`| head`), which ends the command quietly, as `cat`'s does.
 */
async function toStdout(file: string): Promise<boolean> {
  try {
    await pipeline(createReadStream(file), process.stdout, { end: false });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return false;
    throw error;
  }
}

async function redact(
  context: CommandContext,
  input: string,
  output: string,
  found: FoundLogs,
  rules: RedactionRules,
): Promise<RedactionStats> {
  const { log } = context;
  const files = filesOf(found);
  const scan = await scanForEvent(files.map((f) => f.path));
  requireRequests(context, found, { requests: scan.found ? 1 : 0, lines: scan.lines });
  const where = await targets(input, output, found);
  // Standard output gets a private file first: redactFile writes files, never through a link.
  const scratch =
    output === STDOUT ? await mkdtemp(path.join(os.tmpdir(), 'kind-audit-redact-')) : undefined;
  let total = emptyStats();
  try {
    for (const file of files) {
      const gz = file.path.endsWith('.gz') ? '.gz' : '';
      const target = scratch ? path.join(scratch, `stdout${gz}`) : (where.get(file.path) ?? output);
      if (!scratch) await checkWritable(target, output);
      const stats = await redactFile(file.path, target, { rules });
      total = addStats(total, stats);
      log.info(`${scratch ? 'standard output' : target}: ${describeStats(stats)}`);
      if (scratch && !(await toStdout(target))) break;
    }
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
  return total;
}

/** `kind-audit redact IN OUT`: the redaction step alone, file to file or folder to folder. */
export const REDACT_COMMAND: Command = {
  name: 'redact',
  args: 'IN OUT [--allow-empty]',
  summary: 'copy audit files with Secrets and tokens replaced by a marker',
  description: `Copy IN to OUT with secret material replaced by a fixed marker: Secret data and stringData (also in lists, watch events and tables), Secrets' annotations (but a few known names) and fields a Secret does not have, the last-applied annotation when it holds a Secret, bodies sent to secrets but whole Secrets (patches keep only where they change), TokenRequest and TokenReview tokens, webhook patches to Secrets; and what the --redact-* options add. Lines with nothing to redact are copied byte for byte; lines that are cut off or not JSON are replaced, and lines with a repeated key are written from their parse when they spell a word a rule acts on. A file gives a file (.gz stays .gz); - reads standard input, and OUT - writes standard output. A folder gives a folder of its log files at the same paths, an artifact's raw copies included. ${LOGS_HELP} Exits 2 for an IN that cannot be read, an OUT that cannot be written, or an IN that holds no event (unless --allow-empty): nothing is written then.`,
  flags: [...REDACTION_FLAGS, ALLOW_EMPTY_FLAG],
  positionals: { min: 2, max: 2, name: 'IN and OUT' },
  pathArgument: 'IN',
  async run(context) {
    const [input = '', output = ''] = context.positionals;
    const rules = RedactionRules.compile(readRedactionSettings(context.inputs));
    checkPaths(input, output);
    const { found, result: total } = await readLogs(
      context,
      [input],
      (logs) => redact(context, input, output, logs, rules),
      { artifact: 'every-file' },
    );
    const report = `${count(filesOf(found).length, 'file')} redacted into ${output === STDOUT ? 'standard output' : output}: ${describeStats(total)}`;
    if (output === STDOUT) context.log.info(report);
    else process.stdout.write(`${report}\n`);
    return EXIT.ok;
  },
};
