import { parseArgs } from 'node:util';
import {
  collectCommand,
  downCommand,
  render,
  upCommand,
  verifyCommand,
  type Flags,
} from './commands.js';
import { terminalLogger } from './logger.js';
import { USAGE } from './usage.js';
import type { Logger } from '../logger.js';

const COMMANDS: Record<string, (flags: Flags, log: Logger) => Promise<number>> = {
  render,
  up: upCommand,
  verify: verifyCommand,
  collect: collectCommand,
  down: downCommand,
};

const OPTIONS = {
  out: { type: 'string' },
  name: { type: 'string' },
  level: { type: 'string' },
  image: { type: 'string' },
  wait: { type: 'string' },
  'verify-timeout': { type: 'string' },
  dir: { type: 'string' },
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
    const { values } = parseArgs({
      args: rest,
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      process.stdout.write(`${USAGE[command]}\n`);
      return 0;
    }
    return await handler(values, terminalLogger(values.verbose ?? false));
  } catch (error) {
    process.stderr.write(
      `kind-audit ${command}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}
