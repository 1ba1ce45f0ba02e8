import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Runner, StreamRunner } from '../../process/exec.js';
import type { Logger } from '../../messages/logger.js';
import type { CollectReport, NodeReport } from '../../collect/index.js';
import { collectNodeAuditFiles } from '../../collect/index.js';
import { NODE_READ_CAP } from '../../logs/lines/index.js';
import { notCounted } from '../../logs/pass/index.js';
import { listNodes, type NodeContainer } from '../../kind/nodes.js';
import { collectFromRunnerFolder } from '../../collect/index.js';
import { makeDirs } from '../../files/safe-fs.js';
import type { RunState } from '../../state/run-state.js';

export type { CollectReport, NodeReport } from '../../collect/index.js';

/** The control-plane nodes to collect: those main knew, those that exist, those with a runner folder. */
async function nodesToCollect(
  state: RunState,
  containers: readonly NodeContainer[],
): Promise<string[]> {
  let folders: string[] = [];
  try {
    folders = (await readdir(state.logDir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    // No runner folder: main stopped before making it.
  }
  const names = new Set([
    ...state.controlPlaneNodes,
    ...containers.filter((c) => c.role === 'control-plane').map((c) => c.name),
    ...folders,
  ]);
  return [...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** True when the runner folder of the node exists (as a folder, not through a link). */
async function hasRunnerFolder(folder: string): Promise<boolean> {
  try {
    return (await lstat(folder)).isDirectory();
  } catch {
    return false;
  }
}

async function collectNode(
  stream: StreamRunner,
  log: Logger,
  state: RunState,
  node: string,
  container: NodeContainer | undefined,
  outDir: string,
): Promise<NodeReport> {
  const base = {
    node,
    container: container ? (container.running ? 'running' : 'stopped') : 'gone',
  } as const;
  const folder = path.join(state.logDir, node);
  const source = (await hasRunnerFolder(folder)) ? 'runner' : 'node';
  try {
    if (source === 'node' && !container)
      return { ...base, source, files: [], problem: 'the node and its runner folder are gone' };
    const destDir = path.join(outDir, node);
    const { files, warnings } =
      source === 'runner'
        ? await collectFromRunnerFolder(node, folder, state.auditLogPath, destDir, NODE_READ_CAP)
        : await collectNodeAuditFiles(stream, node, state.auditLogPath, destDir);
    warnings.forEach((w) => log.warning(w, { title: 'kind-audit' }));
    // Counted as the artifact is built: the one pass over the events reads each file once.
    return { ...base, source, files: files.map((f) => ({ ...f, ...notCounted() })) };
  } catch (error) {
    return {
      ...base,
      source,
      files: [],
      problem: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * Copies every audit file of every control-plane node into `outDir` (a folder on the runner that
 * is never uploaded as it is: the artifact is built from it): from the runner folder that
 * was the node's log folder when there is one (it outlasts the node), else from the node itself,
 * running or stopped. Never throws for a node: a node's failure is in its report, so the other
 * nodes' logs survive. When Docker cannot be asked, the runner folders are still read.
 */
export async function collectLogs(
  run: Runner,
  stream: StreamRunner,
  log: Logger,
  state: RunState,
  outDir: string,
): Promise<CollectReport> {
  await makeDirs(outDir);
  let containers: NodeContainer[] = [];
  try {
    containers = await listNodes(run, state.clusterName);
  } catch (error) {
    log.warning(
      `Could not list the cluster's containers, so only the runner's copies of the logs are read: ${error instanceof Error ? error.message : String(error)}`,
      { title: 'kind-audit' },
    );
  }
  const nodes: NodeReport[] = [];
  for (const node of await nodesToCollect(state, containers)) {
    log.debug(`collecting ${state.auditLogPath} and rotated files of ${node}`);
    const container = containers.find((c) => c.name === node);
    nodes.push(await collectNode(stream, log, state, node, container, outDir));
  }
  return { nodes, outDir, files: nodes.flatMap((n) => n.files.map((f) => f.path)) };
}
