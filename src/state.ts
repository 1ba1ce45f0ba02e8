import type { RedactionSettings } from './logs/redact/index.js';

/**
 * What main hands to post (and what the CLI keeps between commands): one JSON object under one
 * key, so post never reads inputs again and a renamed field cannot go half-missing. Paths and
 * small values only: the runner passes state in an environment variable.
 */
export interface RunState {
  clusterName: string;
  /** The runner folder of this use: the policy, the kind config and, later, the collected logs. */
  dir: string;
  policyPath: string;
  kindConfigPath: string;
  /** Where the policy came from, in words ("the 'recommended' preset", a file's path). */
  policyOrigin: string;
  /** The audit log's path inside each control-plane node. */
  auditLogPath: string;
  /**
   * The runner folder mounted as every control-plane node's log folder, a subfolder per node named
   * as the node: the logs live here and outlast the cluster.
   */
  logDir: string;
  /** True once `kind create cluster` was started: from then on there may be something to collect. */
  clusterCreateStarted: boolean;
  controlPlaneNodes: string[];
  /** Nodes whose log was proven live: losing one of their logs fails the post step. */
  verifiedNodes: string[];
  /**
   * How `kind create cluster` ended when it did not succeed: '' (it succeeded, or has not ended),
   * 'failed' or 'cancelled'. Its nodes were kept (`--retain`) for post to explain and collect.
   */
  createFailure: string;
  /** Post deletes the cluster once its logs are collected and uploaded (`delete-cluster`, resolved). */
  deleteCluster: boolean;
  /** Post adds `kind export logs` to the artifact (`export-logs`). */
  exportLogs: boolean;
  /** The kubeconfig file of this cluster alone; '' until it was written. */
  kubeconfigPath: string;
  /** The kind command main used (`kind`, or a pinned kind's path): post deletes and exports with it. */
  kindCommand: string;
  /** The insights post computes in its pass; absent when main saved state without them. */
  insights?: InsightState;
  /** The user's redaction rules (`redact-*`), checked by main; absent: the built-in rules alone. */
  redaction?: RedactionSettings;
}

/** What post needs of the insight inputs: settings and paths, never a file's text. */
export interface InsightState {
  rbac: boolean;
  /** `rbac-for` as user globs (`system:serviceaccount:NS:NAME` for service accounts). */
  rbacFor: string[];
  /** The checked expectations, copied into the run's folder; '' for none. */
  expectPath: string;
  /** The committed baseline's absolute path; '' for none. */
  baselinePath: string;
  /** `warn` or `fail`. */
  onDrift: string;
  /** `fold-namespaces`, as given and checked. */
  foldNamespaces: string;
}

const INSIGHT_FIELDS: Record<keyof InsightState, FieldType> = {
  rbac: 'boolean',
  rbacFor: 'string[]',
  expectPath: 'string',
  baselinePath: 'string',
  onDrift: 'string',
  foldNamespaces: 'string',
};

type FieldType = 'string' | 'boolean' | 'string[]';

const REDACTION_FIELDS: Record<keyof RedactionSettings, FieldType> = {
  auditAnnotations: 'string[]',
  resources: 'string[]',
  patterns: 'string[]',
};

const FIELDS: Record<Exclude<keyof RunState, 'insights' | 'redaction'>, FieldType> = {
  clusterName: 'string',
  dir: 'string',
  policyPath: 'string',
  kindConfigPath: 'string',
  policyOrigin: 'string',
  auditLogPath: 'string',
  logDir: 'string',
  clusterCreateStarted: 'boolean',
  controlPlaneNodes: 'string[]',
  verifiedNodes: 'string[]',
  createFailure: 'string',
  deleteCluster: 'boolean',
  exportLogs: 'boolean',
  kubeconfigPath: 'string',
  kindCommand: 'string',
};

function fits(value: unknown, type: FieldType): boolean {
  if (type === 'string[]') return Array.isArray(value) && value.every((v) => typeof v === 'string');
  return typeof value === type;
}

export function serializeState(state: RunState): string {
  return JSON.stringify(state);
}

/** Parses saved state; `undefined` for empty text (main never got that far); throws on a damaged value. */
export function parseState(text: string): RunState | undefined {
  if (!text.trim()) return undefined;
  // Messages say what is wrong, never what the text holds (JSON.parse's own quotes it).
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('saved state is not JSON');
  }
  const value = (typeof parsed === 'object' && parsed ? parsed : {}) as Record<string, unknown>;
  for (const [key, type] of Object.entries(FIELDS)) {
    if (!fits(value[key], type))
      throw new Error(`saved state has no valid '${key}' (expected ${type})`);
  }
  const insights = value.insights;
  if (insights !== undefined) {
    const fields = (typeof insights === 'object' && insights ? insights : {}) as Record<
      string,
      unknown
    >;
    for (const [key, type] of Object.entries(INSIGHT_FIELDS))
      if (!fits(fields[key], type))
        throw new Error(`saved state has no valid 'insights.${key}' (expected ${type})`);
  }
  const redaction = value.redaction;
  if (redaction !== undefined) {
    const fields = (typeof redaction === 'object' && redaction ? redaction : {}) as Record<
      string,
      unknown
    >;
    for (const [key, type] of Object.entries(REDACTION_FIELDS))
      if (!fits(fields[key], type))
        throw new Error(`saved state has no valid 'redaction.${key}' (expected ${type})`);
  }
  return value as unknown as RunState;
}
