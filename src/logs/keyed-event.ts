import type { AuditEvent } from './event.js';
import type { KeyedLine } from './merge.js';
import { parseLine } from './parse-event.js';

/**
 * A line keyed for the merge by the one `JSON.parse` the pass makes of it: its order key and the
 * event itself (for the summary and the insights, which then parse nothing), or neither for a line
 * that is not an event. The event is kept without its request and response bodies: no consumer
 * reads them, and the merge holds up to its window of events per node in memory.
 */
export function keyedEvent(line: Buffer): KeyedLine {
  const parsed = parseLine(line);
  if (parsed.kind !== 'event') return { line, key: undefined };
  // A shallow copy without the two bodies (`delete` would turn the object slow for V8).
  const event: AuditEvent = { ...parsed.event };
  event.requestObject = undefined;
  event.responseObject = undefined;
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
