import { InputConflictError, type InputSource } from '../input-error.js';
import type { KindConfigSource } from '../steps/kind-config.js';
import type { ClusterOptions } from '../steps/up.js';
import type { InsightSettings } from '../insight/settings.js';
import { readInsightSettings } from './insights.js';
import { readKindSettings } from './kind.js';
import { INPUT, INPUT_DEFAULTS } from './names.js';
import { omitStages, policySource } from './policy.js';
import { checkRulesWithRedaction, readRedactionSettings } from './redaction.js';
import type { RedactionSettings } from '../logs/redact/index.js';
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

/** What only the action's post step needs: where and how the artifact is uploaded. */
export interface ArtifactSettings {
  /** `undefined`: derive a name unique per job and matrix leg. */
  name: string | undefined;
  /** `undefined`: the repository's retention setting. */
  retentionDays: number | undefined;
  upload: boolean;
  /** Replace an artifact of the same name in this run instead of failing with 409. */
  overwrite: boolean;
  /** Replace secret material in every file that holds events before anything is uploaded. */
  redact: boolean;
  /** Keep each node's raw files beside audit.jsonl. */
  rawFiles: boolean;
  /** zlib level of the upload, 0 (none) to 9, as actions/upload-artifact takes it. */
  compressionLevel: number;
  /** Write the summary as the job summary. */
  jobSummary: boolean;
  /** The matrix leg (`strategy.job-index`), so matrix legs never share an artifact name. */
  jobIndex: string | undefined;
}

/** Everything the user asked for, read once and checked. */
export interface Inputs {
  cluster: ClusterOptions;
  artifact: ArtifactSettings;
  /** RBAC, expectations and baseline drift: what post computes in its pass. */
  insights: InsightSettings;
  /** The user's redaction rules, added to the built-in ones. */
  redaction: RedactionSettings;
}

/** Reads and checks the cluster's inputs; throws InputError on the first bad one. */
export function readClusterOptions(get: InputSource): ClusterOptions {
  const omitManagedFields = optionalBoolean(INPUT.omitManagedFields, get(INPUT.omitManagedFields));
  const stages = omitStages(get(INPUT.omitStages));
  duration(INPUT.wait, get(INPUT.wait), false);
  return {
    clusterName: clusterName(get(INPUT.clusterName)),
    policySource: policySource(get),
    policyOptions: {
      ...(stages !== undefined ? { omitStages: stages } : {}),
      ...(omitManagedFields !== undefined ? { omitManagedFields } : {}),
    },
    nodeImage: nodeImage(get(INPUT.nodeImage)),
    ...nodeOptions(get),
    // Passed to kind as written, once it is known to be a duration kind and Node both accept.
    wait: get(INPUT.wait) || INPUT_DEFAULTS[INPUT.wait],
    verifyTimeoutMs: duration(INPUT.verifyTimeout, get(INPUT.verifyTimeout), true),
    kind: readKindSettings(get),
    deleteCluster: deleteCluster(get(INPUT.deleteCluster)),
    exportLogs: boolean(INPUT.exportLogs, get(INPUT.exportLogs)),
  };
}

/**
 * The nodes: counted by `control-planes` and `workers`, or decided by the user's kind config —
 * then giving either count is an error, as the two could disagree.
 */
function nodeOptions(
  get: InputSource,
): Pick<ClusterOptions, 'controlPlanes' | 'workers' | 'kindConfig'> {
  const configPath = get(INPUT.config).trim();
  const counts = [INPUT.controlPlanes, INPUT.workers].filter((input) => get(input).trim() !== '');
  if (configPath && counts.length > 0) {
    throw new InputConflictError(
      [INPUT.config, ...counts].map((input) => ({ input, value: get(input) })),
      `with ${INPUT.config} the kind config decides the nodes: describe them in its nodes list and leave ${INPUT.controlPlanes} and ${INPUT.workers} empty`,
    );
  }
  const kindConfig: KindConfigSource | undefined = configPath
    ? { input: INPUT.config, path: configPath, nameFromConfig: get(INPUT.clusterName) === '' }
    : undefined;
  return {
    controlPlanes: wholeNumber(
      INPUT.controlPlanes,
      get(INPUT.controlPlanes) || WITHOUT_CONFIG.controlPlanes,
      1,
      7,
    ),
    workers: wholeNumber(INPUT.workers, get(INPUT.workers) || WITHOUT_CONFIG.workers, 0, 16),
    kindConfig,
  };
}

/** Reads and checks every input, before anything is created. */
export function readInputs(get: InputSource): Inputs {
  checkRulesWithRedaction(get, boolean(INPUT.redact, get(INPUT.redact)));
  return {
    cluster: readClusterOptions(get),
    artifact: {
      name: artifactName(get(INPUT.artifactName)),
      retentionDays: retentionDays(get(INPUT.retentionDays)),
      upload: boolean(INPUT.upload, get(INPUT.upload)),
      overwrite: boolean(INPUT.overwrite, get(INPUT.overwrite)),
      redact: boolean(INPUT.redact, get(INPUT.redact)),
      rawFiles: boolean(INPUT.rawFiles, get(INPUT.rawFiles)),
      compressionLevel: wholeNumber(INPUT.compressionLevel, get(INPUT.compressionLevel), 0, 9),
      jobSummary: boolean(INPUT.jobSummary, get(INPUT.jobSummary)),
      jobIndex: jobIndex(get(INPUT.jobIndex)),
    },
    insights: readInsightSettings(get),
    redaction: readRedactionSettings(get),
  };
}
