import { parseDuration } from '../text/duration.js';
import { InputError } from '../messages/input-error.js';
import type { DeleteSetting } from '../steps/cleanup.js';

/**
 * kind's own rule for cluster names (`pkg/apis/config/v1alpha4`): lowercase letters, digits, "-"
 * and ".", at most 50 characters; starting with a letter or digit, as Docker requires of the
 * container names built from it.
 */
const CLUSTER_NAME = /^[a-z0-9][a-z0-9.-]*$/;
const CLUSTER_NAME_MAX = 50;

/**
 * Characters the artifact service refuses in a name (actions/toolkit
 * `packages/artifact/src/internal/upload/path-and-artifact-name-validation.ts`).
 */
const ARTIFACT_FORBIDDEN = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

/**
 * The longest duration accepted. Node fires a timer of more than 2^31-1 ms (about 24.8 days) at
 * once, and no job runs longer than a day; kind accepts any Go duration, so this bound suits both.
 */
const MAX_DURATION_MS = 24 * 3_600_000;

/**
 * What the node and name inputs mean when left empty and no kind config is given; with one, the
 * config decides (its nodes, its `name:`).
 */
export const WITHOUT_CONFIG = { clusterName: 'kind', controlPlanes: '1', workers: '0' } as const;

/*
 * Each parser below checks one input's value, the input's default already filled in when it was
 * left empty (src/inputs/table.ts), and throws InputError naming the input, the value and what is
 * allowed.
 */

export function clusterName(value: string, input: string): string {
  const name = value || WITHOUT_CONFIG.clusterName;
  if (!CLUSTER_NAME.test(name) || name.length > CLUSTER_NAME_MAX) {
    throw new InputError(
      input,
      value,
      `kind accepts at most ${CLUSTER_NAME_MAX} lowercase letters, digits, "-" and ".", starting with a letter or digit, e.g. "kind" or "e2e-1"` +
        (name.length > CLUSTER_NAME_MAX ? ` (this one has ${name.length})` : ''),
    );
  }
  return name;
}

/** A Go duration ("90s", "2m30s") within bounds, in milliseconds. */
export function duration(input: string, value: string, positive: boolean): number {
  const ms = parseDuration(value);
  if (ms === undefined || (positive && ms <= 0) || ms > MAX_DURATION_MS) {
    throw new InputError(
      input,
      value,
      `expected a duration such as "90s", "2m" or "1m30s"${positive ? ', greater than zero' : ''} and at most 24h`,
    );
  }
  return ms;
}

export function wholeNumber(input: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new InputError(input, value, `expected a whole number from ${min} to ${max}`);
  }
  return n;
}

export function boolean(input: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(input, value, 'expected true or false');
}

/** An optional boolean: empty leaves the setting to whatever else decides it. */
export function optionalBoolean(input: string, value: string): boolean | undefined {
  return value ? boolean(input, value) : undefined;
}

export function retentionDays(value: string, input: string): number | undefined {
  if (!value) return undefined;
  const days = Number(value);
  if (!/^\d+$/.test(value) || days < 1 || days > 90) {
    throw new InputError(
      input,
      value,
      'expected a whole number of days from 1 to 90, or empty for the repository setting',
    );
  }
  return days;
}

export function artifactName(value: string, input: string): string | undefined {
  if (!value) return undefined;
  const bad = ARTIFACT_FORBIDDEN.filter((c) => value.includes(c));
  if (bad.length > 0) {
    const shown = bad.map((c) => JSON.stringify(c)).join(' ');
    throw new InputError(
      input,
      value,
      `artifact names cannot contain ${shown} (forbidden: " : < > | * ? \\r \\n \\ /)`,
    );
  }
  return value;
}

export function nodeImage(value: string, input: string): string | undefined {
  if (!value) return undefined;
  if (/\s/.test(value)) {
    throw new InputError(
      input,
      value,
      'expected an image reference without spaces, e.g. kindest/node:v1.36.1',
    );
  }
  return value;
}

/** The matrix leg; empty outside a matrix (and outside a runner). */
export function jobIndex(value: string, input: string): string | undefined {
  if (!value) return undefined;
  if (!/^\d+$/.test(value)) {
    throw new InputError(
      input,
      value,
      'expected a whole number (leave it to its default, ${{ strategy.job-index }})',
    );
  }
  return value;
}

/** `delete-cluster`: `auto` leaves the choice to the runner (see steps/cleanup.ts), or forced. */
export function deleteCluster(value: string, input: string): DeleteSetting {
  if (value === 'auto' || value === 'true' || value === 'false') return value;
  throw new InputError(
    input,
    value,
    'expected auto (delete on self-hosted runners, keep on GitHub-hosted ones), true or false',
  );
}
