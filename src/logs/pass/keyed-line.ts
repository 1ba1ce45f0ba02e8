import type { AuditEvent } from '../events/index.js';
import type { EventCounts } from './count.js';
import { isEvent, parseLine } from '../events/index.js';
import { peekEarlyStage } from '../events/index.js';

/** What the merge orders events by. */
export interface OrderKey {
  /** `stageTimestamp`, else `timestamp` (v1beta1), as written; '' when there is neither. */
  time: string;
  /** '' when absent. */
  auditID: string;
  stage: string;
}

/** A line read once, with its order key: `undefined` for a line that is not an event. */
export interface KeyedLine {
  line: Buffer;
  key: OrderKey | undefined;
  /** The event, when the reader parsed it: handed on with the merged line. */
  event?: AuditEvent;
  /** Keyed without a parse (an early stage, see `keyedLine`): not yet known to be JSON. */
  unchecked?: boolean;
  /** The counts of the file an unchecked line came from: corrected if it turns out not JSON. */
  counts?: EventCounts;
}

/**
 * A line keyed for the merge by the one `JSON.parse` the pass makes of it: its order key and the
 * event itself (for the summary and the insights, which then parse nothing), or neither for a line
 * that is not an event. The event is kept without its request and response bodies: no consumer
 * reads them, and the merge holds up to its window of events per node in memory.
 */
export function keyedEvent(line: Buffer, parsed?: object): KeyedLine {
  const event = parsed === undefined ? eventOf(line) : eventOfParsed(parsed);
  if (!event) return { line, key: undefined };
  const text = (x: unknown) => (typeof x === 'string' ? x : undefined);
  return {
    line,
    key: {
      time: text(event.stageTimestamp) ?? text(event.timestamp) ?? '',
      auditID: text(event.auditID) ?? '',
      stage: event.stage as string,
    },
    event,
  };
}

/** The event a line holds, without its bodies; `undefined` for a line that is no event. */
export function eventOf(line: Buffer): AuditEvent | undefined {
  const parsed = parseLine(line);
  return parsed.kind === 'event' ? withoutBodies(parsed.event) : undefined;
}

/**
 * The event of a value the caller parsed from a line and hands over (redaction's parse, see
 * `RedactedLine.parsed`): what {@link eventOf} of that line gives, without a second parse.
 */
function eventOfParsed(value: object): AuditEvent | undefined {
  return isEvent(value) ? withoutBodies(value) : undefined;
}

function withoutBodies(event: AuditEvent): AuditEvent {
  // The parse is the caller's own: its bodies are let go in place (set, not deleted, which
  // would turn the object slow for V8).
  if (event.requestObject !== undefined) event.requestObject = undefined;
  if (event.responseObject !== undefined) event.responseObject = undefined;
  return event;
}

/**
 * A line keyed for the merge as cheaply as it can be: an early stage in kube-apiserver's layout
 * by its front and tail alone (src/logs/events/stage-peek.ts), unparsed and marked `unchecked`; any other line by
 * {@link keyedEvent}. About half the lines of a log are early stages, and their requests' final
 * stages say all the summary and the insights need. `parsed`: the object the line holds, when
 * redaction already parsed it (a line with a word such as "secrets" in it): not parsed again.
 */
export function keyedLine(line: Buffer, parsed?: object): KeyedLine {
  const key = peekEarlyStage(line);
  return key ? { line, key, unchecked: true } : keyedEvent(line, parsed);
}
