import * as core from '@actions/core';
import os from 'node:os';
import { defaultArtifactName } from '../artifact/name.js';
import { debugRunner, run } from '../exec.js';
import { readInputs } from '../inputs.js';
import { kubeconfigContext } from '../kind/cluster.js';
import { OUTPUT, STATE_KEY } from '../names.js';
import { clusterDir } from '../render.js';
import { serializeState, type RunState } from '../state.js';
import { up } from '../steps/up.js';
import { failOnCancel } from './cancel.js';
import { coreLogger } from './logger.js';

function setOutputs(state: RunState): void {
  core.setOutput(OUTPUT.clusterName, state.clusterName);
  core.setOutput(OUTPUT.kubeconfigContext, kubeconfigContext(state.clusterName));
  core.setOutput(OUTPUT.policyPath, state.policyPath);
  core.setOutput(OUTPUT.kindConfigPath, state.kindConfigPath);
  core.setOutput(OUTPUT.auditLogPath, state.auditLogPath);
  core.setOutput(OUTPUT.controlPlaneNodes, JSON.stringify(state.controlPlaneNodes));
}

/** The action's main step: inputs → files → cluster → checks → outputs and state. */
export async function runMain(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  failOnCancel();
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const artifactName =
      inputs.artifactName ??
      defaultArtifactName(inputs.clusterName, {
        job: env.GITHUB_JOB,
        jobIndex: inputs.jobIndex,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
      });
    await up(
      debugRunner(run, coreLogger),
      coreLogger,
      {
        saveState: (state) => core.saveState(STATE_KEY, serializeState(state)),
        clusterReady: setOutputs,
      },
      {
        ...inputs,
        dir: clusterDir(env.RUNNER_TEMP ?? os.tmpdir(), inputs.clusterName),
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        artifactName,
      },
    );
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
