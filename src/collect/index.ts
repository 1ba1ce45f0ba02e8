/**
 * Collection: the audit files copied out of each control-plane node after the run, from the
 * runner's folder the node writes into, or from the node itself (`docker cp`, a tar stream read
 * with a cap), and the report of what each node gave. The one module others import.
 */
export { collectNodeAuditFiles } from './from-node.js';
export type { CollectReport, NodeReport } from './report.js';
export { collectFromRunnerFolder, prepareLogFolders } from './runner-folder.js';
export { quoted } from './select.js';
