/** Names of the action's outputs, as in action.yml. Part of the public interface. */
export const OUTPUT = {
  clusterName: 'cluster-name',
  kubeconfigContext: 'kubeconfig-context',
  policyPath: 'policy-path',
  kindConfigPath: 'kind-config-path',
  auditLogPath: 'audit-log-path',
  auditLogDir: 'audit-log-dir',
  controlPlaneNodes: 'control-plane-nodes',
  kubeconfig: 'kubeconfig',
} as const;

/**
 * The keys main writes for post. The runner hands state over in environment variables (Linux
 * caps one near 128 KiB), so each holds paths and small values only — never a policy's text.
 */
export const STATE_KEY = {
  /** The run: cluster, folder, files, nodes, what was verified ({@link RunState}). */
  run: 'kind-audit',
  /** What only the action needs in post: where the artifact goes. */
  artifact: 'kind-audit-artifact',
} as const;
