import { parseLine, type ParsedLine } from '../logs/parse-event.js';
import type { InsightPass } from './insight-pass.js';

/** The summary's side of the pass: it takes a line already parsed. */
export interface ParsedLineSink {
  addParsed(parsed: ParsedLine, node: string): void;
}

/**
 * The handler of each merged line of the one pass (`passOverNodes`' `onEvent`): the line is parsed
 * once, and the parse goes to the summary and, when it is an event, to the insights. `parse` is
 * {@link parseLine}; a test hands in a counting one.
 */
export function fanOut(
  summary: ParsedLineSink,
  insights: InsightPass,
  parse: (line: Buffer) => ParsedLine = parseLine,
): (line: Buffer, node: string) => void {
  return (line, node) => {
    const parsed = parse(line);
    summary.addParsed(parsed, node);
    if (parsed.kind === 'event') insights.addEvent(parsed.event);
  };
}
