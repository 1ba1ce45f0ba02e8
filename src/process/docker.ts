import { type CommandStream, type RunResult, type Runner, type StreamRunner } from './exec.js';

/** Runs a command inside a container; the result is returned whatever the exit code. */
export function dockerExec(
  run: Runner,
  container: string,
  command: readonly string[],
): Promise<RunResult> {
  return run('docker', ['exec', container, ...command]);
}

/**
 * `docker cp` arguments that write `source` from a container as a tar stream on stdout. A tar
 * stream, unlike a copy to disk, lets the caller decide what to write and how much to read; and
 * `docker cp` works on stopped containers too, so logs survive a node stopped before the job ends.
 */
export function copyOutArgs(container: string, source: string): string[] {
  return ['cp', `${container}:${source}`, '-'];
}

/** Starts `docker cp <container>:<source> -`; read the archive from its stdout. */
export function streamFromContainer(
  stream: StreamRunner,
  container: string,
  source: string,
): CommandStream {
  return stream('docker', copyOutArgs(container, source));
}

/** True when `docker cp` failed because the container or the path in it does not exist. */
export function isMissingSource(stderr: string): boolean {
  return /no such (file|container)|could not find the file/i.test(stderr);
}
