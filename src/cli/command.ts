import type { InputSource, Wording } from '../input-error.js';
import type { Logger } from '../logger.js';
import type { ExitCode } from './exit-codes.js';
import type { FlagSpec, FlagValues } from './flags.js';

/** What a command's `run` gets: its parsed flags, its positionals, and a logger. */
export interface CommandContext {
  values: FlagValues;
  positionals: string[];
  /** The action inputs its flags carry, for the engine's input rules. */
  inputs: InputSource;
  log: Logger;
  /**
   * The script of the summary's worker threads (the bundle of summary-thread.ts beside the CLI's),
   * when there is one; commands that read large logs use it to read on several threads.
   */
  threadScript?: URL | undefined;
}

/** One CLI command, declared once: help, flags, arguments and what it does come from here. */
export interface Command {
  /** As typed: `up`, `policy explain`. */
  name: string;
  /** After the name in the usage line: `FILE [options]`. */
  args: string;
  /** One line for the command list. */
  summary: string;
  /** What it does, for its --help. */
  description: string;
  flags: readonly FlagSpec[];
  /** How many positional arguments it takes. */
  positionals: { min: number; max: number; name: string };
  /** How its errors name an input that no flag of it carries (e.g. a positional FILE). */
  wording?: Partial<Wording>;
  run(context: CommandContext): Promise<ExitCode>;
}
