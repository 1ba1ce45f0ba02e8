import type { ByteSink } from '../lines/index.js';
import { passOverNodes, type PassOptions, type PassResult } from './one-pass.js';

/** One control-plane node's audit files, in write order (rotated oldest first, current last). */
export interface NodeFiles {
  node: string;
  files: string[];
}

/**
 * Writes every node's events, merged by time, to `outFile` exactly as post writes the artifact's
 * `audit.jsonl`: post's one pass (one-pass.ts) with nobody listening. One event a line, each
 * line's bytes as the node wrote them unless redacted; lines that are not events are left out and
 * counted. `outFile` is replaced, never written through a link; a sink (standard output) is
 * written as it is.
 */
export function mergeFiles(
  nodes: readonly NodeFiles[],
  outFile: string | ByteSink,
  options: PassOptions,
): Promise<PassResult> {
  return passOverNodes(nodes, outFile, () => {}, options);
}
