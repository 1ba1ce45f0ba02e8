// The stand-in's only way to reach Docker: the real CLI, synchronously.
import { spawnSync } from 'node:child_process';
import { KindError } from './config.mjs';

/** Runs `docker …`; returns {code, stdout, stderr} whatever the exit code. */
export function docker(args, input) {
  const r = spawnSync('docker', args, {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw new KindError(`failed to run docker: ${r.error.message}`);
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `docker …` and throws a kind-style error naming the command when it fails. */
export function dockerChecked(args, input) {
  const r = docker(args, input);
  if (r.code !== 0) {
    throw new KindError(
      `command "docker ${args.join(' ')}" failed with error: exit status ${r.code}\n${r.stderr.trim()}`,
    );
  }
  return r.stdout;
}

export const LABEL_CLUSTER = 'io.x-k8s.kind.cluster';
export const LABEL_ROLE = 'io.x-k8s.kind.role';

/** Names of a cluster's containers, running or not, sorted. */
export function clusterContainers(cluster) {
  const out = dockerChecked([
    'ps',
    '--all',
    '--filter',
    `label=${LABEL_CLUSTER}=${cluster}`,
    '--format',
    '{{.Names}}',
  ]);
  return out.split('\n').filter(Boolean).sort();
}

/** Every cluster name with at least one container, sorted. */
export function clusterNames() {
  const out = dockerChecked([
    'ps',
    '--all',
    '--filter',
    `label=${LABEL_CLUSTER}`,
    '--format',
    `{{.Label "${LABEL_CLUSTER}"}}`,
  ]);
  return [...new Set(out.split('\n').filter(Boolean))].sort();
}
