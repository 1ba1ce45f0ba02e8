import type { CollectedFile } from './collect.js';
import type { EventCounts } from './count.js';

/** What was copied out of one control-plane node. */
export interface NodeReport {
  node: string;
  running: boolean;
  files: (CollectedFile & EventCounts)[];
  /** Why nothing could be copied from this node, when that happened. */
  problem?: string;
}

export interface CollectReport {
  /** False when no container of the cluster, of any role, exists any more (deleted before post). */
  clusterFound: boolean;
  nodes: NodeReport[];
  /** The folder that becomes the artifact: a folder per node, plus the policy and kind config. */
  outDir: string;
  /** Every file under outDir, for the upload. */
  files: string[];
}
