import type { InputSource } from '../messages/input-error.js';
import type { CarriedFields, FieldTypeOf, StatePath, StateValue } from '../state/run-state.js';
import { foldNamespaces, driftAction, inlineExpectations, rbacSubjects } from './insights.js';
import { kindMirror, kindVersion } from './kind.js';
import { omitStages, policyLevel, preset } from './policy.js';
import { redactionSetting } from './redaction.js';
import {
  artifactName,
  boolean,
  clusterName,
  deleteCluster,
  duration,
  jobIndex,
  nodeImage,
  optionalBoolean,
  retentionDays,
  WITHOUT_CONFIG,
  wholeNumber,
} from './values.js';

/** The CLI flag that carries an input, and its line in the commands' help. */
export interface CliFlag {
  /** As typed, without the dashes; the input's own name when absent (then also accepted). */
  flag?: string;
  /** The value's placeholder in help ("N"). */
  arg: string;
  help: string;
  /** May be given more than once: the values are joined by newlines, as the input's lines. */
  multiple?: boolean;
}

/**
 * One input of the action, declared once. action.yml, docs/inputs.md, the CLI's flags and help,
 * and what main hands to post all follow this table; tests hold action.yml and the docs to it.
 */
export type InputSpec<T = unknown> = {
  /** As in action.yml. Part of the public interface. */
  name: string;
  /** action.yml's default, filled in for an input left empty (the runner does the same). */
  default: string;
  /** The default is an expression only the runner evaluates: never filled in here. */
  defaultFromRunner?: true;
  /** action.yml's description. */
  description: string;
  /**
   * Checks the value (its default filled in) and gives what the code uses; throws InputError
   * naming the input, the value and what is allowed. Checks across inputs are in read.ts.
   */
  parse: (value: string, input: string) => T;
  /** The CLI flag that carries it, where the CLI has the input. */
  cli?: CliFlag;
} & (
  | { /** Main alone acts on it. */ phase: 'main' }
  | ({
      /** The post step acts on it: main carries what it asked for in the saved state. */
      phase: 'post';
    } & Carrier)
);

/**
 * The field of the saved state that carries a post input (src/state/run-state.ts), and what that
 * field holds: the state's check of the field is built from these (`CARRIED`), and the compiler
 * refuses a type the field's declaration does not have.
 */
type Carrier = {
  [P in StatePath]: { state: P; stateType: FieldTypeOf<StateValue<P>> };
}[StatePath];

/** The value as written. */
const asWritten = (value: string): string => value;
/** A path or name: surrounding blanks dropped. */
const trimmed = (value: string): string => value.trim();
/** true or false, in the spellings the runner's own booleans take. */
const yesNo = (value: string, input: string): boolean => boolean(input, value);
/** A check that applies only when the input is given, to its trimmed value. */
const ifGiven =
  <T>(parse: (value: string, input: string) => T) =>
  (value: string, input: string): T | undefined =>
    value.trim() ? parse(value.trim(), input) : undefined;

/** Every input, in action.yml's order. */
export const INPUTS = {
  // Empty: 'kind', unless the user's kind config names its cluster (WITHOUT_CONFIG).
  clusterName: {
    name: 'cluster-name',
    default: '',
    description:
      'Name of the kind cluster to create (at most 50 lowercase letters, digits, "-" and "."). Empty means the name the kind config gives (its `name:`), else kind. A name kind already uses is refused before anything is written.',
    phase: 'main',
    parse: clusterName,
    cli: {
      flag: 'name',
      arg: 'N',
      help: "cluster name (default: the --config file's name, else kind)",
    },
  },
  config: {
    name: 'config',
    default: '',
    description:
      "Path of your own kind config, relative to the workspace. The policy and log mounts go on every control-plane node and the audit flags and volumes into the API server's ClusterConfiguration; the rest stays as written, and kind runs in the workspace so relative hostPaths resolve as when you run kind from the repository root. Not together with control-planes or workers.",
    phase: 'main',
    parse: trimmed,
    cli: {
      arg: 'FILE',
      help: 'your own kind config; the audit settings are merged into it, and its nodes are used',
    },
  },
  policy: {
    name: 'policy',
    default: '',
    description:
      'The audit policy itself, inline YAML or JSON. Give at most one of policy, policy-file, preset and policy-level.',
    phase: 'main',
    parse: asWritten,
  },
  policyFile: {
    name: 'policy-file',
    default: '',
    description: 'Path of an audit policy file, relative to the workspace.',
    phase: 'main',
    parse: trimmed,
    cli: { arg: 'F', help: 'your own policy file' },
  },
  preset: {
    name: 'preset',
    default: '',
    description:
      "A built-in policy, metadata (the guide's) or recommended (quiet, and never logs Secret bodies).",
    phase: 'main',
    parse: ifGiven(preset),
    cli: { arg: 'P', help: 'a built-in policy: metadata | recommended' },
  },
  policyLevel: {
    name: 'policy-level',
    default: '',
    description:
      "Level of the guide's single-rule policy, one of None, Metadata, Request, RequestResponse. With no policy input at all the policy is the guide's, at Metadata.",
    phase: 'main',
    parse: ifGiven(policyLevel),
    cli: {
      flag: 'level',
      arg: 'L',
      help: "the guide's single-rule policy at level None | Metadata | Request | RequestResponse",
    },
  },
  omitStages: {
    name: 'omit-stages',
    default: '',
    description:
      "Stages to leave out of every event, comma- or newline-separated (RequestReceived, ResponseStarted, ResponseComplete, Panic), applied to whichever policy; none clears the policy's own omitStages.",
    phase: 'main',
    parse: omitStages,
    cli: {
      arg: 'S',
      help: "stages left out of every event, e.g. RequestReceived; none clears the policy's own",
    },
  },
  omitManagedFields: {
    name: 'omit-managed-fields',
    default: '',
    description:
      "true or false to set the policy's omitManagedFields; empty keeps the policy's own.",
    phase: 'main',
    parse: (value, input) => optionalBoolean(input, value),
    cli: { arg: 'BOOL', help: "set the policy's omitManagedFields" },
  },
  nodeImage: {
    name: 'node-image',
    default: '',
    description:
      "Node image for every node, e.g. kindest/node:v1.36.1; with config it overrides the images the config names, as kind's --image does. Empty means the config's images, else kind's own default.",
    phase: 'main',
    parse: nodeImage,
    cli: {
      flag: 'image',
      arg: 'I',
      help: "node image for every node, overriding the --config file's (default: kind's own)",
    },
  },
  // Empty: 1 and 0 without a kind config; with one, its nodes decide (WITHOUT_CONFIG).
  controlPlanes: {
    name: 'control-planes',
    default: '',
    description:
      "Number of control-plane nodes, 1 to 7; empty means 1. Each gets the policy mount and the audit flags, and each node's log is verified and collected. Not with config (its nodes decide).",
    phase: 'main',
    parse: (value, input) => wholeNumber(input, value || WITHOUT_CONFIG.controlPlanes, 1, 7),
    cli: {
      arg: 'N',
      help: 'control-plane nodes, 1 to 7 (default 1); each is audited. Not with --config',
    },
  },
  workers: {
    name: 'workers',
    default: '',
    description:
      'Number of worker nodes, 0 to 16; empty means 0. Not with config (its nodes decide).',
    phase: 'main',
    parse: (value, input) => wholeNumber(input, value || WITHOUT_CONFIG.workers, 0, 16),
    cli: { arg: 'N', help: 'worker nodes, 0 to 16 (default 0). Not with --config' },
  },
  wait: {
    name: 'wait',
    default: '120s',
    description:
      'How long `kind create cluster` waits for the control plane to be ready (a duration such as 120s or 5m, at most 24h).',
    phase: 'main',
    parse: (value, input) => {
      duration(input, value, false);
      // Passed to kind as written, once it is known to be a duration kind and Node both accept.
      return value;
    },
    cli: { arg: 'D', help: "how long 'kind create cluster' waits for the control plane" },
  },
  verifyTimeout: {
    name: 'verify-timeout',
    default: '60s',
    description:
      "How long to wait for the probe request's event to appear in each node's audit log (a duration greater than zero, at most 24h).",
    phase: 'main',
    parse: (value, input) => duration(input, value, true),
    cli: { arg: 'D', help: "how long to wait for the probe's event in each node's log" },
  },
  artifactName: {
    name: 'artifact-name',
    default: '',
    description:
      'Name of the uploaded artifact. Empty derives one that is unique per job, matrix leg and cluster.',
    phase: 'post',
    state: 'artifact.name',
    stateType: 'a name',
    parse: artifactName,
  },
  retentionDays: {
    name: 'retention-days',
    default: '',
    description: "Days to keep the artifact, 1 to 90. Empty uses the repository's setting.",
    phase: 'post',
    state: 'artifact.retentionDays',
    stateType: 'number?',
    parse: retentionDays,
  },
  upload: {
    name: 'upload',
    default: 'true',
    description: 'Upload the collected logs as an artifact in the post step (true or false).',
    phase: 'post',
    state: 'artifact.upload',
    stateType: 'boolean',
    parse: yesNo,
  },
  overwrite: {
    name: 'overwrite',
    default: 'false',
    description:
      "Replace an artifact of the same name in this workflow run (true) instead of leaving it and warning (false), as actions/upload-artifact's overwrite does.",
    phase: 'post',
    state: 'artifact.overwrite',
    stateType: 'boolean',
    parse: yesNo,
  },
  redact: {
    name: 'redact',
    default: 'true',
    description:
      'Replace Secret data, tokens and other secret material by a fixed marker in every file of the artifact that holds audit events, before anything is uploaded (true or false). false keeps them; the artifact is readable by anyone who can read the repository.',
    phase: 'post',
    state: 'artifact.redact',
    stateType: 'boolean',
    parse: yesNo,
  },
  redactResources: {
    name: 'redact-resources',
    default: '',
    description:
      'Resources whose objects are redacted as Secrets are (their data, binaryData, stringData and annotation values, and their patches but where they change), as kubectl spells them, resource[.group], comma- or newline-separated, e.g. configmaps or widgets.example.com.',
    phase: 'post',
    state: 'redaction.resources',
    stateType: 'string[]',
    parse: redactionSetting('resources'),
    cli: {
      arg: 'RESOURCES',
      help: 'objects of these resources are redacted as Secrets are: resource[.group], comma-separated, e.g. configmaps',
      multiple: true,
    },
  },
  redactAuditAnnotations: {
    name: 'redact-audit-annotations',
    default: '',
    description:
      "Keys of audit annotations (the event's own annotations, which admission webhooks and ValidatingAdmissionPolicies write) whose values are redacted in every event, with * for any run of characters, comma- or newline-separated, e.g. example.com/*.",
    phase: 'post',
    state: 'redaction.auditAnnotations',
    stateType: 'string[]',
    parse: redactionSetting('auditAnnotations'),
    cli: {
      arg: 'KEYS',
      help: "audit annotations whose values are redacted in every event: keys with * globs, comma-separated, e.g. 'example.com/*'",
      multiple: true,
    },
  },
  redactPatterns: {
    name: 'redact-patterns',
    default: '',
    description:
      'Regular expressions, one per line; the text they match in any string value of an event (requestURI included) is replaced by the marker, e.g. command=[^&]* or AKIA[0-9A-Z]{16}. Run in linear time; backreferences, lookaround and lazy quantifiers are refused.',
    phase: 'post',
    state: 'redaction.patterns',
    stateType: 'string[]',
    parse: redactionSetting('patterns'),
    cli: {
      arg: 'REGEX',
      help: "text this regular expression matches in any string value is redacted, e.g. 'command=[^&]*'; once per pattern",
      multiple: true,
    },
  },
  rawFiles: {
    name: 'raw-files',
    default: 'true',
    description:
      "Keep each node's raw (redacted) audit files beside audit.jsonl in the artifact (true or false); false about halves the artifact.",
    phase: 'post',
    state: 'artifact.rawFiles',
    stateType: 'boolean',
    parse: yesNo,
  },
  compressionLevel: {
    name: 'compression-level',
    default: '6',
    description:
      'Compression of the uploaded artifact, 0 (none) to 9, as actions/upload-artifact takes it.',
    phase: 'post',
    state: 'artifact.compressionLevel',
    stateType: 'number',
    parse: (value, input) => wholeNumber(input, value, 0, 9),
  },
  jobSummary: {
    name: 'job-summary',
    default: 'true',
    description: "Write the summary on the run's page as the job summary (true or false).",
    phase: 'post',
    state: 'artifact.jobSummary',
    stateType: 'boolean',
    parse: yesNo,
  },
  jobIndex: {
    name: 'job-index',
    default: '${{ strategy.job-index }}',
    // An expression only the runner evaluates: outside a runner there is no matrix leg.
    defaultFromRunner: true,
    description:
      'The matrix leg, used in the default artifact name so matrix legs never collide. Leave it to its default.',
    phase: 'main',
    parse: jobIndex,
  },
  kindVersion: {
    name: 'kind-version',
    default: '',
    description:
      "kind release to use, e.g. v0.32.0, downloaded for the runner's OS and architecture into the tool cache and checked against the release's published SHA-256. Empty uses the kind on PATH, or installs the pinned v0.33.0 when there is none.",
    phase: 'main',
    parse: kindVersion,
    cli: {
      arg: 'V',
      help: 'kind release to download and verify, e.g. v0.32.0 (default: kind on PATH, else the pinned release)',
    },
  },
  // Empty means kind's GitHub releases (DEFAULT_KIND_MIRROR), so the inputs table stays narrow.
  kindMirror: {
    name: 'kind-mirror',
    default: '',
    description:
      "Base URL kind is downloaded from, laid out like GitHub's release downloads (<base>/v0.32.0/kind-linux-amd64 and its .sha256sum), for GHES and air-gapped runners. Empty means https://github.com/kubernetes-sigs/kind/releases/download.",
    phase: 'main',
    parse: kindMirror,
    cli: { arg: 'URL', help: "base URL laid out like kind's GitHub release downloads" },
  },
  // Self-hosted runners reuse machines: a cluster left there outlives the job.
  deleteCluster: {
    name: 'delete-cluster',
    default: 'auto',
    description:
      'Delete the cluster in the post step, after its logs are collected and uploaded. auto deletes it on self-hosted runners (which reuse machines) and leaves it on GitHub-hosted ones; true or false force it.',
    phase: 'post',
    state: 'deleteCluster',
    stateType: 'boolean',
    parse: deleteCluster,
    cli: {
      arg: 'WHEN',
      help: 'after a failed create: auto | true delete the cluster once its logs are collected, false keeps it',
    },
  },
  exportLogs: {
    name: 'export-logs',
    default: 'false',
    description:
      "Also put `kind export logs` into the artifact's kind-logs/ folder, without the audit files (true or false). Those logs are not redacted.",
    phase: 'post',
    state: 'exportLogs',
    stateType: 'boolean',
    parse: yesNo,
    cli: {
      arg: 'BOOL',
      help: "also put 'kind export logs' into the collected folder's kind-logs/ (not redacted)",
    },
  },
  rbac: {
    name: 'rbac',
    default: 'true',
    description:
      "Generate least-privilege RBAC (Roles, ClusterRole, bindings) for each subject from what it did in the run, into the artifact's rbac/ folder and the summary (true or false).",
    phase: 'post',
    state: 'insights.rbac',
    stateType: 'boolean',
    parse: yesNo,
    cli: { arg: 'BOOL', help: "collect writes each subject's least-privilege RBAC into rbac/" },
  },
  // Empty: every subject that is not one of Kubernetes' own components (docs/definitions.md).
  rbacFor: {
    name: 'rbac-for',
    default: '',
    description:
      "The subjects to generate RBAC for, comma- or newline-separated - users (jane, system:*) or service accounts (serviceaccount:NS:NAME), `*` matching any run of characters. Empty means every subject that is not one of Kubernetes' own components.",
    phase: 'post',
    state: 'insights.rbacFor',
    stateType: 'string[]',
    parse: rbacSubjects,
    cli: {
      arg: 'SUBJECTS',
      help: "users or serviceaccount:NS:NAME, * globs, comma-separated (default: every subject but Kubernetes' own)",
    },
  },
  expect: {
    name: 'expect',
    default: '',
    description:
      'Expectations, inline YAML - a list of named `forbid` and `require` entries (see the README, Assertions). A violated one fails the job in the post step. Not together with expect-file.',
    phase: 'post',
    state: 'insights.expectPath',
    stateType: 'string',
    parse: inlineExpectations,
  },
  expectFile: {
    name: 'expect-file',
    default: '',
    description:
      'Path of an expectations file, relative to the workspace (the format of `expect`).',
    phase: 'post',
    state: 'insights.expectPath',
    stateType: 'string',
    parse: trimmed,
    cli: {
      flag: 'expect',
      arg: 'FILE',
      help: 'expectations (forbid/require) collect checks; a violated one makes collect fail',
    },
  },
  baseline: {
    name: 'baseline',
    default: '',
    description:
      "Path of a committed baseline.tsv, relative to the workspace. Post compares the run's permissions with it and reports what was added and what is gone.",
    phase: 'post',
    state: 'insights.baselinePath',
    stateType: 'string',
    parse: trimmed,
    cli: { arg: 'FILE', help: 'a committed baseline.tsv collect compares the run with' },
  },
  onDrift: {
    name: 'on-drift',
    default: 'warn',
    description: 'What drift from `baseline` does - warn, or fail the job.',
    phase: 'post',
    state: 'insights.onDrift',
    stateType: 'string',
    parse: driftAction,
    cli: { arg: 'WHAT', help: 'warn | fail: what drift from --baseline does' },
  },
  foldNamespaces: {
    name: 'fold-namespaces',
    default: '',
    description:
      "Namespace globs (e.g. e2e-*), comma- or newline-separated - every namespace a glob matches is written as the glob's text in baseline.tsv and in rbac/ (its rules become a ClusterRole to bind in each matching namespace), so runs with random namespaces compare.",
    phase: 'post',
    state: 'insights.foldNamespaces',
    stateType: 'string',
    parse: foldNamespaces,
    cli: {
      arg: 'GLOBS',
      help: 'namespaces a glob matches are written as the glob in baseline.tsv, e.g. e2e-*',
    },
  },
} as const satisfies Record<string, InputSpec>;

export type InputKey = keyof typeof INPUTS;
export type InputName = (typeof INPUTS)[InputKey]['name'];
/** What an input's value is once checked. */
export type Parsed<K extends InputKey> = ReturnType<(typeof INPUTS)[K]['parse']>;

const KEYS = Object.keys(INPUTS) as InputKey[];

/** Names of the action's inputs, by key: `INPUT.clusterName` is `'cluster-name'`. */
export const INPUT = Object.fromEntries(KEYS.map((key) => [key, INPUTS[key].name])) as {
  readonly [K in InputKey]: (typeof INPUTS)[K]['name'];
};

/** Every input's default, by name; the CLI falls back to these for a flag it was not given. */
export const INPUT_DEFAULTS = Object.fromEntries(
  KEYS.map((key) => [INPUTS[key].name, INPUTS[key].default]),
) as Readonly<Record<InputName, string>>;

/** A field of the saved state that an input post acts on carries. */
export type CarriedPath = Extract<(typeof INPUTS)[InputKey], { phase: 'post' }>['state'];

/** The fields of the saved state the inputs carry, and what each holds: `parseState` checks them. */
export const CARRIED: CarriedFields = Object.fromEntries(
  KEYS.flatMap((key) => {
    const spec: InputSpec = INPUTS[key];
    return spec.phase === 'post' ? [[spec.state, spec.stateType]] : [];
  }),
);

/** Reads one input and checks it alone: its default filled in, then its own parse. */
export function parseInput<K extends InputKey>(key: K, get: InputSource): Parsed<K> {
  const spec: InputSpec = INPUTS[key];
  const value = get(spec.name) || (spec.defaultFromRunner ? '' : spec.default);
  return spec.parse(value, spec.name) as Parsed<K>;
}
