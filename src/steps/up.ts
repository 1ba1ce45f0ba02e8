import { mkdir, writeFile } from 'node:fs/promises';
import { listNodes } from '../docker.js';
import type { Runner } from '../exec.js';
import { createCluster } from '../kind/cluster.js';
import type { Logger } from '../logger.js';
import { NODE_PATHS } from '../names.js';
import type { PolicySource } from '../inputs.js';
import type { Stage } from '../policy/types.js';
import { renderFiles } from '../render.js';
import type { RunState } from '../state.js';
import { CHECK, type CheckResult } from '../verify/index.js';
import { preparePolicy } from './policy.js';
import { verifyCluster } from './verify.js';

export interface UpOptions {
  clusterName: string;
  policySource: PolicySource;
  omitStages: Stage[] | undefined;
  omitManagedFields: boolean | undefined;
  /** Where a relative policy-file starts (GITHUB_WORKSPACE in the action, the cwd in the CLI). */
  workspace: string;
  nodeImage: string | undefined;
  controlPlanes: number;
  workers: number;
  wait: string;
  verifyTimeoutMs: number;
  /** The cluster's own folder for its files (RUNNER_TEMP/kind-audit/<name> in the action). */
  dir: string;
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
  const policyText = await preparePolicy(
    options.policySource,
    { omitStages: options.omitStages, omitManagedFields: options.omitManagedFields },
    options.workspace,
    log,
  );
  const files = renderFiles({
    policyText,
    dir: options.dir,
    image: options.nodeImage,
    controlPlanes: options.controlPlanes,
    workers: options.workers,
  });
  await mkdir(options.dir, { recursive: true });
  await writeFile(files.policy.path, files.policy.text);
  await writeFile(files.kindConfig.path, files.kindConfig.text);
  log.info(`Wrote ${files.policy.path} and ${files.kindConfig.path}`);

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
    timeoutMs: options.verifyTimeoutMs,
  });
  state.logVerified = checks.some((c) => c.check === CHECK.logLive && c.outcome === 'pass');
  await hooks.saveState(state);
  return { state, checks };
}
