/** Names of the action's inputs, as in action.yml. Part of the public interface. */
export const INPUT = {
  clusterName: 'cluster-name',
  config: 'config',
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
  overwrite: 'overwrite',
  redact: 'redact',
  redactResources: 'redact-resources',
  redactAuditAnnotations: 'redact-audit-annotations',
  redactPatterns: 'redact-patterns',
  rawFiles: 'raw-files',
  compressionLevel: 'compression-level',
  jobSummary: 'job-summary',
  jobIndex: 'job-index',
  kindVersion: 'kind-version',
  kindMirror: 'kind-mirror',
  deleteCluster: 'delete-cluster',
  exportLogs: 'export-logs',
  rbac: 'rbac',
  rbacFor: 'rbac-for',
  expect: 'expect',
  expectFile: 'expect-file',
  baseline: 'baseline',
  onDrift: 'on-drift',
  foldNamespaces: 'fold-namespaces',
} as const;

export type InputName = (typeof INPUT)[keyof typeof INPUT];

/**
 * Every input's default: the one home. The runner fills action.yml's defaults in (a test proves
 * they agree with these); the CLI falls back to these for a flag it was not given.
 */
export const INPUT_DEFAULTS: Readonly<Record<InputName, string>> = {
  // Empty: 'kind', unless the user's kind config names its cluster (WITHOUT_CONFIG).
  'cluster-name': '',
  config: '',
  policy: '',
  'policy-file': '',
  preset: '',
  'policy-level': '',
  'omit-stages': '',
  'omit-managed-fields': '',
  'node-image': '',
  // Empty: 1 and 0 without a kind config; with one, its nodes decide (WITHOUT_CONFIG).
  'control-planes': '',
  workers: '',
  wait: '120s',
  'verify-timeout': '60s',
  'artifact-name': '',
  'retention-days': '',
  upload: 'true',
  overwrite: 'false',
  redact: 'true',
  'redact-resources': '',
  'redact-audit-annotations': '',
  'redact-patterns': '',
  'raw-files': 'true',
  'compression-level': '6',
  'job-summary': 'true',
  // An expression only the runner can evaluate; outside a runner there is no matrix leg.
  'job-index': '${{ strategy.job-index }}',
  'kind-version': '',
  // Empty means kind's GitHub releases (DEFAULT_KIND_MIRROR), so the inputs table stays narrow.
  'kind-mirror': '',
  // Self-hosted runners reuse machines: a cluster left there outlives the job.
  'delete-cluster': 'auto',
  'export-logs': 'false',
  rbac: 'true',
  // Empty: every subject that is not one of Kubernetes' own components (docs/definitions.md).
  'rbac-for': '',
  expect: '',
  'expect-file': '',
  baseline: '',
  'on-drift': 'warn',
  'fold-namespaces': '',
};

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
