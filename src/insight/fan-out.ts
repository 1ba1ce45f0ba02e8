import type { ParsedLine } from '../logs/events/index.js';
import type { PassListener } from '../logs/pass/index.js';
import type { InsightPass } from './insight-pass.js';

/** The summary's side of the pass. */
export interface ParsedLineSink {
  /** A line parsed once for every consumer. */
  addParsed(parsed: ParsedLine, node: string): void;
  /** An early stage of a request whose final stage follows: an event, unparsed. */
  addSettledStage(): void;
}

/**
 * The handler of each merged line of the one pass (`passOverNodes`' `onEvent`): the event the
 * pass parsed goes to the summary and to the insights; an early stage whose request's final stage
 * follows is only counted, as that final stage tells the request to both.
 */
export function fanOut(summary: ParsedLineSink, insights: InsightPass): PassListener {
  return (_line, node, event) => {
    if (!event) {
      summary.addSettledStage();
      return;
    }
    summary.addParsed({ kind: 'event', event }, node);
    insights.addEvent(event);
  };
}
