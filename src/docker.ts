import { runChecked, type RunResult, type Runner } from './exec.js';

/** Runs a command inside a container; the result is returned whatever the exit code. */
export function dockerExec(
  run: Runner,
  container: string,
  command: readonly string[],
): Promise<RunResult> {
  return run('docker', ['exec', container, ...command]);
}

/**
 * Copies a path out of a container. `docker cp` works on stopped containers too, which is what
 * lets the post step collect logs from a node that was stopped before the job ended.
 */
export async function copyFromContainer(
  run: Runner,
  container: string,
  source: string,
  dest: string,
): Promise<void> {
  await runChecked(run, 'docker', ['cp', `${container}:${source}`, dest]);
}
