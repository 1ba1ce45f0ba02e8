/**
 * The summary: the tables of `summary.json` and the job summary, counted from the events of a pass
 * or of log files (on worker threads for large ones). The one module others import.
 */
export { summarizeFiles } from './files.js';
export type { NodeSummary, RequestRow, Summary, Timeline } from './shape.js';
export { Summarizer } from './summarizer.js';
export { serveSummaryThread } from './threads.js';
