import { parseArgs } from 'node:util';
import type { InputSource, Wording } from '../messages/input-error.js';
import {
  INPUT_DEFAULTS,
  INPUTS,
  type InputKey,
  type InputName,
  type InputSpec,
} from '../inputs/table.js';
import { UsageError } from './exit-codes.js';

/**
 * One flag of one command, declared once: parsing, help text and the mapping to the engine come
 * from it. A flag that carries an action input gets that input's checks and default.
 */
export interface FlagSpec {
  /** As typed, without the dashes. */
  flag: string;
  /** The action input's name, accepted too where the flag's own name is a shorter form. */
  alias?: string;
  short?: string;
  /** The value's placeholder in help ("N"); none for a switch. */
  arg?: string;
  help: string;
  /** The action input this flag carries. */
  input?: InputName;
  /** May be given more than once: the values are joined by newlines, as the input's lines. */
  multiple?: boolean;
}

/** The inputs the CLI has a flag for (src/inputs/table.ts, `cli`). */
export type FlagInput = {
  [K in InputKey]: (typeof INPUTS)[K] extends { cli: object } ? K : never;
}[InputKey];

/**
 * The flag that carries an action input, as the table of inputs declares it: its name (the
 * input's, or a shorter one with the input's accepted too), placeholder and help. A command whose
 * flag means something narrower may word the help its own way.
 */
export function inputFlag(key: FlagInput, help?: string): FlagSpec {
  const spec: InputSpec = INPUTS[key];
  const cli = spec.cli;
  if (!cli) throw new Error(`the CLI has no flag for the input '${spec.name}'`);
  const flag = cli.flag ?? spec.name;
  return {
    flag,
    ...(flag !== spec.name ? { alias: spec.name } : {}),
    arg: cli.arg,
    help: help ?? cli.help,
    input: spec.name as InputName,
    ...(cli.multiple ? { multiple: true } : {}),
  };
}

/** The flags that carry the action's inputs, shared by the commands that create a cluster. */
export const CLUSTER_FLAGS = {
  name: inputFlag('clusterName'),
  config: inputFlag('config'),
  level: inputFlag('policyLevel'),
  policyFile: inputFlag('policyFile'),
  preset: inputFlag('preset'),
  omitStages: inputFlag('omitStages'),
  omitManagedFields: inputFlag('omitManagedFields'),
  image: inputFlag('nodeImage'),
  controlPlanes: inputFlag('controlPlanes'),
  workers: inputFlag('workers'),
  wait: inputFlag('wait'),
  verifyTimeout: inputFlag('verifyTimeout'),
  kindVersion: inputFlag('kindVersion'),
  kindMirror: inputFlag('kindMirror'),
  deleteCluster: inputFlag('deleteCluster'),
  exportLogs: inputFlag('exportLogs'),
} satisfies Record<string, FlagSpec>;

/** Where a command keeps its files; per user by default. */
export const DIR_FLAG: FlagSpec = {
  flag: 'dir',
  arg: 'DIR',
  help: "this cluster's files and state (default: a private per-user folder, see 'kind-audit --help')",
};

/** `redact: false` in the CLI's words: commands that write audit files redact by default. */
export const NO_REDACT_FLAG: FlagSpec = {
  flag: 'no-redact',
  help: 'keep secret values: the files written may then hold Secret data and tokens',
};

/** `--json`, for the commands that print a result a program may read (docs/cli.md gives each shape). */
export const JSON_FLAG: FlagSpec = {
  flag: 'json',
  help: 'print the result as JSON (its shape: docs/cli.md)',
};

/** Every command takes these. */
export const COMMON_FLAGS: readonly FlagSpec[] = [
  { flag: 'verbose', help: 'print each command line run' },
  { flag: 'help', short: 'h', help: 'print this help' },
];

export type FlagValues = Record<string, string | boolean | undefined>;

/** A string flag's value; '' when it was not given (the same "unset" as an empty input). */
export function text(values: FlagValues, flag: FlagSpec | string): string {
  const value = values[typeof flag === 'string' ? flag : flag.flag];
  return typeof value === 'string' ? value : '';
}

/**
 * Parses a command's arguments against its own flags only: a flag that belongs to another command
 * is an error naming the command that owns it. An alias given with its flag is an error too.
 */
export function parseFlags(
  command: string,
  flags: readonly FlagSpec[],
  argv: string[],
  owners: (flag: string) => string[],
): { values: FlagValues; positionals: string[] } {
  const options: Record<
    string,
    { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
  > = {};
  for (const spec of flags) {
    const type = spec.arg ? 'string' : 'boolean';
    const many = spec.multiple ? { multiple: true } : {};
    options[spec.flag] = { type, ...many, ...(spec.short ? { short: spec.short } : {}) };
    if (spec.alias) options[spec.alias] = { type, ...many };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw usageFrom(command, flags, error, owners);
  }
  const values: FlagValues = {};
  for (const [key, value] of Object.entries(parsed.values))
    values[key] = Array.isArray(value) ? value.join('\n') : value;
  for (const spec of flags) {
    if (!spec.alias || values[spec.alias] === undefined) continue;
    if (values[spec.flag] !== undefined)
      throw new UsageError(
        `give --${spec.flag} or --${spec.alias}, not both: they are the same option`,
      );
    values[spec.flag] = values[spec.alias];
  }
  return { values, positionals: parsed.positionals };
}

function usageFrom(
  command: string,
  flags: readonly FlagSpec[],
  error: unknown,
  owners: (flag: string) => string[],
): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /^Unknown option '(-{1,2})([^']+)'/.exec(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const [, dashes = '--', name = ''] = unknown;
    const elsewhere = owners(name).filter((c) => c !== command);
    return new UsageError(
      `${dashes}${name} is not an option of '${command}'` +
        (elsewhere.length > 0 ? ` (it belongs to '${elsewhere.join("', '")}')` : '') +
        `; its options are ${flags.map((f) => `--${f.flag}`).join(', ')}`,
    );
  }
  return new UsageError(message.split('. To specify')[0] ?? message);
}

/**
 * The engine reads flags through the action's input rules, so a bad value gets the same checks;
 * the returned source answers each input from the flag that carries it, '' when it was not given.
 */
export function inputsFrom(values: FlagValues, flags: readonly FlagSpec[]): InputSource {
  return (input) => {
    const spec = flags.find((f) => f.input === input);
    return spec ? text(values, spec) : '';
  };
}

/** How a command's errors name inputs: by the flag the user typed. */
export function flagWording(flags: readonly FlagSpec[]): Wording {
  return {
    one: 'Option',
    many: 'Options',
    name: (input) => {
      const spec = flags.find((f) => f.input === input);
      return spec ? `--${spec.flag}` : `'${input}'`;
    },
  };
}

/** Help lines for flags: `  --name N          cluster name (default kind)`. */
export function flagHelp(flags: readonly FlagSpec[]): string {
  const rows = flags.map((f) => {
    const head = `${f.short ? `-${f.short}, ` : ''}--${f.flag}${f.arg ? ` ${f.arg}` : ''}`;
    const fallback = f.input ? INPUT_DEFAULTS[f.input] : '';
    const also = f.alias ? ` (also --${f.alias})` : '';
    return [head, `${f.help}${fallback ? ` (default ${fallback})` : ''}${also}`] as const;
  });
  const width = Math.max(...rows.map(([head]) => head.length)) + 2;
  return rows.map(([head, help]) => `  ${head.padEnd(width)}${help}`).join('\n');
}
