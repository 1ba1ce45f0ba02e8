import type { EventCounts } from './count.js';
import { isEvent, parseLine, requestOf, type AuditEvent, type Request } from '../events/index.js';
import { peekEarlyStage, type EarlyStageKey } from '../events/index.js';

/** What the merge orders events by. */
export interface OrderKey {
  /** `stageTimestamp`, else `timestamp` (v1beta1), as written; '' when there is neither. */
  time: string;
  /** '' when absent. */
  auditID: string;
  stage: string;
}

/** A request not made yet: a pass thread's encoding of it (`EncodedRequest`, key-codec.ts). */
export interface UnmadeRequest {
  /** The request. */
  decode(): Request;
}

/** A line read once, with its order key: `undefined` for a line that is not an event. */
export interface KeyedLine {
  line: Buffer;
  key: OrderKey | undefined;
  /**
   * The request the event tells (src/logs/events/request.ts), when the reader parsed the line:
   * handed on with the merged line. Small plain data: a pass thread sends it packed, and it is
   * made when the merge hands its line on (`EncodedRequest`, key-codec.ts).
   */
  request?: Request | UnmadeRequest;
  /** Keyed without a parse (an early stage, see `keyedLine`): not yet known to be JSON. */
  unchecked?: boolean;
  /** The counts of the file an unchecked line came from: corrected if it turns out not JSON. */
  counts?: EventCounts;
}

/** A line keyed here, on the thread that parsed it: its request is made. */
export type MadeKeyedLine = KeyedLine & { request?: Request };

/**
 * A line keyed for the merge by the one `JSON.parse` the pass makes of it: its order key and the
 * request it tells (for the summary and the insights, which then parse nothing), or neither for a
 * line that is not an event. Only the request is kept, not the event: the merge holds up to its
 * window of lines per node, and the parsed event (bodies and all) is let go at once.
 */
export function keyedEvent(line: Buffer, parsed?: object): MadeKeyedLine {
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
    request: requestOf(event),
  };
}

/** The event a line holds; `undefined` for a line that is no event. */
function eventOf(line: Buffer): AuditEvent | undefined {
  const parsed = parseLine(line);
  return parsed.kind === 'event' ? parsed.event : undefined;
}

/** The request a line's event tells; `undefined` for a line that is no event. */
export function requestOfLine(line: Buffer): Request | undefined {
  const event = eventOf(line);
  return event ? requestOf(event) : undefined;
}

/**
 * The event of a value the caller parsed from a line and hands over (redaction's parse, see
 * `RedactedLine.parsed`): what {@link eventOf} of that line gives, without a second parse.
 */
function eventOfParsed(value: object): AuditEvent | undefined {
  return isEvent(value) ? value : undefined;
}

/**
 * A line keyed for the merge as cheaply as it can be: an early stage in kube-apiserver's layout
 * by its front and tail alone (src/logs/events/stage-peek.ts), unparsed and marked `unchecked`; any other line by
 * {@link keyedEvent}. About half the lines of a log are early stages, and their requests' final
 * stages say all the summary and the insights need. `parsed`: the object the line holds, when
 * redaction already parsed it (a line with a word such as "secrets" in it): not parsed again.
 */
export function keyedLine(line: Buffer, parsed?: object): MadeKeyedLine {
  const key = peekEarlyStage(line);
  return key ? { line, key, unchecked: true } : keyedEvent(line, parsed);
}

/**
 * {@link keyedLine} for the lines of a redactor (src/logs/redact/stream.ts) that is told which
 * lines the key parses (`parses`): the peek that answers it is kept for that line and used again
 * when the line is handed on, not made twice (a tenth of a pass thread's work on short lines).
 */
export class RedactedLineKeyer {
  #line: Buffer | undefined;
  #early: EarlyStageKey | undefined;

  /** `StreamRedactor`'s `parses`: whether {@link keyedLine} parses `line` (it is no early stage). */
  readonly parses = (line: Buffer): boolean => {
    this.#line = line;
    this.#early = peekEarlyStage(line);
    return this.#early === undefined;
  };

  /** {@link keyedLine} of a line the redactor hands on. */
  keyed(line: Buffer, parsed?: object): MadeKeyedLine {
    const early = line === this.#line ? this.#early : peekEarlyStage(line);
    this.#line = undefined;
    return early ? { line, key: early, unchecked: true } : keyedEvent(line, parsed);
  }
}
