import type { InputSource, Wording } from '../messages/input-error.js';
import type { Logger } from '../messages/logger.js';
import type { Paint } from './colour.js';
import type { ExitCode } from './exit-codes.js';
import type { FlagSpec, FlagValues } from './flags.js';
import type { StatusLine } from './progress.js';

/** The terminal a command runs at: colour for each stream, the progress line, standard input. */
export interface Terminal {
  /** Colours for what goes to stdout, and to stderr. */
  out: Paint;
  err: Paint;
  /** The line on stderr where progress is drawn (nothing is drawn unless stderr is a terminal). */
  status: StatusLine;
  /** Standard input copied into a private file, for `-` among the inputs: the copy's path. */
  stdin: () => Promise<string>;
}

/** What a command's `run` gets: its parsed flags, its positionals, and a logger. */
export interface CommandContext {
  values: FlagValues;
  positionals: string[];
  /** The action inputs its flags carry, for the engine's input rules. */
  inputs: InputSource;
  log: Logger;
  terminal: Terminal;
  /** The scripts of the worker threads beside the CLI's bundle, when there are some. */
  threadScripts: ThreadScripts;
}

/**
 * The scripts worker threads run: bundles beside the CLI's own (none when run from the sources).
 * Commands that read large logs use them to read on several threads.
 */
export interface ThreadScripts {
  /** The summary's threads: the bundle of summary-thread.ts. */
  summary?: URL | undefined;
  /** The pass's threads, which redact and key lines for `merge`: the bundle of pass-thread.ts. */
  pass?: URL | undefined;
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
  /** How an input path that cannot be read is named: the argument (default: `positionals.name`). */
  pathArgument?: string;
  /** How its errors name an input that no flag of it carries (e.g. a positional FILE). */
  wording?: Partial<Wording>;
  run(context: CommandContext): Promise<ExitCode>;
}
