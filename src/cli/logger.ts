import type { Logger } from '../logger.js';

/** The CLI's logger: progress on stderr, so stdout stays for what a command prints as its result. */
export function terminalLogger(verbose: boolean): Logger {
  const write = (text: string) => process.stderr.write(`${text}\n`);
  return {
    debug: (message) => {
      if (verbose) write(`debug: ${message}`);
    },
    info: write,
    notice: (message, title) => write(`notice${title ? ` (${title})` : ''}: ${message}`),
    warning: (message, title) => write(`warning${title ? ` (${title})` : ''}: ${message}`),
    error: (message, title) => write(`error${title ? ` (${title})` : ''}: ${message}`),
    group: async (name, fn) => {
      write(`== ${name}`);
      return fn();
    },
  };
}
