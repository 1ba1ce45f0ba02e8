import type { AuditEvent } from '../logs/event.js';
import { parseLine, type ParsedLine } from '../logs/parse-event.js';
import type { InsightPass } from './insight-pass.js';

/** The summary's side of the pass: it takes a line already parsed. */
export interface ParsedLineSink {
  addParsed(parsed: ParsedLine, node: string): void;
}

/**
 * The handler of each merged line of the one pass (`passOverNodes`' `onEvent`): the event the
 * reader parsed goes to the summary and to the insights; a line handed on without one is parsed
 * here, once. `parse` is {@link parseLine}; a test hands in a counting one.
 */
export function fanOut(
  summary: ParsedLineSink,
  insights: InsightPass,
  parse: (line: Buffer) => ParsedLine = parseLine,
): (line: Buffer, node: string, event?: AuditEvent) => void {
  return (line, node, event) => {
    const parsed: ParsedLine = event ? { kind: 'event', event } : parse(line);
    summary.addParsed(parsed, node);
    if (parsed.kind === 'event') insights.addEvent(parsed.event);
  };
}
