import type { AuditEvent } from './event.js';
import { isEvent } from './request.js';

/** What one line of a log is: blank, not an event (skipped), or an event. */
export type ParsedLine =
  { kind: 'blank' } | { kind: 'skipped' } | { kind: 'event'; event: AuditEvent };

const BLANK: ParsedLine = { kind: 'blank' };
const SKIPPED: ParsedLine = { kind: 'skipped' };
const OPEN_BRACE = 0x7b;

/**
 * One line of a log, parsed. A line that starts with `{` (every event) cannot be blank, so it goes
 * straight to `JSON.parse` without the `trim` the rest needs; the answer is the same either way.
 * (Measured: skipping request and response bodies with a JavaScript scanner that checks them is
 * slower per byte than V8's `JSON.parse` of them, and skipping them unchecked would count a line
 * with a damaged body that the plain parse rejects, so every line is parsed whole.)
 */
export function parseLine(line: Buffer | string): ParsedLine {
  const text = typeof line === 'string' ? line : line.toString('utf8');
  const first = typeof line === 'string' ? line.charCodeAt(0) : line[0];
  if (first !== OPEN_BRACE && text.trim() === '') return BLANK;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return SKIPPED;
  }
  return isEvent(value) ? { kind: 'event', event: value } : SKIPPED;
}
