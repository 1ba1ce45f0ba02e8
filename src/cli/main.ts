import { INPUT_WORDING, InputError } from '../input-error.js';
import { BASELINE_COMMAND } from './baseline-command.js';
import { CHECK_COMMAND } from './check-command.js';
import { CLUSTER_COMMANDS } from './cluster-commands.js';
import type { Command } from './command.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import { COMMON_FLAGS, flagHelp, flagWording, inputsFrom, parseFlags } from './flags.js';
import { terminalLogger } from './logger.js';
import { MERGE_COMMAND } from './merge-command.js';
import { POLICY_COMMANDS } from './policy-commands.js';
import { RBAC_COMMAND } from './rbac-command.js';
import { REDACT_COMMAND } from './redact-command.js';
import { stateBase } from './state-dir.js';
import { SUMMARIZE_COMMAND } from './summarize-command.js';

const COMMANDS: readonly Command[] = [
  ...CLUSTER_COMMANDS,
  ...POLICY_COMMANDS,
  MERGE_COMMAND,
  REDACT_COMMAND,
  SUMMARIZE_COMMAND,
  RBAC_COMMAND,
  CHECK_COMMAND,
  BASELINE_COMMAND,
];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return `kind-audit — a kind cluster whose API server writes an audit log, verified and collected.

Usage: kind-audit <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

Run 'kind-audit <command> --help' for a command's options. A cluster's files and state live in
${stateBase()}/<cluster> unless --dir names another folder.
Exit codes: ${EXIT.ok} done, ${EXIT.failed} a check or command failed, ${EXIT.usage} a usage or input mistake.`;
}

function commandHelp(command: Command): string {
  const flags = [...command.flags, ...COMMON_FLAGS];
  return `Usage: kind-audit ${command.name} ${command.args}\n\n${command.description}\n\nOptions:\n${flagHelp(flags)}`;
}

/** The command named by the first words of argv, and the words after it. */
function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  for (const words of [2, 1]) {
    const command = COMMANDS.find((c) => c.name === argv.slice(0, words).join(' '));
    if (command) return { command, rest: argv.slice(words) };
  }
  return undefined;
}

/** The commands that take a flag, so an error can say where a misplaced one belongs. */
function owners(flag: string): string[] {
  return COMMANDS.filter((c) => c.flags.some((f) => f.flag === flag || f.alias === flag)).map(
    (c) => c.name,
  );
}

function checkPositionals(command: Command, positionals: string[]): void {
  const { min, max, name } = command.positionals;
  if (positionals.length > max)
    throw new UsageError(`unexpected arguments: ${positionals.slice(max).join(' ')}`);
  if (positionals.length < min)
    throw new UsageError(`name the ${name}: kind-audit ${command.name} ${command.args}`);
}

/** The exit code an error means (DESIGN.md, "CLI exit codes"), and its message in the CLI's words. */
function failure(command: Command, error: unknown): { code: ExitCode; message: string } {
  if (error instanceof InputError) {
    const wording = { ...INPUT_WORDING, ...flagWording(command.flags), ...command.wording };
    return { code: EXIT.usage, message: error.describe(wording) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: error instanceof UsageError ? EXIT.usage : EXIT.failed, message };
}

/**
 * Runs `kind-audit <command> [flags]`; returns the exit code. Errors are printed, never thrown.
 * `threadScript` is the CLI's own script, which worker threads can run (see CommandContext).
 */
export async function runCli(argv: string[], threadScript?: URL): Promise<ExitCode> {
  const [first] = argv;
  if (!first || first === '--help' || first === '-h' || first === 'help') {
    (first ? process.stdout : process.stderr).write(`${mainHelp()}\n`);
    return first ? EXIT.ok : EXIT.usage;
  }
  const found = findCommand(argv);
  if (!found) {
    const known =
      first === 'policy'
        ? 'policy validate, policy explain'
        : COMMANDS.map((c) => c.name).join(', ');
    process.stderr.write(
      `kind-audit: unknown command "${argv.slice(0, first === 'policy' ? 2 : 1).join(' ')}". Commands: ${known}.\n`,
    );
    return EXIT.usage;
  }
  const { command, rest } = found;
  try {
    const flags = [...command.flags, ...COMMON_FLAGS];
    const { values, positionals } = parseFlags(command.name, flags, rest, owners);
    if (values.help) {
      process.stdout.write(`${commandHelp(command)}\n`);
      return EXIT.ok;
    }
    checkPositionals(command, positionals);
    return await command.run({
      values,
      positionals,
      inputs: inputsFrom(values, command.flags),
      log: terminalLogger(values.verbose === true),
      threadScript,
    });
  } catch (error) {
    const { code, message } = failure(command, error);
    process.stderr.write(`kind-audit ${command.name}: ${message}\n`);
    return code;
  }
}
