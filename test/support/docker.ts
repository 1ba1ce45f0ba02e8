import { spawn } from 'node:child_process';

/** What a finished docker command left behind; success is the exit code alone. */
export interface DockerResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `docker …` against the engine the environment points at (DOCKER_HOST or the default socket). */
export function docker(args: readonly string[], input?: string): Promise<DockerResult> {
  return new Promise((resolve) => {
    const child = spawn('docker', [...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (err) => resolve({ code: 127, stdout, stderr: `${stderr}${err.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.on('error', () => {
      // The command may exit before reading its input; its exit code tells what happened.
    });
    child.stdin.end(input ?? '');
  });
}

/** Like {@link docker}, but throws naming the command, its exit code and stderr when it fails. */
export async function dockerChecked(args: readonly string[], input?: string): Promise<string> {
  const result = await docker(args, input);
  if (result.code !== 0) {
    throw new Error(
      `docker ${args.join(' ')} exited with code ${result.code}: ${result.stderr.trim()}`,
    );
  }
  return result.stdout;
}

/** `docker exec <container> <args…>`, result returned whatever the exit code. */
export function dockerExec(
  container: string,
  args: readonly string[],
  input?: string,
): Promise<DockerResult> {
  return docker(['exec', ...(input === undefined ? [] : ['-i']), container, ...args], input);
}

/** True when a Docker engine answers `docker info`. */
export async function dockerAvailable(): Promise<boolean> {
  return (await docker(['info', '--format', '{{.ServerVersion}}'])).code === 0;
}

export interface DockerStatus {
  available: boolean;
  /** Why the tests skip, for `describe.skipIf(!docker.available)` titles and logs. */
  reason: string;
}

/**
 * For integration test files: `const docker = await requireDocker();` then
 * `describe.skipIf(!docker.available)(…)`. Outside CI, no engine means the tests skip and say why;
 * in CI (`CI` set) it throws, failing the file: a CI run that silently skipped every Docker test
 * would look green while proving nothing.
 */
export async function requireDocker(): Promise<DockerStatus> {
  const probe = await docker(['info', '--format', '{{.ServerVersion}}']);
  if (probe.code === 0) return { available: true, reason: '' };
  const detail = probe.stderr.trim().split('\n').slice(-2).join(' ') || `exit ${probe.code}`;
  const reason = `no Docker engine answers \`docker info\` (${detail})`;
  if (process.env.CI) {
    throw new Error(
      `${reason}. Integration tests need a Docker engine in CI: start one (.ci/run does) or point DOCKER_HOST at it.`,
    );
  }
  console.warn(`Skipping Docker integration tests: ${reason}`);
  return { available: false, reason };
}

/** Removes every container of a kind cluster (found by kind's label) with its anonymous volumes. */
export async function removeCluster(name: string): Promise<void> {
  const ids = (
    await dockerChecked([
      'ps',
      '--all',
      '--quiet',
      '--filter',
      `label=io.x-k8s.kind.cluster=${name}`,
    ])
  )
    .split('\n')
    .filter(Boolean);
  if (ids.length > 0) await dockerChecked(['rm', '--force', '--volumes', ...ids]);
}

/** A kind cluster's container names of one role (or all), sorted as kind numbers them. */
export async function clusterNodes(
  name: string,
  role?: 'control-plane' | 'worker' | 'external-load-balancer',
): Promise<string[]> {
  const filters = ['--filter', `label=io.x-k8s.kind.cluster=${name}`];
  if (role) filters.push('--filter', `label=io.x-k8s.kind.role=${role}`);
  const out = await dockerChecked(['ps', '--all', ...filters, '--format', '{{.Names}}']);
  return out
    .split('\n')
    .filter(Boolean)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
