/**
 * The artifact's layout (docs/how-it-works.md, "What the post step does"), and of the runner folder
 * it is built in: the policy and the kind config at the top, a folder per control-plane node with
 * its audit files.
 */
export const FILE_NAMES = {
  policy: 'audit-policy.yaml',
  kindConfig: 'kind-config.yaml',
  /** Every node's events, merged by time. */
  merged: 'audit.jsonl',
  summaryJson: 'summary.json',
  summaryMd: 'summary.md',
  /** `kind export logs`, when asked: the nodes' own logs, which hold no audit event. */
  kindLogs: 'kind-logs',
} as const;
