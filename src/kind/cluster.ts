import { runChecked, type Runner } from '../process/exec.js';

export interface CreateClusterOptions {
  name: string;
  configPath: string;
  wait: string;
  /**
   * `--image`: kind sets it on every node, over the images a config names
   * (`pkg/cluster/internal/create/create.go`).
   */
  image?: string | undefined;
  /** kind's working directory, against which a config's relative `hostPath`s resolve. */
  cwd?: string | undefined;
}

/**
 * `kind create cluster` arguments. Pure, so the command line is tested without running kind.
 * `--retain` always: a failed create otherwise deletes every node (kind
 * `pkg/cluster/internal/create/create.go`), and with them the only evidence of why the API server
 * did not start; post deletes the retained nodes itself.
 */
export function createClusterArgs(options: CreateClusterOptions): string[] {
  return [
    'create',
    'cluster',
    '--name',
    options.name,
    '--config',
    options.configPath,
    '--wait',
    options.wait,
    '--retain',
    ...(options.image ? ['--image', options.image] : []),
  ];
}

/** Runs `kind create cluster`, streaming its output; throws naming the command, code and output tail. */
export async function createCluster(
  run: Runner,
  options: CreateClusterOptions,
  onOutput: (chunk: string) => void,
): Promise<void> {
  await runChecked(run, 'kind', createClusterArgs(options), {
    onOutput,
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
}

/** The clusters kind knows (`kind get clusters`), so a name in use is refused before anything is written. */
export async function clusterNames(run: Runner): Promise<string[]> {
  const { stdout } = await runChecked(run, 'kind', ['get', 'clusters']);
  // "No kind clusters found." goes to stderr; stdout holds one name a line.
  return stdout
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** How long `kind delete cluster` may take: seconds a node, even for seven control planes. */
export const DELETE_TIMEOUT_MS = 2 * 60_000;

/**
 * Deletes the cluster; kind treats a missing cluster as already deleted. A delete stuck on the
 * Docker engine is stopped after {@link DELETE_TIMEOUT_MS}.
 */
export async function deleteCluster(run: Runner, name: string): Promise<void> {
  await runChecked(run, 'kind', ['delete', 'cluster', '--name', name], {
    timeoutMs: DELETE_TIMEOUT_MS,
  });
}

/** The kubeconfig context kind writes for a cluster. */
export function kubeconfigContext(name: string): string {
  return `kind-${name}`;
}

/** A kubeconfig for this cluster alone (`kind get kubeconfig`), as YAML text. */
export async function clusterKubeconfig(run: Runner, name: string): Promise<string> {
  const { stdout } = await runChecked(run, 'kind', ['get', 'kubeconfig', '--name', name]);
  return stdout;
}

/** `kind export logs` arguments: every node's logs (its `/var/log` included) into `dir`. */
export function exportLogsArgs(name: string, dir: string): string[] {
  return ['export', 'logs', dir, '--name', name];
}

/** How long `kind export logs` may take: it copies every node's `/var/log`, which can be large. */
export const EXPORT_LOGS_TIMEOUT_MS = 5 * 60_000;

/** Runs `kind export logs` into `dir`; throws naming the command, code and output tail. */
export async function exportLogs(run: Runner, name: string, dir: string): Promise<void> {
  await runChecked(run, 'kind', exportLogsArgs(name, dir), {
    timeoutMs: EXPORT_LOGS_TIMEOUT_MS,
  });
}
