import { runChecked, type RunResult, type Runner } from './exec.js';

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
