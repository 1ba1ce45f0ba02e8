/** Where an annotation points: a title, and a file and line when the problem is in a file. */
export interface Annotation {
  title?: string;
  file?: string;
  line?: number;
}

/**
 * How steps talk to a person. The action backs it with `@actions/core`, the CLI with the terminal,
 * so the same step code runs with or without a runner.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, where?: Annotation): void;
  warning(message: string, where?: Annotation): void;
  error(message: string, where?: Annotation): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}
