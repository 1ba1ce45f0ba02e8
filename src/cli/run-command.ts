import { INPUT_WORDING, InputError } from '../messages/input-error.js';
import { KindCompatibilityError } from '../kind/compatibility.js';
import { InputPathError } from '../logs/find/index.js';
import { paintFor } from './colour.js';
import type { Command, Terminal, ThreadScripts } from './command.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import { COMMON_FLAGS, flagWording, inputsFrom, type FlagSpec, type FlagValues } from './flags.js';
import { terminalLogger } from './logger.js';
import { StatusLine } from './progress.js';
import { StdinCopy } from './stdin-copy.js';

/** The flags a command takes: its own and the common ones. */
export function flagsOf(command: Command): FlagSpec[] {
  return [...command.flags, ...COMMON_FLAGS];
}

/** Throws a usage error when the positionals are too few or too many for `command`. */
export function checkPositionals(command: Command, positionals: string[]): void {
  const { min, max, name } = command.positionals;
  if (positionals.length > max)
    throw new UsageError(`unexpected arguments: ${positionals.slice(max).join(' ')}`);
  if (positionals.length < min)
    throw new UsageError(`name the ${name}: kind-audit ${command.name} ${command.args}`);
}

/**
 * Prints what `error` means in the CLI's words and returns its exit code (docs/cli.md, "Exit
 * codes"): a bad flag value, an unreadable input path and a kind/Kubernetes pair known not to work
 * are the user's input mistakes (2); anything else failed (1).
 */
export function printFailure(command: Command, error: unknown): ExitCode {
  let code: ExitCode;
  let message: string;
  if (error instanceof InputError) {
    const wording = { ...INPUT_WORDING, ...flagWording(command.flags), ...command.wording };
    [code, message] = [EXIT.usage, error.describe(wording)];
  } else if (error instanceof InputPathError) {
    // A path among the positionals (LOG, PATH, IN): named as the usage line names the argument.
    [code, message] = [
      EXIT.usage,
      `${command.pathArgument ?? command.positionals.name} argument ${JSON.stringify(error.path)}: ${error.problem}.`,
    ];
  } else {
    message = error instanceof Error ? error.message : String(error);
    code =
      error instanceof UsageError || error instanceof KindCompatibilityError
        ? EXIT.usage
        : EXIT.failed;
  }
  process.stderr.write(`kind-audit ${command.name}: ${message}\n`);
  return code;
}

/** Runs a command whose words parsed; errors are printed, never thrown. */
export async function runParsed(
  command: Command,
  values: FlagValues,
  positionals: string[],
  threadScripts: ThreadScripts,
): Promise<ExitCode> {
  const stdin = new StdinCopy();
  const status = new StatusLine(process.stderr);
  const terminal: Terminal = {
    out: paintFor(process.stdout),
    err: paintFor(process.stderr),
    status,
    stdin: () => stdin.file(),
  };
  try {
    return await command.run({
      values,
      positionals,
      inputs: inputsFrom(values, command.flags),
      log: terminalLogger(values.verbose === true, status, terminal.err),
      terminal,
      threadScripts,
    });
  } catch (error) {
    status.clear();
    return printFailure(command, error);
  } finally {
    stdin.remove();
  }
}
