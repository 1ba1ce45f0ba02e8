import { copyFile, lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Runner, StreamRunner } from '../../process/exec.js';
import { saveApiServerLog } from '../../kind/apiserver-log.js';
import { exportLogs } from '../../kind/cluster.js';
import { listNodes } from '../../kind/nodes.js';
import { FILE_NAMES } from '../../artifact/layout.js';
import type { Logger } from '../../messages/logger.js';
import { count } from '../../text/plural.js';
import { makeDirs } from '../../files/safe-fs.js';
import type { RunState } from '../../state/run-state.js';
import { explainNodes } from '../failed-create.js';

/**
 * The artifact's folder for `kind export logs` (docs/how-it-works.md, "What the post step does").
 */
export const KIND_LOGS_DIR = FILE_NAMES.kindLogs;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Copies the regular files under `from` into `to`, leaving out the audit files (named as the
 * audit log is, rotated and compressed ones too): they are in the artifact already, redacted.
 * Links and other special files from the nodes are skipped: a node's files are not trusted.
 */
async function copyWithoutAuditFiles(
  from: string,
  to: string,
  auditName: string,
): Promise<string[]> {
  const stem = auditName.replace(/\.log$/, '');
  const copied: string[] = [];
  await makeDirs(to);
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    const info = await lstat(source);
    if (info.isDirectory())
      copied.push(...(await copyWithoutAuditFiles(source, target, auditName)));
    else if (info.isFile() && !entry.name.startsWith(stem)) {
      await copyFile(source, target);
      copied.push(target);
    }
  }
  return copied;
}

/** `kind export logs` into `<outDir>/kind-logs/`, audit files left out. */
async function addKindLogs(
  run: Runner,
  log: Logger,
  state: RunState,
  outDir: string,
): Promise<string[]> {
  const exported = await mkdtemp(path.join(state.dir, 'kind-logs-'));
  try {
    await exportLogs(run, state.clusterName, exported);
    const files = await copyWithoutAuditFiles(
      exported,
      path.join(outDir, KIND_LOGS_DIR),
      path.basename(state.auditLogPath),
    );
    log.info(
      `Added ${count(files.length, 'file')} of 'kind export logs' to ${KIND_LOGS_DIR}/ (not redacted).`,
    );
    return files;
  } finally {
    await rm(exported, { recursive: true, force: true });
  }
}

/** Each existing control plane's API server log into `<outDir>/<node>/kube-apiserver.log`. */
async function addApiServerLogs(
  stream: StreamRunner,
  log: Logger,
  nodes: readonly string[],
  outDir: string,
): Promise<string[]> {
  const files: string[] = [];
  for (const node of nodes) {
    const dir = path.join(outDir, node);
    await makeDirs(dir);
    const saved = await saveApiServerLog(stream, node, dir);
    files.push(saved.file);
    if (saved.problem) log.warning(saved.problem, { title: 'kind-audit' });
    log.info(
      `${node}: the API server's log, ${count(saved.bytes, 'byte')}${saved.truncated ? ' (cut)' : ''}`,
    );
  }
  return files;
}

/**
 * What post adds to the artifact beside the audit files, and returns the files added: after a
 * create that failed or was cancelled, each control plane's API server log (and, after a
 * cancellation, the diagnostics main had no time to show); with `export-logs`, kind's own logs.
 * Best effort: a failure here is a warning, so the audit logs are still uploaded.
 */
export async function addClusterExtras(
  run: Runner,
  stream: StreamRunner,
  log: Logger,
  state: RunState,
  outDir: string,
): Promise<string[]> {
  const files: string[] = [];
  try {
    if (state.createFailure) {
      const nodes = (await listNodes(run, state.clusterName, 'control-plane')).map((n) => n.name);
      if (state.createFailure === 'cancelled') await explainNodes(run, log, nodes);
      files.push(...(await addApiServerLogs(stream, log, nodes, outDir)));
    }
  } catch (error) {
    log.warning(`Could not collect the API server's log: ${message(error)}`, {
      title: 'kind-audit',
    });
  }
  try {
    if (state.exportLogs) files.push(...(await addKindLogs(run, log, state, outDir)));
  } catch (error) {
    log.warning(`Could not add 'kind export logs' to the artifact: ${message(error)}`, {
      title: 'kind-audit',
    });
  }
  return files;
}
