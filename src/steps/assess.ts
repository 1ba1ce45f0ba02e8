import type { RunState } from '../state.js';
import type { CollectReport } from './collect.js';

export interface Assessment {
  /** Worth failing the job for (DESIGN.md, "When post fails the job"). */
  errors: string[];
  /** Worth a person's attention, never a failed job. */
  warnings: string[];
}

/**
 * Decides what a collection's gaps mean. Post fails the job only when a log that main proved live
 * is lost — its bytes are neither in the runner folder nor in the node; everything else is a
 * warning, because post must never turn a green job red for a log that was never promised. A
 * deleted cluster is no loss while its logs are on the runner.
 */
export function assessCollection(state: RunState, report: CollectReport): Assessment {
  const errors: string[] = [];
  const warnings: string[] = [];
  const verified = (node: string) => state.verifiedNodes.includes(node);
  if (state.controlPlaneNodes.length === 0) {
    // Main never saw a node: the create failed, and kind removed its nodes. Their runner folders
    // keep whatever the API servers wrote, and were collected; empty logs are no surprise here.
    warnings.push(
      `Cluster "${state.clusterName}" does not exist: \`kind create cluster\` did not finish, and kind removes the nodes of a failed create. ` +
        'What their API servers wrote before that is kept from the runner folders.',
    );
    return { errors, warnings };
  }
  for (const node of report.nodes) {
    const lost = (message: string) => (verified(node.node) ? errors : warnings).push(message);
    const events = node.files.reduce((sum, f) => sum + f.events, 0);
    if (node.problem) {
      lost(`Could not copy the audit logs of ${node.node}: ${node.problem}`);
    } else if (node.files.length === 0) {
      const message = `No audit log was found in ${node.node} at ${state.auditLogPath}`;
      lost(
        verified(node.node)
          ? `${message}, although main had verified it: something removed it.`
          : `${message}.`,
      );
    } else if (events === 0) {
      const message = `The audit log of ${node.node} holds no event`;
      lost(
        verified(node.node)
          ? `${message}, although main had verified it: something emptied it.`
          : `${message}.`,
      );
    }
  }
  return { errors, warnings };
}
