import {
  runChecked,
  type CommandStream,
  type RunResult,
  type Runner,
  type StreamRunner,
} from './exec.js';

/** kind's container labels (FACTS §1). */
export const KIND_LABEL = {
  cluster: 'io.x-k8s.kind.cluster',
  role: 'io.x-k8s.kind.role',
} as const;

export type NodeRole = 'control-plane' | 'worker' | 'external-load-balancer';

/** `docker ps` arguments listing a cluster's containers of one role, stopped ones too. */
export function listNodesArgs(cluster: string, role: NodeRole): string[] {
  return [
    'ps',
    '--all',
    '--filter',
    `label=${KIND_LABEL.cluster}=${cluster}`,
    '--filter',
    `label=${KIND_LABEL.role}=${role}`,
    '--format',
    '{{.Names}}\t{{.State}}',
  ];
}

export interface NodeContainer {
  name: string;
  running: boolean;
}

/** Parses `{{.Names}}\t{{.State}}` lines, sorted by name so control-plane comes before control-plane2. */
export function parseNodeList(stdout: string): NodeContainer[] {
  return stdout
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', state = ''] = line.split('\t');
      return { name, running: state === 'running' };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

/** A cluster's containers of one role, found by kind's labels. */
export async function listNodes(
  run: Runner,
  cluster: string,
  role: NodeRole,
): Promise<NodeContainer[]> {
  const { stdout } = await runChecked(run, 'docker', listNodesArgs(cluster, role));
  return parseNodeList(stdout);
}

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
