import { runChecked, type Runner } from '../process/exec.js';
import { KIND_LABEL, type NodeRole } from './node.js';

/** `docker ps` arguments listing a cluster's containers (of one role, or all), stopped ones too. */
export function listNodesArgs(cluster: string, role?: NodeRole): string[] {
  return [
    'ps',
    '--all',
    '--filter',
    `label=${KIND_LABEL.cluster}=${cluster}`,
    ...(role ? ['--filter', `label=${KIND_LABEL.role}=${role}`] : []),
    '--format',
    `{{.Names}}\t{{.State}}\t{{.Label "${KIND_LABEL.role}"}}`,
  ];
}

export interface NodeContainer {
  name: string;
  running: boolean;
  /** kind's role label; '' when the container has none. */
  role: string;
}

/** Parses `{{.Names}}\t{{.State}}\t<role>` lines, sorted by name so control-plane comes before control-plane2. */
export function parseNodeList(stdout: string): NodeContainer[] {
  return stdout
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', state = '', role = ''] = line.split('\t');
      return { name, running: state === 'running', role };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

/** A cluster's containers of one role (or of every role), found by kind's labels. */
export async function listNodes(
  run: Runner,
  cluster: string,
  role?: NodeRole,
): Promise<NodeContainer[]> {
  const { stdout } = await runChecked(run, 'docker', listNodesArgs(cluster, role));
  return parseNodeList(stdout);
}
