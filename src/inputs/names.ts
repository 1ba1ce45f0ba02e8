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
 * The key main writes its state under for post (`RunState`, src/state/run-state.ts: the run, and the artifact's
 * settings). The runner hands state over in environment variables (Linux caps one near 128 KiB),
 * so it holds paths and small values only — never a policy's text.
 */
export const STATE_KEY = 'kind-audit';
