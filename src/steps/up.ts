import { listNodes } from '../docker.js';
import type { Runner } from '../exec.js';
import { createCluster } from '../kind/cluster.js';
import type { Logger } from '../logger.js';
import { NODE_PATHS } from '../names.js';
import type { RunState } from '../state.js';
import { CHECK, type CheckResult } from '../verify/index.js';
import { writeClusterFiles, type ClusterFilesOptions } from './files.js';
import { verifyCluster } from './verify.js';

export interface UpOptions extends ClusterFilesOptions {
  clusterName: string;
  /** kind's `--wait`, as written. */
  wait: string;
  verifyTimeoutMs: number;
  artifactName: string;
  retentionDays: number | undefined;
  upload: boolean;
}

export interface UpHooks {
  /** Called whenever there is more for post to know; the action saves it with `core.saveState`. */
  saveState(state: RunState): void | Promise<void>;
  /** Called once the cluster exists and its nodes are known, before any check runs. */
  clusterReady?(state: RunState): void | Promise<void>;
}

/**
 * Checks the policy, writes the two files, creates the cluster and proves every control-plane node writes its audit
 * log. Throws on the first thing that fails; the state saved by then tells post what to collect.
 */
export async function up(
  run: Runner,
  log: Logger,
  hooks: UpHooks,
  options: UpOptions,
): Promise<{ state: RunState; checks: CheckResult[] }> {
  const files = await writeClusterFiles(log, options);

  const state: RunState = {
    clusterName: options.clusterName,
    dir: options.dir,
    policyPath: files.policy.path,
    kindConfigPath: files.kindConfig.path,
    auditLogPath: NODE_PATHS.logFile,
    clusterCreateStarted: true,
    logVerified: false,
    controlPlaneNodes: [],
    artifactName: options.artifactName,
    retentionDays: options.retentionDays,
    upload: options.upload,
  };
  // Saved before kind runs: a create that fails or is cancelled half-way may still leave logs.
  await hooks.saveState(state);

  await log.group(`Creating kind cluster "${options.clusterName}"`, () =>
    createCluster(
      run,
      {
        name: options.clusterName,
        configPath: files.kindConfig.path,
        wait: options.wait,
        image: options.nodeImage,
      },
      (chunk) => log.info(chunk.trimEnd()),
    ),
  );

  state.controlPlaneNodes = (await listNodes(run, options.clusterName, 'control-plane')).map(
    (n) => n.name,
  );
  if (state.controlPlaneNodes.length === 0) {
    throw new Error(
      `kind reported success but no control-plane container of cluster "${options.clusterName}" was found`,
    );
  }
  await hooks.saveState(state);
  await hooks.clusterReady?.(state);

  const checks = await verifyCluster(run, log, state.controlPlaneNodes, {
    policyText: files.policy.text,
    policy: files.loadedPolicy.policy,
    timeoutMs: options.verifyTimeoutMs,
  });
  state.logVerified = checks.some((c) => c.check === CHECK.logLive && c.outcome === 'pass');
  await hooks.saveState(state);
  return { state, checks };
}
