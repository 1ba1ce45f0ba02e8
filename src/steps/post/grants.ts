import type { Runner } from '../../process/exec.js';
import type { RbacLists } from '../../insight/rbac/grants.js';
import { NODE_API_SERVER } from '../../kind/node.js';

/** How long kubectl waits for each list (kubectl's `--request-timeout`). */
const REQUEST_TIMEOUT = '20s';

/** The most one list may hold: a kind cluster's RBAC is well under it; a hostile one is refused. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;

const URLS: Record<keyof RbacLists, string> = {
  clusterRoles: '/apis/rbac.authorization.k8s.io/v1/clusterroles',
  roles: '/apis/rbac.authorization.k8s.io/v1/roles',
  clusterRoleBindings: '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings',
  roleBindings: '/apis/rbac.authorization.k8s.io/v1/rolebindings',
};

/**
 * The cluster's Roles, ClusterRoles and their bindings, read with the node's own admin
 * kubeconfig from its own API server (as the probe is). Called once the logs are collected, so
 * these reads are not among the run's requests. Throws when a list cannot be read.
 */
export async function readClusterGrants(run: Runner, node: string): Promise<RbacLists> {
  const lists: Partial<Record<keyof RbacLists, unknown>> = {};
  for (const [key, url] of Object.entries(URLS) as [keyof RbacLists, string][]) {
    const result = await run('docker', [
      'exec',
      node,
      'kubectl',
      '--kubeconfig=/etc/kubernetes/admin.conf',
      `--server=${NODE_API_SERVER}`,
      // An API server that never answers (its audit log is a FIFO nobody reads, say) lets
      // kubectl wait forever by default; the command's own timeout backs this up.
      `--request-timeout=${REQUEST_TIMEOUT}`,
      'get',
      '--raw',
      url,
    ]);
    if (result.code !== 0)
      throw new Error(`reading ${url} in ${node} failed: ${result.stderr.trim().slice(0, 300)}`);
    if (result.stdout.length > MAX_LIST_BYTES)
      throw new Error(`${url} in ${node} is larger than ${MAX_LIST_BYTES} bytes`);
    lists[key] = JSON.parse(result.stdout) as unknown;
  }
  return {
    clusterRoles: lists.clusterRoles,
    roles: lists.roles,
    clusterRoleBindings: lists.clusterRoleBindings,
    roleBindings: lists.roleBindings,
  };
}
