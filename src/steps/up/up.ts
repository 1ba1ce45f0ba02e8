import path from 'node:path';
import { CancelledError, type Runner } from '../../process/exec.js';
import { clusterKubeconfig, clusterNames, createCluster } from '../../kind/cluster.js';
import type { KindSettings } from '../../kind/install.js';
import { controlPlaneNames, NODE_PATHS } from '../../kind/node.js';
import { controlPlaneImages } from '../../kind/user-config.js';
import { listNodes } from '../../kind/nodes.js';
import type { Logger } from '../../messages/logger.js';
import { prepareLogFolders } from '../../collect/index.js';
import type { InsightSettings } from '../../insight/settings.js';
import type { PolicyOptions, PolicySource } from '../../policy/index.js';
import { writeFileNoFollow } from '../../files/safe-fs.js';
import type { RunState } from '../../state/run-state.js';
import type { CheckResult } from '../../verify/index.js';
import { deletesCluster, type DeleteSetting } from '../cleanup.js';
import { explainFailedCreate } from '../failed-create.js';
import { writeClusterFiles, type KindConfigSettings } from './files.js';
import { resolveKindConfig, warnAboutPatches } from './kind-config.js';
import { chooseKind, type KindInstallPlace } from './kind.js';
import { prepareInsights, saveInsights } from './insights.js';
import type { RedactionSettings } from '../../logs/redact/index.js';
import { preparePolicy } from './policy.js';
import { preflight, type RunnerFacts } from './preflight.js';
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
  /** Which kind to run: `kind-version` / `kind-mirror`. */
  kind: KindSettings;
  /** Whether post deletes the cluster; default `auto`. */
  deleteCluster?: DeleteSetting;
  /** Post adds `kind export logs` to the artifact; default false. */
  exportLogs?: boolean;
  /** RBAC, expectations, baseline: checked here, before the cluster, and computed in post. */
  insights?: InsightSettings;
  /** The user's redaction rules (the `redact-*` inputs), already checked: post applies them. */
  redaction?: RedactionSettings;
}

/** The file name of the cluster's own kubeconfig in the run's folder. */
export const KUBECONFIG_FILE = 'kubeconfig';

/** Where a front end keeps things: the parts of `up` that differ between the action and the CLI. */
export interface UpContext {
  /** Where a relative policy-file starts (GITHUB_WORKSPACE in the action, the cwd in the CLI). */
  workspace: string;
  /** The folder this use writes into; asked for only once the cluster name is known to be free. */
  claimDir(clusterName: string): Promise<string>;
  /** Called whenever there is more for post to know. */
  saveState(state: RunState): void | Promise<void>;
  /** Where a kind that has to be installed is kept (the tool cache in the action). */
  kindPlace: KindInstallPlace;
  /** Called once the cluster exists and its nodes are known, before any check runs. */
  clusterReady?(state: RunState): void | Promise<void>;
  /** What the runner is, for the checks made first; unset parts are this process's own. */
  runner?: Partial<RunnerFacts>;
  /** True on a machine that outlives the job (self-hosted runner, the CLI): `auto` then deletes. */
  reusedMachine?: boolean;
}

/** The name is taken: kind would refuse it, and this use must not touch the other's files. */
export class ClusterExistsError extends Error {
  constructor(readonly clusterName: string) {
    super(
      `A kind cluster named "${clusterName}" already exists. Pick another cluster name, or delete ` +
        `that cluster first with 'kind delete cluster --name ${clusterName}'. On a runner that is ` +
        `reused (self-hosted), 'delete-cluster: true' (the default 'auto' there) has post delete ` +
        'each cluster after collecting its logs, so the next run finds the name free.',
    );
    this.name = 'ClusterExistsError';
  }
}

/**
 * Checks the runner (Linux, Docker, kind), checks the policy, refuses a cluster name already in use, writes the two files, creates the
 * cluster and proves every control-plane node writes its audit log. Nothing is written before the
 * name is known to be free; state is saved before kind runs. Throws on the first thing that fails,
 * after saving what was proven, so post knows which logs were live.
 */
export async function up(
  runner: Runner,
  log: Logger,
  given: ClusterOptions,
  context: UpContext,
): Promise<{ state: RunState; checks: CheckResult[] }> {
  // Platform and Docker first: nothing else is worth asking (or downloading) without them.
  await preflight(runner, {
    platform: context.runner?.platform ?? process.platform,
    dockerHost: context.runner?.dockerHost ?? process.env.DOCKER_HOST,
  });
  // The user's kind config decides the nodes (and may name the cluster); read once, checked first.
  const { options, config } = await resolveKindConfig(given, context.workspace);
  const controlPlanes = config?.controlPlanes ?? options.controlPlanes;
  // The kind in use and the node image's Kubernetes version are known before the policy is
  // checked, so the policy is judged as the cluster's own API server will judge it. A kind that
  // is missing from PATH is installed; one that cannot run fails here, before anything is written.
  const kind = await chooseKind(
    runner,
    log,
    options.kind,
    {
      nodeImage: options.nodeImage,
      configImages: config ? controlPlaneImages(config.text) : undefined,
    },
    context.kindPlace,
  );
  const run = kind.run;
  if (options.kindConfig) warnAboutPatches(log, options.kindConfig, kind.kubeadmApi);
  const policy = await preparePolicy(
    options.policySource,
    options.policyOptions,
    context.workspace,
    log,
    kind.kubernetesVersion,
  );
  // The insights' files are read and checked against the policy before anything is created.
  const insights = options.insights
    ? await prepareInsights(options.insights, context.workspace, policy.policy, log)
    : undefined;
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
    createFailure: '',
    deleteCluster: deletesCluster(options.deleteCluster ?? 'auto', context.reusedMachine ?? false),
    exportLogs: options.exportLogs ?? false,
    kubeconfigPath: '',
    kindCommand: kind.command,
    ...(insights ? { insights: await saveInsights(dir, insights) } : {}),
    ...(options.redaction ? { redaction: options.redaction } : {}),
  };
  // Saved before kind runs: a create that fails or is cancelled half-way may still leave logs.
  await context.saveState(state);

  try {
    await log.group(`Creating kind cluster "${options.clusterName}"`, () =>
      createCluster(
        run,
        {
          name: options.clusterName,
          configPath: files.kindConfig.path,
          wait: options.wait,
          image: options.nodeImage,
          // kind resolves a config's relative hostPaths against its working directory (kind
          // `pkg/cluster/internal/providers/docker/provision.go`): the workspace, as when the user
          // runs kind from the repository root.
          cwd: context.workspace,
        },
        (chunk) => log.info(chunk.trimEnd()),
      ),
    );
  } catch (error) {
    // The nodes were retained: post explains (after a cancellation), collects and deletes them.
    const cancelled = error instanceof CancelledError;
    state.createFailure = cancelled ? 'cancelled' : 'failed';
    await context.saveState(state);
    // A cancelled step's commands are all stopped: post shows the diagnostics instead.
    if (cancelled) throw error;
    const explained = await explainFailedCreate(run, log, options.clusterName, error);
    state.controlPlaneNodes = [...explained.nodes];
    await context.saveState(state);
    throw explained;
  }

  state.controlPlaneNodes = (await listNodes(run, options.clusterName, 'control-plane')).map(
    (n) => n.name,
  );
  if (state.controlPlaneNodes.length === 0) {
    throw new Error(
      `kind reported success but no control-plane container of cluster "${options.clusterName}" was found`,
    );
  }
  state.kubeconfigPath = path.join(dir, KUBECONFIG_FILE);
  // The cluster's own kubeconfig, private: it holds the admin's client key.
  await writeFileNoFollow(
    state.kubeconfigPath,
    await clusterKubeconfig(run, options.clusterName),
    0o600,
  );
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
