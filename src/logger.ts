/**
 * How steps talk to a person. The action backs it with `@actions/core`, the CLI with the terminal,
 * so the same step code runs with or without a runner.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, title?: string): void;
  warning(message: string, title?: string): void;
  error(message: string, title?: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}
