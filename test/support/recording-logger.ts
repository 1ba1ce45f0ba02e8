import type { Annotation, Logger } from '../../src/messages/logger.js';

type Entry = [level: 'info' | 'notice' | 'warning' | 'error', message: string, where?: Annotation];

/** A logger that keeps every line, as a user would read it in the step's log. */
export function recordingLogger(): Logger & { lines: Entry[] } {
  const lines: Entry[] = [];
  return {
    lines,
    debug: () => undefined,
    info: (message) => lines.push(['info', message]),
    notice: (message, where) => lines.push(['notice', message, where]),
    warning: (message, where) => lines.push(['warning', message, where]),
    error: (message, where) => lines.push(['error', message, where]),
    group: (_name, fn) => fn(),
  };
}
