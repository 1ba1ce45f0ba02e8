/** Where kind's node keeps things the API server reads and writes (the guide's paths). */
export const NODE_PATHS = {
  policyDir: '/etc/kubernetes/policies',
  policyFile: '/etc/kubernetes/policies/audit-policy.yaml',
  logDir: '/var/log/kubernetes',
  logFile: '/var/log/kubernetes/kube-apiserver-audit.log',
  apiserverManifest: '/etc/kubernetes/manifests/kube-apiserver.yaml',
} as const;

/**
 * A node's own API server, as commands run in the node reach it. kind puts `localhost` and the
 * cluster's `apiServerAddress` into the serving certificate's SANs, besides kubeadm's own (kind
 * pkg/cluster/internal/kubeadm/config.go, `certSANs`): `127.0.0.1` is there only while
 * `apiServerAddress` is its default, so a cluster published on `0.0.0.0`, a host address or IPv6
 * would refuse it. In an HA cluster admin.conf names the load balancer; this pins a request to the
 * node it runs in, whose log is the one read.
 */
export const NODE_API_SERVER = 'https://localhost:6443';

/**
 * kind's names for a cluster's control-plane containers: `<cluster>-control-plane`, then
 * `-control-plane2`, `-control-plane3`, … (kind `pkg/cluster/internal/providers/common/namer.go`),
 * known before the cluster exists.
 */
export function controlPlaneNames(cluster: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${cluster}-control-plane${i === 0 ? '' : i + 1}`);
}

/** kind's container labels (kind `pkg/cluster/internal/providers/docker/constants.go`). */
export const KIND_LABEL = {
  cluster: 'io.x-k8s.kind.cluster',
  role: 'io.x-k8s.kind.role',
} as const;

export type NodeRole = 'control-plane' | 'worker' | 'external-load-balancer';
