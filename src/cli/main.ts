import { BASELINE_COMMAND } from './baseline-command.js';
import { CHECK_COMMAND } from './check-command.js';
import { CLUSTER_COMMANDS } from './cluster-commands.js';
import type { Command } from './command.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { flagHelp, parseFlags, type FlagValues } from './flags.js';
import { MERGE_COMMAND } from './merge-command.js';
import { POLICY_COMMANDS } from './policy-commands.js';
import { RBAC_COMMAND } from './rbac-command.js';
import { REDACT_COMMAND } from './redact-command.js';
import { checkPositionals, flagsOf, printFailure, runParsed } from './run-command.js';
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
  return `Usage: kind-audit ${command.name} ${command.args}\n\n${command.description}\n\nOptions:\n${flagHelp(flagsOf(command))}`;
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

/**
 * Runs `kind-audit <command> [flags]`; returns the exit code. Errors are printed, never thrown.
 * `threadScript` is the script the summary's worker threads run (see CommandContext).
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
  let values: FlagValues;
  let positionals: string[];
  try {
    ({ values, positionals } = parseFlags(command.name, flagsOf(command), rest, owners));
    if (values.help) {
      process.stdout.write(`${commandHelp(command)}\n`);
      return EXIT.ok;
    }
    checkPositionals(command, positionals);
  } catch (error) {
    return printFailure(command, error);
  }
  return runParsed(command, values, positionals, threadScript);
}
