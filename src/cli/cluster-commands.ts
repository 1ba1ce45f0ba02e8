import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { debugStreamRunner, streamCommand } from '../process/exec.js';
import { readClusterOptions, readInputs } from '../inputs/read.js';
import { kubeconfigContext } from '../kind/cluster.js';
import { cliToolCacheRoot, folderKindCache } from '../kind/folder-cache.js';
import { listNodes } from '../kind/nodes.js';
import { controlPlaneImages } from '../kind/user-config.js';
import type { Logger } from '../messages/logger.js';
import type { RunState } from '../state/run-state.js';
import { checkPolicy } from '../policy/index.js';
import { writeClusterFiles } from '../steps/up/files.js';
import { clusterVersionsForRender } from '../steps/up/kind.js';
import { resolveKindConfig, warnAboutPatches } from '../steps/up/kind-config.js';
import { preparePolicy } from '../steps/up/policy.js';
import { finishRun } from '../steps/post/post.js';
import { up } from '../steps/up/up.js';
import { throwIfFailed, verifyCluster } from '../steps/up/verify.js';
import type { Command } from './command.js';
import { EXIT } from './exit-codes.js';
import { CLUSTER_FLAGS as F, DIR_FLAG, text } from './flags.js';
import { UP_INSIGHT_FLAGS } from './insight-flags.js';
import { collect, down } from './collect-commands.js';
import { REDACTION_FLAGS } from './redaction-flags.js';
import { folderOf, NONE, OUT, runner } from './cluster-folder.js';
import { outDir } from './out-dir.js';
import { claimClusterFolder, clusterFolder, loadState, saveState } from './state-dir.js';

const POLICY_AND_NODES = [
  F.config,
  F.level,
  F.policyFile,
  F.preset,
  F.omitStages,
  F.omitManagedFields,
  F.image,
  F.controlPlanes,
  F.workers,
  F.kindVersion,
  F.kindMirror,
];

const render: Command = {
  name: 'render',
  args: '--out DIR [options]',
  summary: 'write the audit policy and kind config, create nothing',
  description:
    "Checks the policy as kube-apiserver would, then writes audit-policy.yaml and kind-config.yaml into DIR. Creates nothing. With no policy option the policy is the guide's (level Metadata). With --config, the audit settings are merged into your kind config, and the merged config is also printed.",
  flags: [OUT('the two files'), F.name, ...POLICY_AND_NODES],
  positionals: NONE,
  async run({ values, inputs, log }) {
    const { options, config } = await resolveKindConfig(readClusterOptions(inputs), process.cwd());
    // Nothing is downloaded here: the kind asked for (or the one on PATH) decides the version.
    const { kubernetesVersion, kubeadmApi } = await clusterVersionsForRender(
      runner(log),
      log,
      options.kind,
      {
        nodeImage: options.nodeImage,
        configImages: config ? controlPlaneImages(config.text) : undefined,
      },
    );
    if (options.kindConfig) warnAboutPatches(log, options.kindConfig, kubeadmApi);
    const policy = await preparePolicy(
      options.policySource,
      options.policyOptions,
      process.cwd(),
      log,
      kubernetesVersion,
    );
    const files = await writeClusterFiles(
      log,
      await outDir(text(values, 'out')),
      policy.text,
      options,
    );
    if (options.kindConfig) process.stdout.write(files.kindConfig.text);
    return EXIT.ok;
  },
};

const upCommand: Command = {
  name: 'up',
  args: '[options]',
  summary: 'render, create the cluster, verify the audit log is live',
  description:
    "Renders the files, runs 'kind create cluster', and proves every control-plane node writes its audit log. A name kind already uses is refused before anything is written. The --redact-* options are checked here and kept for 'collect'.",
  flags: [
    F.name,
    ...POLICY_AND_NODES,
    F.wait,
    F.verifyTimeout,
    F.deleteCluster,
    F.exportLogs,
    ...Object.values(UP_INSIGHT_FLAGS),
    ...REDACTION_FLAGS,
    DIR_FLAG,
  ],
  positionals: NONE,
  async run(context) {
    const { log, values } = context;
    // Every flag is checked at once; the config may name the cluster, and the cluster's folder
    // is named after it.
    const { cluster, insights, redaction } = readInputs(context.inputs);
    const { options } = await resolveKindConfig({ ...cluster, insights, redaction }, process.cwd());
    const folder = clusterFolder(options.clusterName, text(values, DIR_FLAG));
    let saved: RunState | undefined;
    const { state } = await up(runner(log), log, options, {
      workspace: process.cwd(),
      claimDir: () => claimClusterFolder(folder, text(values, DIR_FLAG) !== ''),
      saveState: (s) => {
        saved = structuredClone(s);
        return saveState(folder, s);
      },
      // The tool cache exists only on a runner: the CLI keeps kind binaries in the user's cache.
      kindPlace: {
        cache: folderKindCache(cliToolCacheRoot()),
        tempDir: path.join(cliToolCacheRoot(), '..', 'downloads'),
      },
      // This machine outlives the command: 'auto' deletes a cluster whose create failed.
      reusedMachine: true,
    }).catch(async (error: unknown) => {
      if (saved?.createFailure) await collectFailedCreate(log, saved, context.threadScripts.pass);
      throw error;
    });
    log.info(
      `Cluster "${state.clusterName}" is up (context ${kubeconfigContext(state.clusterName)}); audit log at ${state.auditLogPath} in ${state.controlPlaneNodes.join(', ')}. Its files are in ${folder}.`,
    );
    return EXIT.ok;
  },
};

/**
 * After a failed create: the same post routine as the action's, into the cluster's folder, then
 * the cluster deleted unless --delete-cluster false (a CLI never deletes a healthy cluster).
 */
async function collectFailedCreate(
  log: Logger,
  state: RunState,
  passThread: URL | undefined,
): Promise<void> {
  const dir = path.join(state.dir, 'artifact');
  await finishRun(runner(log), debugStreamRunner(streamCommand, log), log, state, {
    outDir: dir,
    redact: true,
    rawFiles: true,
    passThread,
    publish: () => Promise.resolve({ kind: 'folder', dir }),
  });
  log.info(`The failed create's audit files and API server logs are in ${dir}.`);
}

const verify: Command = {
  name: 'verify',
  args: '[options]',
  summary: 'run the checks again on an existing cluster',
  description: "Runs the checks of 'up' again against a cluster that 'up' created.",
  flags: [F.name, F.verifyTimeout, DIR_FLAG],
  positionals: NONE,
  async run(context) {
    const { log, inputs } = context;
    const { name, folder } = folderOf(context);
    const state = await loadState(folder, name);
    const { verifyTimeoutMs } = readClusterOptions(inputs);
    const nodes = (await listNodes(runner(log), state.clusterName, 'control-plane')).map(
      (n) => n.name,
    );
    if (nodes.length === 0)
      throw new Error(
        `Cluster "${state.clusterName}" has no control-plane container: was it deleted?`,
      );
    const policyText = await readFile(state.policyPath, 'utf8');
    const checks = await verifyCluster(runner(log), log, nodes, {
      policyText,
      policy: checkPolicy(policyText).policy,
      timeoutMs: verifyTimeoutMs,
    });
    throwIfFailed(checks);
    return EXIT.ok;
  },
};

/** The commands that make, check, collect and remove a cluster. */
export const CLUSTER_COMMANDS: readonly Command[] = [render, upCommand, verify, collect, down];
