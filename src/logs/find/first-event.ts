import { parseLine } from '../events/index.js';
import { readLines } from '../lines/index.js';

/** How far {@link scanForEvent} read. */
export interface EventScan {
  /** Whether an audit event was found. */
  found: boolean;
  /** Non-empty lines read before it (all of them when none was found). */
  lines: number;
}

/**
 * Reads `files` only as far as their first audit event: what a command that writes files checks
 * before it writes anything, so that logs holding no event fail before an empty output exists.
 * The first line of a log is nearly always an event, so this costs one chunk per command; a file
 * with none is read to its end. Damage that does not stop a read is left to the real read to say.
 */
export async function scanForEvent(files: readonly string[]): Promise<EventScan> {
  let lines = 0;
  for await (const line of readLines(files)) {
    if (parseLine(line).kind === 'event') return { found: true, lines };
    lines++;
  }
  return { found: false, lines };
}
