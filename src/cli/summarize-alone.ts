import type { ThreadScripts } from './command.js';
import type { ExitCode } from './exit-codes.js';
import { parseFlags } from './flags.js';
import { checkPositionals, flagsOf, runParsed } from './run-command.js';
import { SUMMARIZE_COMMAND } from './summarize-command.js';

/**
 * `kind-audit summarize WORDS`, run without loading the rest of the CLI: the summary of a large
 * log is where memory counts, and the other commands' modules take some 20 MB. `undefined` when
 * the words are not a summary to run (a mistake, `--help`): the whole CLI then answers them, as
 * it would anyway, naming for instance the command a misplaced flag belongs to.
 */
export async function summarizeAlone(
  words: string[],
  threadScripts: ThreadScripts,
): Promise<ExitCode | undefined> {
  const command = SUMMARIZE_COMMAND;
  let parsed;
  try {
    parsed = parseFlags(command.name, flagsOf(command), words, () => []);
    checkPositionals(command, parsed.positionals);
  } catch {
    return undefined;
  }
  if (parsed.values.help) return undefined;
  return runParsed(command, parsed.values, parsed.positionals, threadScripts);
}
