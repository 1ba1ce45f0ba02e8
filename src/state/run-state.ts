import type { RedactionSettings } from '../logs/redact/index.js';

/**
 * What main hands to post (and what the CLI keeps between commands): one JSON object under one
 * key, so post never reads inputs again and a renamed field cannot go half-missing. Paths and
 * small values only: the runner passes state in an environment variable. This module is its one
 * codec. Each input post acts on names its field and that field's type (src/inputs/table.ts,
 * `state` and `stateType`): the check of the fields inputs carry is built from that table.
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
  /** Where and how the action's post uploads the artifact; the CLI saves none. */
  artifact?: ArtifactState;
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

/** What the action's post needs to upload: settings resolved in main, where the job is known. */
export interface ArtifactState {
  /** The artifact's name: `artifact-name`, or one derived for the job and matrix leg. */
  name: string;
  /** `undefined`: the repository's retention setting. */
  retentionDays: number | undefined;
  upload: boolean;
  overwrite: boolean;
  redact: boolean;
  rawFiles: boolean;
  compressionLevel: number;
  jobSummary: boolean;
}

/** What a field must hold; `?` allows it to be absent. */
export type FieldType = 'string' | 'a name' | 'boolean' | 'string[]' | 'number' | 'number?';

/** The value a field of each {@link FieldType} holds. */
export interface FieldValue {
  string: string;
  'a name': string;
  boolean: boolean;
  'string[]': string[];
  number: number;
  'number?': number | undefined;
}

/** The parts of the state made of inputs' values alone; each absent as a whole or complete. */
type Part = 'insights' | 'redaction' | 'artifact';

/** A field of the saved state as a dotted path, e.g. `artifact.upload`. */
export type StatePath =
  | Exclude<keyof RunState, Part>
  | `insights.${keyof InsightState}`
  | `redaction.${keyof RedactionSettings}`
  | `artifact.${keyof ArtifactState}`;

/** What the field at a path holds. */
export type StateValue<P extends StatePath> = P extends `${infer K extends Part}.${infer F}`
  ? F extends keyof NonNullable<RunState[K]>
    ? NonNullable<RunState[K]>[F]
    : never
  : P extends keyof RunState
    ? RunState[P]
    : never;

/**
 * The fields main sets from the run itself. The others are the inputs' (src/inputs/table.ts: each
 * input post acts on names its field and type), and a caller of {@link parseState} passes them.
 */
export const RUN_FIELDS = {
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
  kubeconfigPath: 'string',
  kindCommand: 'string',
} as const satisfies { [K in keyof RunState]?: FieldTypeOf<RunState[K]> };

/** The field types whose value is exactly `V`: for `string`, 'string' and 'a name'. */
export type FieldTypeOf<V> = {
  [T in FieldType]: [FieldValue[T]] extends [V] ? ([V] extends [FieldValue[T]] ? T : never) : never;
}[FieldType];

/** The field type of each field the inputs carry, by its path. */
export type CarriedFields = Readonly<Partial<Record<StatePath, FieldType>>>;

function fits(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'a name':
      return typeof value === 'string' && value !== '';
    case 'number?':
      return value === undefined || typeof value === 'number';
    default:
      return typeof value === type;
  }
}

const asFields = (value: unknown) =>
  (typeof value === 'object' && value ? value : {}) as Record<string, unknown>;

/**
 * Checks `value` against the run's fields, then the carried ones, naming the first field that
 * does not fit by its path. A part (`artifact.…`) may be absent as a whole.
 */
function check(value: unknown, carried: CarriedFields): void {
  const fields = asFields(value);
  const entries = [...Object.entries(RUN_FIELDS), ...Object.entries(carried)] as [
    string,
    FieldType,
  ][];
  for (const [path, type] of entries) {
    const [key, inner] = path.split('.') as [string, string | undefined];
    if (inner !== undefined && fields[key] === undefined) continue;
    const field = inner === undefined ? fields[key] : asFields(fields[key])[inner];
    if (!fits(field, type))
      throw new Error(`saved state has no valid '${path}' (expected ${type})`);
  }
}

export function serializeState(state: RunState): string {
  return JSON.stringify(state);
}

/**
 * Parses saved state; `undefined` for empty text (main never got that far); throws on a damaged
 * value. `carried`: the fields the inputs carry (`CARRIED`, src/inputs/table.ts).
 */
export function parseState(text: string, carried: CarriedFields): RunState | undefined {
  if (!text.trim()) return undefined;
  // Messages say what is wrong, never what the text holds (JSON.parse's own quotes it).
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('saved state is not JSON');
  }
  check(parsed, carried);
  return parsed as RunState;
}
