import path from 'node:path';
import type { Runner } from '../exec.js';
import { clusterNames, createCluster } from '../kind/cluster.js';
import { controlPlaneNames, NODE_PATHS } from '../kind/node.js';
import { listNodes } from '../kind/nodes.js';
import type { Logger } from '../logger.js';
import { prepareLogFolders } from '../logs/runner-folder.js';
import type { PolicyOptions } from '../policy/index.js';
import type { PolicySource } from '../policy/source.js';
import type { RunState } from '../state.js';
import type { CheckResult } from '../verify/index.js';
import { writeClusterFiles, type KindConfigSettings } from './files.js';
import { resolveKindConfig } from './kind-config.js';
import { preparePolicy } from './policy.js';
import { throwIfFailed, verifiedNodes, verifyCluster } from './verify.js';

/** What the user asked of the cluster: the same for the action and the CLI. */
export interface ClusterOptions extends KindConfigSettings {
  clusterName: string;
  policySource: PolicySource;
  /** Policy-level settings laid over whichever source; unset ones leave the policy's own. */
  policyOptions: PolicyOptions;
  /** kind's `--wait`, as written (a Go duration, already checked). */
  wait: string;
  verifyTimeoutMs: number;
}

/** Where a front end keeps things: the parts of `up` that differ between the action and the CLI. */
export interface UpContext {
  /** Where a relative policy-file starts (GITHUB_WORKSPACE in the action, the cwd in the CLI). */
  workspace: string;
  /** The folder this use writes into; asked for only once the cluster name is known to be free. */
  claimDir(clusterName: string): Promise<string>;
  /** Called whenever there is more for post to know. */
  saveState(state: RunState): void | Promise<void>;
  /** Called once the cluster exists and its nodes are known, before any check runs. */
  clusterReady?(state: RunState): void | Promise<void>;
}

/** The name is taken: kind would refuse it, and this use must not touch the other's files. */
export class ClusterExistsError extends Error {
  constructor(readonly clusterName: string) {
    super(
      `A kind cluster named "${clusterName}" already exists. Pick another cluster name, or delete ` +
        `that cluster first with 'kind delete cluster --name ${clusterName}'.`,
    );
    this.name = 'ClusterExistsError';
  }
}

/**
 * Checks the policy, refuses a cluster name already in use, writes the two files, creates the
 * cluster and proves every control-plane node writes its audit log. Nothing is written before the
 * name is known to be free; state is saved before kind runs. Throws on the first thing that fails,
 * after saving what was proven, so post knows which logs were live.
 */
export async function up(
  run: Runner,
  log: Logger,
  given: ClusterOptions,
  context: UpContext,
): Promise<{ state: RunState; checks: CheckResult[] }> {
  // The user's kind config decides the nodes (and may name the cluster); read once, checked first.
  const { options, config } = await resolveKindConfig(given, context.workspace);
  const controlPlanes = config?.controlPlanes ?? options.controlPlanes;
  const policy = await preparePolicy(
    options.policySource,
    options.policyOptions,
    context.workspace,
    log,
  );
  if ((await clusterNames(run)).includes(options.clusterName)) {
    throw new ClusterExistsError(options.clusterName);
  }
  const dir = await context.claimDir(options.clusterName);
  const logDir = path.join(dir, 'logs');
  const logHostPaths = await prepareLogFolders(
    logDir,
    controlPlaneNames(options.clusterName, controlPlanes),
    NODE_PATHS.logFile,
  );
  const files = await writeClusterFiles(log, dir, policy.text, options, { logHostPaths });

  const state: RunState = {
    clusterName: options.clusterName,
    dir,
    policyPath: files.policy.path,
    kindConfigPath: files.kindConfig.path,
    policyOrigin: policy.origin,
    auditLogPath: NODE_PATHS.logFile,
    logDir,
    clusterCreateStarted: true,
    controlPlaneNodes: [],
    verifiedNodes: [],
  };
  // Saved before kind runs: a create that fails or is cancelled half-way may still leave logs.
  await context.saveState(state);

  await log.group(`Creating kind cluster "${options.clusterName}"`, () =>
    createCluster(
      run,
      {
        name: options.clusterName,
        configPath: files.kindConfig.path,
        wait: options.wait,
        image: options.nodeImage,
        // kind resolves a config's relative hostPaths against its working directory (FACTS §1):
        // the workspace, as when the user runs kind from the repository root.
        cwd: context.workspace,
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
  await context.saveState(state);
  await context.clusterReady?.(state);

  const checks = await verifyCluster(run, log, state.controlPlaneNodes, {
    policyText: policy.text,
    policy: policy.policy,
    timeoutMs: options.verifyTimeoutMs,
  });
  state.verifiedNodes = verifiedNodes(checks);
  await context.saveState(state);
  throwIfFailed(checks);
  return { state, checks };
}
