/** Flags as parsed by `node:util` parseArgs; every command reads the ones it knows. */
export type Flags = Record<string, string | boolean | undefined>;

/** A string flag's value, or '' when it was not given (the same "unset" as an empty input). */
export function flag(flags: Flags, name: string): string {
  const value = flags[name];
  return typeof value === 'string' ? value : '';
}
