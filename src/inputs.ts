import { parseDuration } from './duration.js';
import { INPUT } from './names.js';
import { InputError, type InputSource } from './input-error.js';
import { omitStages, policySource, type PolicySource } from './policy-inputs.js';
import type { Stage } from './policy/types.js';

export { InputError, type InputSource } from './input-error.js';
export type { PolicySource } from './policy-inputs.js';

/** Everything the user asked for, read once and checked. */
export interface Inputs {
  clusterName: string;
  policySource: PolicySource;
  /** Policy-level settings laid over whichever source; `undefined` leaves the policy's own. */
  omitStages: Stage[] | undefined;
  omitManagedFields: boolean | undefined;
  nodeImage: string | undefined;
  controlPlanes: number;
  workers: number;
  /** kind's `--wait`, passed on as written (a Go duration). */
  wait: string;
  verifyTimeoutMs: number;
  /** `undefined`: derive a name unique per job and matrix leg. */
  artifactName: string | undefined;
  /** `undefined`: the repository's retention setting. */
  retentionDays: number | undefined;
  upload: boolean;
  /** The matrix leg (`strategy.job-index`), so matrix legs never share an artifact name. */
  jobIndex: string | undefined;
}

/** kind's own rule for cluster names (`pkg/apis/config/v1alpha4`), starting with a letter or digit as Docker requires of container names. */
const CLUSTER_NAME = /^[a-z0-9][a-z0-9.-]*$/;
/** Characters the artifact service refuses in a name (FACTS §5). */
const ARTIFACT_FORBIDDEN = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

function clusterName(value: string): string {
  const name = value || 'kind';
  if (!CLUSTER_NAME.test(name)) {
    throw new InputError(
      INPUT.clusterName,
      value,
      'kind accepts lowercase letters, digits, "-" and "." starting with a letter or digit, e.g. "kind" or "e2e-1"',
    );
  }
  return name;
}

function duration(input: string, value: string, fallback: string, positive: boolean): string {
  const text = value || fallback;
  const ms = parseDuration(text);
  if (ms === undefined || (positive && ms <= 0)) {
    throw new InputError(
      input,
      value,
      `expected a duration such as "90s", "2m" or "1m30s"${positive ? ' greater than zero' : ''}`,
    );
  }
  return text;
}

function retentionDays(value: string): number | undefined {
  if (!value) return undefined;
  const days = Number(value);
  if (!/^\d+$/.test(value) || days < 1 || days > 90) {
    throw new InputError(
      INPUT.retentionDays,
      value,
      'expected a whole number of days from 1 to 90, or empty for the repository setting',
    );
  }
  return days;
}

function artifactName(value: string): string | undefined {
  if (!value) return undefined;
  const bad = ARTIFACT_FORBIDDEN.filter((c) => value.includes(c));
  if (bad.length > 0) {
    const shown = bad.map((c) => JSON.stringify(c)).join(' ');
    throw new InputError(
      INPUT.artifactName,
      value,
      `artifact names cannot contain ${shown} (forbidden: " : < > | * ? \\r \\n \\ /)`,
    );
  }
  return value;
}

function boolean(input: string, value: string, fallback: boolean): boolean {
  if (!value) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(input, value, 'expected true or false');
}

function count(input: string, value: string, fallback: number, min: number, max: number): number {
  if (!value) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new InputError(input, value, `expected a whole number from ${min} to ${max}`);
  }
  return n;
}

function nodeImage(value: string): string | undefined {
  if (!value) return undefined;
  if (/\s/.test(value)) {
    throw new InputError(
      INPUT.nodeImage,
      value,
      'expected an image reference without spaces, e.g. kindest/node:v1.36.1',
    );
  }
  return value;
}

function jobIndex(value: string): string | undefined {
  if (!value) return undefined;
  if (!/^\d+$/.test(value)) {
    throw new InputError(
      INPUT.jobIndex,
      value,
      'expected a whole number (leave it to its default, ${{ strategy.job-index }})',
    );
  }
  return value;
}

/** Reads and checks every input; throws {@link InputError} on the first bad one, before anything is created. */
export function readInputs(get: InputSource): Inputs {
  const verifyTimeout = duration(INPUT.verifyTimeout, get(INPUT.verifyTimeout), '60s', true);
  return {
    clusterName: clusterName(get(INPUT.clusterName)),
    policySource: policySource(get),
    omitStages: omitStages(get(INPUT.omitStages)),
    omitManagedFields: get(INPUT.omitManagedFields)
      ? boolean(INPUT.omitManagedFields, get(INPUT.omitManagedFields), false)
      : undefined,
    nodeImage: nodeImage(get(INPUT.nodeImage)),
    controlPlanes: count(INPUT.controlPlanes, get(INPUT.controlPlanes), 1, 1, 7),
    workers: count(INPUT.workers, get(INPUT.workers), 0, 0, 16),
    wait: duration(INPUT.wait, get(INPUT.wait), '120s', false),
    verifyTimeoutMs: parseDuration(verifyTimeout) ?? 60_000,
    artifactName: artifactName(get(INPUT.artifactName)),
    retentionDays: retentionDays(get(INPUT.retentionDays)),
    upload: boolean(INPUT.upload, get(INPUT.upload), true),
    jobIndex: jobIndex(get(INPUT.jobIndex)),
  };
}
