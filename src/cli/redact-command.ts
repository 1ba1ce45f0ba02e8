import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { NODE_PATHS } from '../kind/node.js';
import { auditFilePattern } from '../logs/files.js';
import { readRedactionSettings } from '../inputs/redaction.js';
import { RedactionRules, type RedactionStats } from '../logs/redact.js';
import { redactTree } from '../logs/redact-tree.js';
import type { Command } from './command.js';
import { EXIT, UsageError } from './exit-codes.js';
import { REDACTION_FLAGS } from './redaction-flags.js';

/** The audit files of an artifact: the merged `audit.jsonl` and each node's (rotated) files. */
const AUDIT_NAMES = [/^audit\.jsonl(\.gz)?$/, auditFilePattern(path.basename(NODE_PATHS.logFile))];
const isAuditFile = (name: string) => AUDIT_NAMES.some((pattern) => pattern.test(name));

/** One line a person can read: how much was redacted, and where. */
export function describeStats(stats: RedactionStats): string {
  const where = Object.entries(stats.byLocation)
    .sort(([, a], [, b]) => b - a)
    .map(([location, count]) => `${location} ${count}`)
    .join(', ');
  return `${stats.lines} lines, ${stats.values} values redacted${where ? ` (${where})` : ''}, ${stats.unparseable} unparseable lines replaced`;
}

/** IN must exist; OUT may not be IN or lie inside it (a folder would be read while written). */
async function checkPaths(input: string, output: string): Promise<void> {
  try {
    await lstat(input);
  } catch (error) {
    throw new UsageError(
      `IN ${JSON.stringify(input)} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  const from = path.resolve(input);
  const to = path.resolve(output);
  if (to === from || to.startsWith(`${from}${path.sep}`))
    throw new UsageError('OUT must be neither IN nor inside it: write the redacted copy elsewhere');
}

/** `kind-audit redact IN OUT`: the redaction step alone, file to file or folder to folder. */
export const REDACT_COMMAND: Command = {
  name: 'redact',
  args: 'IN OUT',
  summary: 'copy audit files with Secrets and tokens replaced by a marker',
  description:
    "Copy IN to OUT with secret material replaced by a fixed marker: Secret data and stringData (also in lists, watch events and tables), Secrets' annotations (but a few known names) and fields a Secret does not have, the last-applied annotation when it holds a Secret, bodies sent to secrets but whole Secrets (patches keep only where they change), TokenRequest and TokenReview tokens, webhook patches to Secrets; and what the --redact-* options add. Lines with nothing to redact are copied byte for byte; lines that are cut off or not JSON are replaced, and lines with a repeated key are written from their parse. A file gives a file (.gz stays .gz); a folder gives a folder of its audit files (audit.jsonl, kube-apiserver-audit*.log[.gz]).",
  flags: REDACTION_FLAGS,
  positionals: { min: 2, max: 2, name: 'IN and OUT' },
  async run({ positionals: [input = '', output = ''], log, inputs }) {
    const rules = RedactionRules.compile(readRedactionSettings(inputs));
    await checkPaths(input, output);
    const result = await redactTree(input, output, isAuditFile, rules);
    for (const file of result.files) log.info(`${file.output}: ${describeStats(file.stats)}`);
    for (const { path: skipped, why } of result.skipped) log.debug(`skipped ${skipped}: ${why}`);
    if (result.files.length === 0) {
      log.warning(`no audit files in ${input}: nothing was written`);
      return EXIT.failed;
    }
    process.stdout.write(
      `${result.files.length} file(s) redacted into ${output}: ${describeStats(result.total)}\n`,
    );
    return EXIT.ok;
  },
};
