/**
 * What main hands to post (and what the CLI keeps between commands): one JSON object under one
 * key, so post never reads inputs again and a renamed field cannot go half-missing.
 */
export interface RunState {
  clusterName: string;
  /** The runner folder holding the policy, the kind config and, later, the collected logs. */
  dir: string;
  policyPath: string;
  kindConfigPath: string;
  /** The audit log's path inside each control-plane node. */
  auditLogPath: string;
  /** True once `kind create cluster` was started: from then on there may be something to collect. */
  clusterCreateStarted: boolean;
  /** True when every node's log was proven live: a missing file in post is then an error. */
  logVerified: boolean;
  controlPlaneNodes: string[];
  artifactName: string;
  retentionDays: number | undefined;
  upload: boolean;
}

const FIELDS: Record<keyof RunState, 'string' | 'boolean' | 'number?' | 'string[]'> = {
  clusterName: 'string',
  dir: 'string',
  policyPath: 'string',
  kindConfigPath: 'string',
  auditLogPath: 'string',
  clusterCreateStarted: 'boolean',
  logVerified: 'boolean',
  controlPlaneNodes: 'string[]',
  artifactName: 'string',
  retentionDays: 'number?',
  upload: 'boolean',
};

function fits(value: unknown, type: (typeof FIELDS)[keyof RunState]): boolean {
  switch (type) {
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'number?':
      return value === undefined || typeof value === 'number';
    default:
      return typeof value === type;
  }
}

export function serializeState(state: RunState): string {
  return JSON.stringify(state);
}

/** Parses saved state; `undefined` for empty text (main never got that far); throws on a damaged value. */
export function parseState(text: string): RunState | undefined {
  if (!text.trim()) return undefined;
  const value = JSON.parse(text) as Record<string, unknown>;
  for (const [key, type] of Object.entries(FIELDS)) {
    if (!fits(value[key], type))
      throw new Error(
        `saved state has no valid '${key}' (expected ${type}): ${text.slice(0, 200)}`,
      );
  }
  return value as unknown as RunState;
}
