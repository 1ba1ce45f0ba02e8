// A node is a Docker container: how `create` starts one (names, labels, volumes, the env the
// in-node stand-ins read), writes files into it, finds its address, and how nodes are removed.
import { docker, dockerChecked, LABEL_CLUSTER, LABEL_ROLE } from './docker.mjs';
import { kubernetesVersion } from './versions.mjs';

/** `docker run` arguments for one node, as kind labels and mounts it. */
export function dockerRunArgs({ name, role, cluster, image, mounts, faults, requestedImage }) {
  const args = [
    'run',
    '--detach',
    '--name',
    name,
    '--hostname',
    name,
    '--label',
    `${LABEL_CLUSTER}=${cluster}`,
    '--label',
    `${LABEL_ROLE}=${role}`,
    '--label',
    `io.x-k8s.kind.standin.image=${requestedImage}`,
    '--env',
    `KIND_STANDIN_FAULT=${[...faults].join(',')}`,
    '--env',
    `KIND_STANDIN_K8S_VERSION=${kubernetesVersion(requestedImage)}`,
  ];
  // kind gives every node (not the load balancer) an anonymous volume on /var.
  if (role !== 'external-load-balancer') args.push('--volume', '/var');
  for (const m of mounts) {
    const opts = [m.readOnly ? 'ro' : '', m.propagation].filter(Boolean).join(',');
    args.push('--volume', `${m.hostPath}:${m.containerPath}${opts ? `:${opts}` : ''}`);
  }
  args.push(image);
  return args;
}

/** Writes `content` to `file` inside the node, creating its directory. */
export function writeInNode(node, file, content) {
  dockerChecked(
    ['exec', '-i', node, 'sh', '-c', 'mkdir -p "$(dirname "$1")" && cat > "$1"', 'sh', file],
    content,
  );
}

/** The node's address on its Docker network (the API server's advertise address). */
export function containerIp(node) {
  return (
    dockerChecked([
      'inspect',
      '--format',
      '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}',
      node,
    ]).trim() || '127.0.0.1'
  );
}

/** Removes the named containers and their anonymous volumes; none is fine. */
export function removeContainers(names) {
  if (names.length > 0) docker(['rm', '--force', '--volumes', ...names]);
}
