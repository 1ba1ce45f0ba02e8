import type { CollectedFile } from './from-node.js';
import type { EventCounts } from '../logs/pass/index.js';

/** What was copied out of one control-plane node. */
export interface NodeReport {
  node: string;
  /** The node's container now: running, stopped, or gone (deleted before post). */
  container: 'running' | 'stopped' | 'gone';
  /** Where the files came from: the runner folder mounted as its log folder, or the node itself. */
  source: 'runner' | 'node';
  files: (CollectedFile & EventCounts)[];
  /** Why nothing could be copied from this node, when that happened. */
  problem?: string;
}

export interface CollectReport {
  nodes: NodeReport[];
  /** The folder that becomes the artifact: a folder per node, plus the policy and kind config. */
  outDir: string;
  /** Every file under outDir, for the upload. */
  files: string[];
}
