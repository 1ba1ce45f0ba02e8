import { parseArgs } from 'node:util';
import type { Logger } from '../logger.js';
import { collectCommand, downCommand, render, upCommand, verifyCommand } from './commands.js';
import type { Flags } from './flags.js';
import { terminalLogger } from './logger.js';
import { explainPolicyCommand, validatePolicyCommand } from './policy-commands.js';
import { USAGE } from './usage.js';

type Handler = (flags: Flags, positionals: string[], log: Logger) => Promise<number>;

/** `policy validate FILE` and `policy explain FILE …` take a sub-command and a file. */
const policy: Handler = async (flags, [sub, file, ...extra], log) => {
  if (extra.length > 0) throw new Error(`unexpected arguments: ${extra.join(' ')}`);
  if (sub === 'validate') return validatePolicyCommand(file, log);
  if (sub === 'explain') return explainPolicyCommand(file, flags);
  throw new Error(
    `unknown policy command "${sub ?? ''}": use 'policy validate FILE' or 'policy explain FILE --verb V …'`,
  );
};

const noPositionals =
  (fn: (flags: Flags, log: Logger) => Promise<number>): Handler =>
  async (flags, positionals, log) => {
    if (positionals.length > 0) throw new Error(`unexpected arguments: ${positionals.join(' ')}`);
    return fn(flags, log);
  };

const COMMANDS: Record<string, Handler> = {
  render: noPositionals(render),
  up: noPositionals(upCommand),
  verify: noPositionals(verifyCommand),
  collect: noPositionals(collectCommand),
  down: noPositionals(downCommand),
  policy,
};

const text = { type: 'string' } as const;
const OPTIONS = {
  out: text,
  name: text,
  level: text,
  'policy-file': text,
  preset: text,
  'omit-stages': text,
  image: text,
  'control-planes': text,
  workers: text,
  wait: text,
  'verify-timeout': text,
  dir: text,
  verb: text,
  resource: text,
  group: text,
  namespace: text,
  user: text,
  groups: text,
  path: text,
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs `kind-audit <command> [flags]`; returns the exit code. Errors are printed, never thrown. */
export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE.main}\n`);
    return command ? 0 : 1;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    process.stderr.write(
      `kind-audit: unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}.\n`,
    );
    return 1;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: OPTIONS,
      strict: true,
      allowPositionals: true,
    });
    if (values.help) {
      process.stdout.write(`${USAGE[command]}\n`);
      return 0;
    }
    return await handler(values, positionals, terminalLogger(values.verbose ?? false));
  } catch (error) {
    process.stderr.write(
      `kind-audit ${command}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}
