/**
 * The pass: each node's files read once, counted, keyed by time, redacted, copied raw, merged by
 * time into one stream and handed to the listeners (the summary, the insights). The one module
 * others import.
 */
export { notCounted, type EventCounts } from './count.js';
export { mergeFiles } from './merge-files.js';
export { DEFAULT_WINDOW } from './merge.js';
export { passOverNodes, type PassListener, type PassNode, type PassResult } from './one-pass.js';
export type { MergeStats } from './reorder-window.js';
export { servePassThread } from './pass-threads.js';
