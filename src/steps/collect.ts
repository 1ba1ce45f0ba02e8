import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { listNodes } from '../docker.js';
import { debugStreamRunner, streamCommand, type Runner } from '../exec.js';
import type { Logger } from '../logger.js';
import { collectNodeAuditFiles, type CollectedFile } from '../logs/collect.js';
import { countEvents, type EventCounts } from '../logs/count.js';
import { FILE_NAMES } from '../names.js';
import type { RunState } from '../state.js';

export interface NodeReport {
  node: string;
  running: boolean;
  files: (CollectedFile & EventCounts)[];
  /** Why nothing could be copied from this node, when that happened. */
  problem?: string;
}

export interface CollectReport {
  /** False when no container of the cluster exists any more (deleted before post). */
  clusterFound: boolean;
  nodes: NodeReport[];
  /** The folder that becomes the artifact: a folder per node, plus the policy and kind config. */
  outDir: string;
  /** Every file under outDir, for the upload. */
  files: string[];
}

/** Copies the policy and the kind config next to the logs, when main got as far as writing them. */
async function copyInputs(state: RunState, outDir: string): Promise<string[]> {
  const copied: string[] = [];
  for (const [source, name] of [
    [state.policyPath, FILE_NAMES.policy],
    [state.kindConfigPath, FILE_NAMES.kindConfig],
  ] as const) {
    const target = path.join(outDir, name);
    try {
      await copyFile(source, target);
      copied.push(target);
    } catch {
      // Main failed before writing it: there is nothing to keep.
    }
  }
  return copied;
}

async function collectNode(
  log: Logger,
  state: RunState,
  node: { name: string; running: boolean },
  outDir: string,
): Promise<NodeReport> {
  try {
    const { files, warnings } = await collectNodeAuditFiles(
      debugStreamRunner(streamCommand, log),
      node.name,
      state.auditLogPath,
      path.join(outDir, node.name),
    );
    warnings.forEach((w) => log.warning(w, { title: 'kind-audit' }));
    const counted = await Promise.all(
      files.map(async (f) => ({ ...f, ...(await countEvents(f.path)) })),
    );
    return { node: node.name, running: node.running, files: counted };
  } catch (error) {
    return {
      node: node.name,
      running: node.running,
      files: [],
      problem: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * Copies every audit file out of every control-plane node, running or stopped, into `outDir`.
 * Never throws for a node: a node's failure is in its report, so the other nodes' logs survive.
 */
export async function collectLogs(
  run: Runner,
  log: Logger,
  state: RunState,
  outDir: string,
): Promise<CollectReport> {
  await mkdir(outDir, { recursive: true });
  const inputs = await copyInputs(state, outDir);
  const containers = await listNodes(run, state.clusterName, 'control-plane');
  const nodes: NodeReport[] = [];
  for (const container of containers) {
    log.debug(`collecting ${state.auditLogPath} and rotated files from ${container.name}`);
    nodes.push(await collectNode(log, state, container, outDir));
  }
  const files = [...inputs, ...nodes.flatMap((n) => n.files.map((f) => f.path))];
  return { clusterFound: containers.length > 0, nodes, outDir, files };
}
