import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import { defaultArtifactName } from '../artifact/name.js';
import { cancellableRunner, debugRunner, run } from '../process/exec.js';
import { INPUT_WORDING, InputError } from '../messages/input-error.js';
import { OUTPUT, STATE_KEY } from '../inputs/names.js';
import { readInputs, type ArtifactSettings } from '../inputs/read.js';
import { kubeconfigContext } from '../kind/cluster.js';
import { folderKindCache } from '../kind/folder-cache.js';
import { toolCacheKindCache } from '../kind/tool-cache.js';
import { claimNewDir } from '../files/safe-fs.js';
import { serializeState, type ArtifactState, type RunState } from '../state/run-state.js';
import { isSelfHosted } from '../steps/cleanup.js';
import { resolveKindConfig } from '../steps/up/kind-config.js';
import { up } from '../steps/up/up.js';
import { cancelOnSignal } from './cancel.js';
import { coreLogger } from './logger.js';

function setOutputs(state: RunState): void {
  core.setOutput(OUTPUT.clusterName, state.clusterName);
  core.setOutput(OUTPUT.kubeconfigContext, kubeconfigContext(state.clusterName));
  core.setOutput(OUTPUT.policyPath, state.policyPath);
  core.setOutput(OUTPUT.kindConfigPath, state.kindConfigPath);
  core.setOutput(OUTPUT.auditLogPath, state.auditLogPath);
  core.setOutput(OUTPUT.auditLogDir, state.logDir);
  core.setOutput(OUTPUT.controlPlaneNodes, JSON.stringify(state.controlPlaneNodes));
  core.setOutput(OUTPUT.kubeconfig, state.kubeconfigPath);
}

/** What post needs to upload, with the name decided here, where the job's identity is known. */
function artifactState(settings: ArtifactSettings, name: string): ArtifactState {
  return {
    name,
    retentionDays: settings.retentionDays,
    upload: settings.upload,
    overwrite: settings.overwrite,
    redact: settings.redact,
    rawFiles: settings.rawFiles,
    compressionLevel: settings.compressionLevel,
    jobSummary: settings.jobSummary,
  };
}

/** The action's main step: inputs → files → cluster → checks → outputs and state. */
export async function runMain(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const cancelled = cancelOnSignal();
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    // A kind config may name the cluster, and the artifact is named after it: read it first.
    const { options: cluster } = await resolveKindConfig(
      { ...inputs.cluster, insights: inputs.insights, redaction: inputs.redaction },
      workspace,
    );
    const name =
      inputs.artifact.name ??
      defaultArtifactName(cluster.clusterName, {
        job: env.GITHUB_JOB,
        jobIndex: inputs.artifact.jobIndex,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
      });
    const base = path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'kind-audit');
    await up(cancellableRunner(debugRunner(run, coreLogger), cancelled), coreLogger, cluster, {
      workspace,
      // A folder per use: a second use of the same name in this job never touches the first's files.
      claimDir: (cluster) => claimNewDir(base, cluster),
      saveState: (state) => {
        core.saveState(
          STATE_KEY,
          serializeState({ ...state, artifact: artifactState(inputs.artifact, name) }),
        );
      },
      clusterReady: setOutputs,
      kindPlace: {
        // RUNNER_TOOL_CACHE is set on every runner; a local run of the bundle keeps its own.
        cache: env.RUNNER_TOOL_CACHE
          ? toolCacheKindCache
          : folderKindCache(path.join(os.tmpdir(), 'kind-audit-tools')),
        tempDir: path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'kind-audit-downloads'),
      },
      reusedMachine: isSelfHosted(env),
    });
  } catch (error) {
    if (cancelled.aborted) {
      core.setFailed(
        `kind-audit was cancelled (${String(cancelled.reason)}); whatever it had started was stopped, and the post step collects the audit logs written so far.`,
      );
    } else {
      core.setFailed(
        error instanceof InputError
          ? error.describe(INPUT_WORDING)
          : error instanceof Error
            ? error.message
            : String(error),
      );
    }
  }
}
