import { deleteCluster } from '../kind/cluster.js';
import type { Runner } from '../process/exec.js';
import type { Logger } from '../messages/logger.js';

/** `delete-cluster`: `auto` leaves the choice to the runner, or `true`/`false` force it. */
export type DeleteSetting = 'auto' | 'true' | 'false';

/**
 * Whether post deletes the cluster. `auto` deletes it on a machine that is reused — a self-hosted
 * runner (`RUNNER_ENVIRONMENT=self-hosted`), or the CLI's own machine — where a cluster left behind
 * outlives the job and blocks the next run's name; GitHub's runners are discarded after the job,
 * so there the cluster stays for the job's later steps.
 */
export function deletesCluster(setting: DeleteSetting, reusedMachine: boolean): boolean {
  if (setting === 'auto') return reusedMachine;
  return setting === 'true';
}

/** True on a self-hosted runner: the runner sets `RUNNER_ENVIRONMENT` to `self-hosted` or `github-hosted`. */
export function isSelfHosted(env: NodeJS.ProcessEnv): boolean {
  return env.RUNNER_ENVIRONMENT === 'self-hosted';
}

/**
 * Deletes the cluster after its logs were collected and uploaded, when asked. Best effort: a
 * failed delete is a warning naming the command to run, never a reason to fail post.
 */
export async function cleanUpCluster(
  run: Runner,
  log: Logger,
  clusterName: string,
  remove: boolean,
): Promise<void> {
  if (!remove) return;
  try {
    await deleteCluster(run, clusterName);
    log.info(`Deleted cluster "${clusterName}" (delete-cluster).`);
  } catch (error) {
    log.warning(
      `Could not delete cluster "${clusterName}"; delete it with 'kind delete cluster --name ${clusterName}': ${error instanceof Error ? error.message : String(error)}`,
      { title: 'kind-audit' },
    );
  }
}
