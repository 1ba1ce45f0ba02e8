import {
  ExpectationChecker,
  ExpectError,
  ExpectFileError,
  readExpectations,
  type CheckResult,
  type Expectation,
} from '../insight/expect/index.js';
import { readRequests, type ReadCounts } from '../insight/read-requests.js';
import type { FoundLogs } from '../logs/find/index.js';
import type { Request } from '../logs/events/index.js';
import type { Logger } from '../messages/logger.js';
import { count } from '../text/plural.js';
import { paintFor, type Paint } from './colour.js';
import type { Command } from './command.js';
import { EXIT, UsageError } from './exit-codes.js';
import { JSON_FLAG, text } from './flags.js';
import { INSIGHT_FLAGS } from './insight-flags.js';
import { shown } from './shown.js';
import { ALLOW_EMPTY_FLAG, LOGS_HELP, readLogs, requireRequests } from './log-args.js';

/**
 * Feeds every request of `found` to `add`, once each, counting into `counts`; damage inside a
 * file that does not stop the read (a `.gz` cut off) is a warning.
 */
export async function eachRequest(
  found: FoundLogs,
  log: Logger,
  counts: ReadCounts,
  add: (request: Request) => void,
): Promise<void> {
  const onProblem = (file: string, message: string) => log.warning(`${file}: ${message}`);
  for await (const request of readRequests(found, { onProblem, counts })) add(request);
}

async function expectations(file: string): Promise<Expectation[]> {
  if (!file) throw new UsageError('--expect FILE is required: the expectations to check');
  try {
    return await readExpectations(file);
  } catch (error) {
    // The file's own problems name the file; one that cannot be read is named by its flag too.
    if (error instanceof ExpectFileError)
      throw new UsageError(`--expect has the value ${JSON.stringify(file)}: ${error.message}`);
    if (error instanceof ExpectError) throw new UsageError(error.message);
    throw error;
  }
}

/** What `check` prints: each expectation's verdict, and the requests that broke it. */
export function printableCheck(result: CheckResult, paint: Paint = paintFor({})): string {
  const lines: string[] = [];
  const ok = paint.ok('ok'.padEnd(10));
  const violated = paint.bad('VIOLATED'.padEnd(10));
  for (const e of result.expectations) {
    if (!e.violated) {
      lines.push(`${ok}${shown(e.name)} (${e.kind}, ${count(e.matched, 'matching request')})`);
      continue;
    }
    if (e.kind === 'require') {
      lines.push(`${violated}${shown(e.name)}: require, but no request matched`);
      continue;
    }
    lines.push(`${violated}${shown(e.name)}: forbid, ${count(e.matched, 'matching request')}`);
    for (const o of e.offending)
      lines.push(
        `  ${shown(o.time)}  ${shown(o.user)}  ${shown(o.verb)}  ${shown(o.uri)}  ${o.code}`,
      );
    const more = e.matched - e.offending.length;
    if (more > 0) lines.push(`  … ${more} more`);
  }
  const verdict = `${result.violated} violated`;
  lines.push(
    `${count(result.expectations.length, 'expectation')}, ${result.violated > 0 ? paint.bad(verdict) : paint.ok(verdict)}; ${count(result.requests, 'request')} checked`,
  );
  return lines.join('\n');
}

/** `kind-audit check --expect FILE LOG...`. */
export const CHECK_COMMAND: Command = {
  name: 'check',
  args: '--expect FILE LOG... [--json]',
  summary: 'check audit logs against expectations: forbid and require',
  description: `Check every request of the logs against the expectations in FILE: a forbid is violated by any matching request, a require by none. Prints each violation with the offending requests (--json: the result as JSON). ${LOGS_HELP} Exits 0 when all hold, 1 when one is violated, 2 for a bad expectations file, a log that cannot be read, or logs that hold no request (unless --allow-empty).`,
  flags: [INSIGHT_FLAGS.expect, JSON_FLAG, ALLOW_EMPTY_FLAG],
  positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, name: 'LOG' },
  async run(context) {
    const { values, positionals, log, terminal } = context;
    const checker = new ExpectationChecker(await expectations(text(values, INSIGHT_FLAGS.expect)));
    const counts: ReadCounts = { lines: 0, requests: 0 };
    const { found } = await readLogs(context, positionals, (logs) =>
      eachRequest(logs, log, counts, (request) => checker.add(request)),
    );
    requireRequests(context, found, counts);
    const result = checker.result();
    process.stdout.write(
      values[JSON_FLAG.flag] === true
        ? `${JSON.stringify(result, null, 2)}\n`
        : `${printableCheck(result, terminal.out)}\n`,
    );
    return result.violated > 0 ? EXIT.failed : EXIT.ok;
  },
};
