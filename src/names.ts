/** Names of the action's inputs, as in action.yml. Part of the public interface. */
export const INPUT = {
  clusterName: 'cluster-name',
  policy: 'policy',
  policyFile: 'policy-file',
  preset: 'preset',
  policyLevel: 'policy-level',
  omitStages: 'omit-stages',
  omitManagedFields: 'omit-managed-fields',
  nodeImage: 'node-image',
  controlPlanes: 'control-planes',
  workers: 'workers',
  wait: 'wait',
  verifyTimeout: 'verify-timeout',
  artifactName: 'artifact-name',
  retentionDays: 'retention-days',
  upload: 'upload',
  jobIndex: 'job-index',
} as const;

/** Names of the action's outputs, as in action.yml. Part of the public interface. */
export const OUTPUT = {
  clusterName: 'cluster-name',
  kubeconfigContext: 'kubeconfig-context',
  policyPath: 'policy-path',
  kindConfigPath: 'kind-config-path',
  auditLogPath: 'audit-log-path',
  controlPlaneNodes: 'control-plane-nodes',
} as const;

/** The one state key main writes for post: the whole {@link RunState} as JSON. */
export const STATE_KEY = 'kind-audit';

/** Where kind's node keeps things the API server reads and writes (the guide's paths). */
export const NODE_PATHS = {
  policyDir: '/etc/kubernetes/policies',
  policyFile: '/etc/kubernetes/policies/audit-policy.yaml',
  logDir: '/var/log/kubernetes',
  logFile: '/var/log/kubernetes/kube-apiserver-audit.log',
  apiserverManifest: '/etc/kubernetes/manifests/kube-apiserver.yaml',
} as const;

/** The two files main writes on the runner, and the artifact keeps. */
export const FILE_NAMES = {
  policy: 'audit-policy.yaml',
  kindConfig: 'kind-config.yaml',
} as const;
