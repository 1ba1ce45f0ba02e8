import { InputPathError } from '../logs/summarize-files.js';
import {
  ExpectationChecker,
  ExpectError,
  ExpectFileError,
  readExpectations,
  type CheckResult,
  type Expectation,
} from '../insight/expect/index.js';
import { readRequests } from '../insight/read-requests.js';
import type { Request } from '../insight/request.js';
import type { Logger } from '../logger.js';
import type { Command } from './command.js';
import { EXIT, UsageError } from './exit-codes.js';
import { text } from './flags.js';
import { INSIGHT_FLAGS } from './insight-flags.js';

/** Log text on a terminal: control characters (escape sequences among them) shown, not obeyed. */
export function shown(value: string): string {
  return value.replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * Feeds every request of the logs at `paths` to `add`, once each; a path that cannot be read is
 * a usage mistake (exit 2), damage inside a file a warning.
 */
export async function eachRequest(
  paths: readonly string[],
  log: Logger,
  add: (request: Request) => void,
): Promise<void> {
  try {
    for await (const request of readRequests(paths, (file, message) =>
      log.warning(`${file}: ${message}`),
    ))
      add(request);
  } catch (error) {
    if (error instanceof InputPathError) throw new UsageError(error.message);
    throw error;
  }
}

async function expectations(file: string): Promise<Expectation[]> {
  if (!file) throw new UsageError('--expect FILE is required: the expectations to check');
  try {
    return await readExpectations(file);
  } catch (error) {
    if (error instanceof ExpectError || error instanceof ExpectFileError)
      throw new UsageError(error.message);
    throw error;
  }
}

/** What `check` prints: each expectation's verdict, and the requests that broke it. */
export function printableCheck(result: CheckResult): string {
  const lines: string[] = [];
  for (const e of result.expectations) {
    if (!e.violated) {
      lines.push(`ok        ${shown(e.name)} (${e.kind}, ${e.matched} matching requests)`);
      continue;
    }
    if (e.kind === 'require') {
      lines.push(`VIOLATED  ${shown(e.name)}: require, but no request matched`);
      continue;
    }
    lines.push(`VIOLATED  ${shown(e.name)}: forbid, ${e.matched} matching requests`);
    for (const o of e.offending)
      lines.push(
        `  ${shown(o.time)}  ${shown(o.user)}  ${shown(o.verb)}  ${shown(o.uri)}  ${o.code}`,
      );
    const more = e.matched - e.offending.length;
    if (more > 0) lines.push(`  … ${more} more`);
  }
  lines.push(
    `${result.violated} of ${result.expectations.length} expectations violated, ${result.requests} requests checked`,
  );
  return lines.join('\n');
}

/** `kind-audit check --expect FILE LOG...`. */
export const CHECK_COMMAND: Command = {
  name: 'check',
  args: '--expect FILE LOG...',
  summary: 'check audit logs against expectations: forbid and require',
  description:
    'Check every request of the logs (files or folders, plain or .gz, or an artifact) against the expectations in FILE: a forbid is violated by any matching request, a require by none. Prints each violation with the offending requests. Exits 0 when all hold, 1 when one is violated, 2 for a bad expectations file or a log that cannot be read.',
  flags: [INSIGHT_FLAGS.expect],
  positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, name: 'LOG' },
  async run({ values, positionals, log }) {
    const checker = new ExpectationChecker(await expectations(text(values, INSIGHT_FLAGS.expect)));
    await eachRequest(positionals, log, (request) => checker.add(request));
    const result = checker.result();
    if (result.requests === 0)
      log.warning('the logs hold no request: every require is violated and no forbid was tested');
    process.stdout.write(`${printableCheck(result)}\n`);
    return result.violated > 0 ? EXIT.failed : EXIT.ok;
  },
};
