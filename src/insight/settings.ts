/** What `on-drift` may say: drift from the baseline is a warning, or fails the job. */
export const DRIFT_ACTIONS = ['warn', 'fail'] as const;
export type DriftAction = (typeof DRIFT_ACTIONS)[number];

/**
 * Where the expectations come from: inline YAML (already checked) or a file in the workspace.
 * `input` names the input (or flag) that gave them, for the errors of a file read later.
 */
export type ExpectSource =
  { kind: 'inline'; text: string; input: string } | { kind: 'file'; path: string; input: string };

/** The insights asked for (README, "Least-privilege RBAC", "Assertions", "Baseline"). */
export interface InsightSettings {
  rbac: boolean;
  /** The subjects RBAC is generated for, as user globs; empty: every subject but the components. */
  rbacFor: string[];
  expect: ExpectSource | undefined;
  /** The committed baseline's path, relative to the workspace, and the input that named it. */
  baseline: { path: string; input: string } | undefined;
  onDrift: DriftAction;
  /** `fold-namespaces` as given, already checked. */
  foldNamespaces: string;
}
