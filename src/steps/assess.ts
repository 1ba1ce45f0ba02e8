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
 * is lost; everything else is a warning, because post must never turn a green job red for a log
 * that was never promised. A cluster deleted as a whole before post stays a warning while logs live
 * only in the nodes: deleting it is something users' workflows do on purpose.
 */
export function assessCollection(state: RunState, report: CollectReport): Assessment {
  const errors: string[] = [];
  const warnings: string[] = [];
  const verified = (node: string) => state.verifiedNodes.includes(node);
  if (!report.clusterFound) {
    warnings.push(
      state.controlPlaneNodes.length === 0
        ? `Cluster "${state.clusterName}" does not exist: \`kind create cluster\` did not finish, and kind removes the nodes of a failed create, so there are no audit logs.`
        : `Cluster "${state.clusterName}" was deleted before the post step, so its audit logs are gone. ` +
            'Leave the cluster to kind-audit, or copy the logs first (kind-audit collect).',
    );
    return { errors, warnings };
  }
  for (const node of report.nodes) {
    if (node.problem) {
      (verified(node.node) ? errors : warnings).push(
        `Could not copy the audit logs of ${node.node}: ${node.problem}`,
      );
    } else if (node.files.length === 0) {
      const message = `No audit log was found in ${node.node} at ${state.auditLogPath}`;
      if (verified(node.node))
        errors.push(`${message}, although main had verified it: something removed it.`);
      else warnings.push(`${message}.`);
    }
  }
  for (const expected of state.controlPlaneNodes) {
    if (report.nodes.some((n) => n.node === expected)) continue;
    if (verified(expected))
      errors.push(
        `Node ${expected} is gone while the rest of cluster "${state.clusterName}" is still there: the audit log main had verified in it is lost.`,
      );
    else warnings.push(`Node ${expected} no longer exists; its audit logs are gone.`);
  }
  return { errors, warnings };
}
