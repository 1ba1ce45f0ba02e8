// What the final job of .github/workflows/e2e.yml checks in each leg's artifact. One entry per
// leg of the workflow that uploads an artifact (a test holds the two lists together).

/** A leg's expectations. Every leg's artifact is `e2e-<name>`, except the default-name leg's. */
export interface Leg {
  name: string;
  /** Control-plane node folders the artifact must hold, named `<cluster>-control-plane[N]`. */
  cluster: string;
  controlPlanes: number;
  /** Uploaded under the action's default name, `kind-audit-kind-kind-0[-attemptN]` (newest). */
  defaultName?: true;
  /**
   * The cluster came up: each node's files hold the probe and the request pinned to that node's
   * own API server (`e2e-on-<node>`), and audit.jsonl holds the leg's own request.
   */
  live: boolean;
  /** Text audit.jsonl must contain. */
  mergedContains?: readonly string[];
  /** Literal values the leg planted; neither they nor their base64 may be in any file. */
  fixedCanaries?: readonly string[];
  /** Artifact holding `canary-values.json`, written by plant-canaries.ts in the leg. */
  canaryEvidence?: string;
  /** Artifact holding `audit-files.json`, written by list-audit-files.ts in the leg. */
  rotationEvidence?: string;
  /** The leg's traffic rotated the log: each node's files include a `.gz`. */
  rotated?: true;
  /** Node folders that must not be there (another cluster's, replaced by `overwrite`). */
  absentNodes?: readonly string[];
  /** Text each node's `kube-apiserver.log` must hold (a create that failed). */
  apiserverLogContains?: string;
  /** Text the artifact's kind-config.yaml must hold: the user's own settings and comments. */
  kindConfigContains?: readonly string[];
  /** `export-logs: true`: `kind-logs/` is there, without the audit files (they are redacted). */
  kindLogs?: true;
  /** summary.json's verdict per expectation name: `true` when it must be violated. */
  verdicts?: Readonly<Record<string, boolean>>;
}

/** The namespace every live leg creates and reads through the cluster's kubeconfig. */
export const LEG_NAMESPACE = 'audited-by-e2e';
/** The Secret value the recommended and request-response legs plant with kubectl. */
export const FIXED_CANARY = 'kind-audit-canary';
/** The API server flag the failed-create leg's config passes (test/e2e/configs/bad-flag.yaml). */
export const UNKNOWN_FLAG = 'kind-audit-e2e-no-such-flag';

const single = { cluster: 'kind', controlPlanes: 1, live: true } as const;

/**
 * Legs of the version matrix: the runner's kind, a pinned 0.31 and a pinned 0.32 on 1.35 and
 * 1.36, and the pinned 0.33 on its own default, 1.37.
 */
const VERSION_LEGS: Leg[] = [
  ...['runner', '0-31', '0-32'].flatMap((kind) =>
    ['1-35', '1-36'].map((node) => ({ ...single, name: `kind-${kind}-node-${node}` })),
  ),
  { ...single, name: 'kind-0-33-node-1-37' },
];

/** Every leg whose artifact the final job checks. */
export const LEGS: readonly Leg[] = [
  { ...single, name: 'guide', defaultName: true },
  {
    ...single,
    name: 'recommended',
    mergedContains: ['"resource":"secrets"'],
    fixedCanaries: [FIXED_CANARY],
  },
  {
    ...single,
    name: 'request-response',
    mergedContains: ['<redacted by kind-audit>'],
    fixedCanaries: [FIXED_CANARY],
  },
  { ...single, name: 'ha', controlPlanes: 3, kindLogs: true },
  { ...single, name: 'overwrite', cluster: 'first', absentNodes: ['second-control-plane'] },
  ...VERSION_LEGS,
  {
    ...single,
    name: 'user-config',
    cluster: 'kind-audit-e2e',
    controlPlanes: 3,
    kindConfigContains: ['hostPort: 38080', '# An ingress controller would listen here'],
  },
  {
    ...single,
    name: 'canary',
    rotated: true,
    canaryEvidence: 'e2e-canary-values',
    mergedContains: ['<redacted by kind-audit>'],
  },
  { ...single, name: 'rotation', rotated: true, rotationEvidence: 'e2e-rotation-files' },
  {
    ...single,
    name: 'expect-holds',
    verdicts: {
      'the leg creates its namespace': false,
      "nobody reads Secrets in the leg's namespace": false,
    },
  },
  {
    ...single,
    name: 'expect-violated',
    verdicts: { 'nobody creates namespaces': true, 'the leg creates its namespace': false },
  },
  {
    name: 'failed-create',
    cluster: 'kind',
    controlPlanes: 1,
    live: false,
    apiserverLogContains: `unknown flag: --${UNKNOWN_FLAG}`,
  },
];

/**
 * What the failed-create job's log must show (test/e2e/job-log.ts): the API server container's
 * own error, read with crictl, and the audit lines of the node's API server manifest.
 */
export const DIAGNOSTIC_MARKERS: readonly string[] = [
  `unknown flag: --${UNKNOWN_FLAG}`,
  '--audit-policy-file=',
  '--audit-log-path=',
];
