import type { Annotation, Logger } from '../messages/logger.js';
import { paintFor, type Paint } from './colour.js';
import { StatusLine } from './progress.js';

/** `file:line: ` (or `title: `) before a message, as compilers print it. */
function prefix(
  kind: string,
  where: Annotation | undefined,
  paint: (text: string) => string,
): string {
  const at = where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
  return `${at}${paint(kind)}${where?.title ? ` (${where.title})` : ''}: `;
}

/**
 * The CLI's logger: messages on stderr, so stdout stays for what a command prints as its result;
 * `warning` and `error` coloured when stderr is a terminal that takes colour, and printed above a
 * progress line when one is drawn.
 */
export function terminalLogger(
  verbose: boolean,
  status: StatusLine = new StatusLine(process.stderr),
  paint: Paint = paintFor(process.stderr),
): Logger {
  const write = (text: string) => status.print(`${text}\n`);
  // A check's verdict line starts with its mark (verify/result.ts): the mark takes the colour.
  const marked = (text: string) =>
    text.startsWith('✓ ')
      ? `${paint.ok('✓')}${text.slice(1)}`
      : text.startsWith('✗ ')
        ? `${paint.bad('✗')}${text.slice(1)}`
        : text;
  return {
    debug: (message) => {
      if (verbose) write(`debug: ${message}`);
    },
    info: (message) => write(marked(message)),
    notice: (message, where) => write(prefix('notice', where, (t) => t) + message),
    warning: (message, where) => write(prefix('warning', where, paint.warn) + message),
    error: (message, where) => write(prefix('error', where, paint.bad) + message),
    group: async (name, fn) => {
      write(`== ${name}`);
      return fn();
    },
  };
}
