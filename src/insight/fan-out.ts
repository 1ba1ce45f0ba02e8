import type { Request } from '../logs/events/index.js';
import type { PassListener } from '../logs/pass/index.js';
import type { InsightPass } from './insight-pass.js';

/** The summary's side of the pass. */
export interface RequestSink {
  /** The request of a line parsed once for every consumer. */
  addRequest(request: Request, node: string): void;
  /** An early stage of a request whose final stage follows: an event, unparsed. */
  addSettledStage(): void;
  /** Hands on each request the summary counts, once, at its last stage. */
  forEachRequest(listener: (request: Request) => void): void;
}

/**
 * The handler of each merged line of the one pass (`passOverNodes`' `onEvent`): the event the
 * pass parsed goes to the summary, which counts each request once, at its last stage, and hands
 * that request to the insights: one place decides what a request is for both. An early stage
 * whose request's final stage follows is only counted, as that final stage tells the request.
 * The summary's `result()` hands on the requests still waiting: call it before the insights'
 * `finish()`.
 */
export function fanOut(summary: RequestSink, insights: InsightPass): PassListener {
  summary.forEachRequest((request) => insights.addRequest(request));
  return (_line, node, request) => {
    if (!request) summary.addSettledStage();
    else summary.addRequest(request, node);
  };
}
