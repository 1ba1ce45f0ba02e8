import type { Runner } from '../process/exec.js';
import { listNodes } from '../kind/nodes.js';
import type { Logger } from '../messages/logger.js';
import { collectDiagnostics } from '../verify/index.js';

/**
 * Shows, for each control plane, what the guide's troubleshooting section has a person look at:
 * the policy mount, the manifest's audit lines, the audit folder and the API server's own log.
 */
export async function explainNodes(
  run: Runner,
  log: Logger,
  nodes: readonly string[],
): Promise<void> {
  for (const node of nodes) {
    await log.group(`Why the cluster did not start: ${node}`, async () => {
      log.info(await collectDiagnostics(run, node));
    });
  }
}

/** Thrown when `kind create cluster` failed; says where the diagnostics are and what post does. */
export class CreateFailedError extends Error {
  constructor(
    readonly clusterName: string,
    readonly nodes: readonly string[],
    cause: unknown,
  ) {
    const kindSaid = cause instanceof Error ? cause.message : String(cause);
    super(
      `${kindSaid}\n` +
        (nodes.length > 0
          ? `The nodes were kept (--retain): the diagnostics of ${nodes.join(', ')} are shown above. ` +
            "Their audit files and the API server's log are collected next, then the cluster is " +
            "deleted unless 'delete-cluster' keeps it."
          : 'kind left no control-plane node to diagnose.'),
      { cause },
    );
    this.name = 'CreateFailedError';
  }
}

/**
 * After `kind create cluster --retain` failed: finds the control planes kind left, shows their
 * diagnostics, and returns the error to throw. Never throws itself: the create's failure is the
 * story, and a node that cannot be asked must not replace it.
 */
export async function explainFailedCreate(
  run: Runner,
  log: Logger,
  clusterName: string,
  cause: unknown,
): Promise<CreateFailedError> {
  let nodes: string[] = [];
  try {
    nodes = (await listNodes(run, clusterName, 'control-plane')).map((n) => n.name);
    await explainNodes(run, log, nodes);
  } catch (error) {
    log.warning(
      `Could not diagnose the nodes: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return new CreateFailedError(clusterName, nodes, cause);
}
