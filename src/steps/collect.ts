import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Runner, StreamRunner } from '../exec.js';
import type { Logger } from '../logger.js';
import type { CollectReport, NodeReport } from '../logs/collection.js';
import { collectNodeAuditFiles } from '../logs/collect.js';
import { countEvents } from '../logs/count.js';
import { listNodes } from '../kind/nodes.js';
import { FILE_NAMES } from '../layout.js';
import { makeDirs, writeFileNoFollow } from '../safe-fs.js';
import type { RunState } from '../state.js';

export type { CollectReport, NodeReport } from '../logs/collection.js';

/** Copies the policy and the kind config next to the logs, when main got as far as writing them. */
async function copyInputs(state: RunState, outDir: string): Promise<string[]> {
  const copied: string[] = [];
  for (const [source, name] of [
    [state.policyPath, FILE_NAMES.policy],
    [state.kindConfigPath, FILE_NAMES.kindConfig],
  ] as const) {
    const target = path.join(outDir, name);
    let text: string;
    try {
      text = await readFile(source, 'utf8');
    } catch {
      // Main failed before writing it: there is nothing to keep.
      continue;
    }
    await writeFileNoFollow(target, text);
    copied.push(target);
  }
  return copied;
}

async function collectNode(
  stream: StreamRunner,
  log: Logger,
  state: RunState,
  node: { name: string; running: boolean },
  outDir: string,
): Promise<NodeReport> {
  try {
    const { files, warnings } = await collectNodeAuditFiles(
      stream,
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
  stream: StreamRunner,
  log: Logger,
  state: RunState,
  outDir: string,
): Promise<CollectReport> {
  await makeDirs(outDir);
  const inputs = await copyInputs(state, outDir);
  const containers = await listNodes(run, state.clusterName);
  const controlPlanes = containers.filter((c) => c.role === 'control-plane');
  const nodes: NodeReport[] = [];
  for (const container of controlPlanes) {
    log.debug(`collecting ${state.auditLogPath} and rotated files from ${container.name}`);
    nodes.push(await collectNode(stream, log, state, container, outDir));
  }
  const files = [...inputs, ...nodes.flatMap((n) => n.files.map((f) => f.path))];
  return { clusterFound: containers.length > 0, nodes, outDir, files };
}
