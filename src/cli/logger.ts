import type { Annotation, Logger } from '../logger.js';

/** `file:line: ` (or `title: `) before a message, as compilers print it. */
function prefix(kind: string, where: Annotation | undefined): string {
  const at = where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
  return `${at}${kind}${where?.title ? ` (${where.title})` : ''}: `;
}

/** The CLI's logger: progress on stderr, so stdout stays for what a command prints as its result. */
export function terminalLogger(verbose: boolean): Logger {
  const write = (text: string) => process.stderr.write(`${text}\n`);
  return {
    debug: (message) => {
      if (verbose) write(`debug: ${message}`);
    },
    info: write,
    notice: (message, where) => write(prefix('notice', where) + message),
    warning: (message, where) => write(prefix('warning', where) + message),
    error: (message, where) => write(prefix('error', where) + message),
    group: async (name, fn) => {
      write(`== ${name}`);
      return fn();
    },
  };
}
