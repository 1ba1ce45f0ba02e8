import { BASELINE_COMMAND } from './baseline-command.js';
import { CHECK_COMMAND } from './check-command.js';
import { CLUSTER_COMMANDS } from './cluster-commands.js';
import type { Command, ThreadScripts } from './command.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { flagHelp, parseFlags, type FlagValues } from './flags.js';
import { MERGE_COMMAND } from './merge-command.js';
import { POLICY_COMMANDS } from './policy-commands.js';
import { RBAC_COMMAND } from './rbac-command.js';
import { REDACT_COMMAND } from './redact-command.js';
import { checkPositionals, flagsOf, printFailure, runParsed } from './run-command.js';
import { stateBase } from './state-dir.js';
import { SUMMARIZE_COMMAND } from './summarize-command.js';
import { VERSION } from './version.js';

/** Every command, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
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

Run 'kind-audit <command> --help' for a command's options, 'kind-audit --version' for the version.
A cluster's files and state live in ${stateBase()}/<cluster> unless --dir names another folder.
Logs are named the same way everywhere: files (plain or .gz), folders, artifact folders, or - for
standard input; --out - writes to standard output. The reference: docs/cli.md in the repository.
Exit codes: ${EXIT.ok} done, ${EXIT.failed} a check or command failed, ${EXIT.usage} a usage or input mistake.`;
}

/** The commands of a group (`policy`): `policy validate`, `policy explain`. */
function groupOf(word: string): Command[] {
  return COMMANDS.filter((c) => c.name.startsWith(`${word} `));
}

function groupHelp(word: string): string {
  const commands = groupOf(word);
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return `Usage: kind-audit ${word} <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

Run 'kind-audit ${word} <command> --help' for a command's options.`;
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
 * `threadScripts` are the scripts worker threads run (see CommandContext).
 */
export async function runCli(argv: string[], threadScripts: ThreadScripts = {}): Promise<ExitCode> {
  const [first, second] = argv;
  if (!first || first === '--help' || first === '-h' || first === 'help') {
    (first ? process.stdout : process.stderr).write(`${mainHelp()}\n`);
    return first ? EXIT.ok : EXIT.usage;
  }
  if (first === '--version') {
    process.stdout.write(`kind-audit ${VERSION}\n`);
    return EXIT.ok;
  }
  const group = groupOf(first).length > 0;
  if (group && (second === '--help' || second === '-h' || second === 'help')) {
    process.stdout.write(`${groupHelp(first)}\n`);
    return EXIT.ok;
  }
  const found = findCommand(argv);
  if (!found) {
    const known = (group ? groupOf(first) : COMMANDS).map((c) => c.name).join(', ');
    const named = group && second !== undefined ? `${first} ${second}` : first;
    process.stderr.write(
      group && second === undefined
        ? `kind-audit: name a ${first} command. Commands: ${known}.\n`
        : `kind-audit: unknown command "${named}". Commands: ${known}.\n`,
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
  return runParsed(command, values, positionals, threadScripts);
}
