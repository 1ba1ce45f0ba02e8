import {
  InputConflictError,
  InputError,
  InputErrors,
  type InputSource,
} from '../messages/input-error.js';
import type { KindConfigSource } from '../steps/up/kind-config.js';
import type { ClusterOptions } from '../steps/up/up.js';
import type { ExpectSource, InsightSettings } from '../insight/settings.js';
import type { PolicySource } from '../policy/index.js';
import type { RedactionSettings } from '../logs/redact/index.js';
import type { ArtifactState } from '../state/run-state.js';
import { INPUT, INPUTS, parseInput, type InputKey, type Parsed } from './table.js';

/** The artifact's inputs: what the action's post is handed (ArtifactState) but its name undecided. */
export interface ArtifactSettings extends Omit<ArtifactState, 'name'> {
  /** `undefined`: derive a name unique per job and matrix leg. */
  name: string | undefined;
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

/**
 * Reads inputs and collects every bad one instead of stopping at the first: each input is parsed
 * once, by its own rule in the table, then the checks across inputs run. {@link done} throws what
 * was found — the one InputError as it is, or several as {@link InputErrors}.
 */
class Reader {
  private readonly errors: InputError[] = [];
  private readonly parsed = new Map<InputKey, unknown>();

  constructor(readonly get: InputSource) {}

  /**
   * The input's checked value. After a bad value this is `undefined` whatever the type says: the
   * error is kept, and {@link done} throws before a result built from it is used.
   */
  value<K extends InputKey>(key: K): Parsed<K> {
    if (!this.parsed.has(key))
      this.parsed.set(
        key,
        this.check(() => parseInput(key, this.get)),
      );
    return this.parsed.get(key) as Parsed<K>;
  }

  /** Runs a check, keeping its InputError rather than throwing it. */
  check<T>(run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.errors.push(error);
      return undefined;
    }
  }

  /** Throws what was found: one bad input by itself, several in action.yml's order, conflicts last. */
  done(): void {
    const [first, ...rest] = this.errors;
    if (!first) return;
    if (rest.length === 0) throw first;
    const names: string[] = Object.values(INPUT);
    const rank = (e: InputError) =>
      e instanceof InputConflictError ? names.length : names.indexOf(e.input);
    throw new InputErrors([...this.errors].sort((a, b) => rank(a) - rank(b)));
  }
}

/** Reads with a fresh {@link Reader} and throws every bad input found at once. */
function readAll<T>(get: InputSource, read: (r: Reader) => T): T {
  const reader = new Reader(get);
  const result = read(reader);
  reader.done();
  return result;
}

/** Reads and checks the cluster's inputs, every bad one reported at once. */
export function readClusterOptions(get: InputSource): ClusterOptions {
  return readAll(get, clusterOptions);
}

/**
 * Reads and checks the insight inputs. A file input is only named here: main reads and checks it
 * once the workspace is known, before the cluster.
 */
export function readInsightSettings(get: InputSource): InsightSettings {
  return readAll(get, insightSettings);
}

/** Reads and checks the `redact-*` inputs. */
export function readRedactionSettings(get: InputSource): RedactionSettings {
  return readAll(get, redactionSettings);
}

/** Reads and checks every input, before anything is created; every bad one is reported at once. */
export function readInputs(get: InputSource): Inputs {
  return readAll(get, (r) => {
    // Every input, even one a source given beside it makes moot (an inline `expect` beside
    // `expect-file`), so each bad value is reported.
    for (const key of Object.keys(INPUTS) as InputKey[]) r.value(key);
    const redaction = redactionSettings(r);
    r.check(() => checkRulesWithRedaction(r));
    return {
      cluster: clusterOptions(r),
      artifact: {
        name: r.value('artifactName'),
        retentionDays: r.value('retentionDays'),
        upload: r.value('upload'),
        overwrite: r.value('overwrite'),
        redact: r.value('redact'),
        rawFiles: r.value('rawFiles'),
        compressionLevel: r.value('compressionLevel'),
        jobSummary: r.value('jobSummary'),
        jobIndex: r.value('jobIndex'),
      },
      insights: insightSettings(r),
      redaction,
    };
  });
}

function clusterOptions(r: Reader): ClusterOptions {
  const stages = r.value('omitStages');
  const omitManagedFields = r.value('omitManagedFields');
  return {
    clusterName: r.value('clusterName'),
    policySource: r.check(() => policySource(r)) as PolicySource,
    policyOptions: {
      ...(stages !== undefined ? { omitStages: stages } : {}),
      ...(omitManagedFields !== undefined ? { omitManagedFields } : {}),
    },
    nodeImage: r.value('nodeImage'),
    ...nodeOptions(r),
    wait: r.value('wait'),
    verifyTimeoutMs: r.value('verifyTimeout'),
    kind: { version: r.value('kindVersion'), mirror: r.value('kindMirror') },
    deleteCluster: r.value('deleteCluster'),
    exportLogs: r.value('exportLogs'),
  };
}

/** A value short enough to quote in a message: an inline policy can be pages long. */
function abbreviate(value: string): string {
  const line = value.trim().split('\n')[0] ?? '';
  return line.length > 40 || value.trim().includes('\n') ? `${line.slice(0, 40)}…` : line;
}

/** Exactly one policy source; none means the guide's Metadata policy. */
function policySource(r: Reader): PolicySource {
  const { get } = r;
  const given = [INPUT.policy, INPUT.policyFile, INPUT.preset, INPUT.policyLevel].filter(
    (name) => get(name).trim() !== '',
  );
  if (given.length > 1) {
    throw new InputConflictError(
      given.map((input) => ({ input, value: abbreviate(get(input)) })),
      `set exactly one of ${INPUT.policy}, ${INPUT.policyFile}, ${INPUT.preset} or ${INPUT.policyLevel}; with none, the policy is the guide's Metadata policy`,
    );
  }
  const preset = r.value('preset');
  const level = r.value('policyLevel');
  switch (given[0]) {
    case INPUT.policy:
      return { kind: 'inline', text: r.value('policy'), input: INPUT.policy };
    case INPUT.policyFile:
      return { kind: 'file', path: r.value('policyFile'), input: INPUT.policyFile };
    case INPUT.preset:
      return { kind: 'preset', name: preset as NonNullable<typeof preset> };
    case INPUT.policyLevel:
      return { kind: 'level', level: level as NonNullable<typeof level> };
    default:
      return { kind: 'level', level: 'Metadata' };
  }
}

/**
 * The nodes: counted by `control-planes` and `workers`, or decided by the user's kind config —
 * then giving either count is an error, as the two could disagree.
 */
function nodeOptions(r: Reader): Pick<ClusterOptions, 'controlPlanes' | 'workers' | 'kindConfig'> {
  const { get } = r;
  const configPath = r.value('config');
  const counts = [INPUT.controlPlanes, INPUT.workers].filter((input) => get(input).trim() !== '');
  if (configPath && counts.length > 0) {
    r.check(() => {
      throw new InputConflictError(
        [INPUT.config, ...counts].map((input) => ({ input, value: get(input) })),
        `with ${INPUT.config} the kind config decides the nodes: describe them in its nodes list and leave ${INPUT.controlPlanes} and ${INPUT.workers} empty`,
      );
    });
  }
  const kindConfig: KindConfigSource | undefined = configPath
    ? { input: INPUT.config, path: configPath, nameFromConfig: get(INPUT.clusterName) === '' }
    : undefined;
  return {
    controlPlanes: r.value('controlPlanes'),
    workers: r.value('workers'),
    kindConfig,
  };
}

function insightSettings(r: Reader): InsightSettings {
  const baseline = r.value('baseline');
  return {
    rbac: r.value('rbac'),
    rbacFor: r.value('rbacFor'),
    expect: r.check(() => expectSource(r)),
    baseline: baseline ? { path: baseline, input: INPUT.baseline } : undefined,
    onDrift: r.value('onDrift'),
    foldNamespaces: r.value('foldNamespaces'),
  };
}

function expectSource(r: Reader): ExpectSource | undefined {
  const inline = r.get(INPUT.expect);
  const file = r.value('expectFile');
  if (inline.trim() && file)
    throw new InputConflictError(
      [
        { input: INPUT.expect, value: inline.length > 60 ? `${inline.slice(0, 57)}…` : inline },
        { input: INPUT.expectFile, value: file },
      ],
      `give the expectations inline in ${INPUT.expect} or as a file in ${INPUT.expectFile}, not both`,
    );
  if (file) return { kind: 'file', path: file, input: INPUT.expectFile };
  if (!inline.trim()) return undefined;
  return { kind: 'inline', text: r.value('expect'), input: INPUT.expect };
}

function redactionSettings(r: Reader): RedactionSettings {
  return {
    auditAnnotations: r.value('redactAuditAnnotations'),
    resources: r.value('redactResources'),
    patterns: r.value('redactPatterns'),
  };
}

/**
 * Refuses rules beside `redact: false`, which redacts nothing: the user asked for both, and one
 * of the two is not what they meant.
 */
function checkRulesWithRedaction(r: Reader): void {
  if (r.value('redact') !== false) return;
  const rules = [INPUT.redactAuditAnnotations, INPUT.redactResources, INPUT.redactPatterns];
  const given = rules.filter((input) => r.get(input).trim() !== '');
  if (given.length > 0)
    throw new InputConflictError(
      [INPUT.redact, ...given].map((input) => ({ input, value: r.get(input) })),
      `with ${INPUT.redact} false nothing is redacted: drop the rules, or leave ${INPUT.redact} true`,
    );
}
