import { InputError } from '../messages/input-error.js';
import {
  isPresetName,
  PRESETS,
  AUDIT_LEVELS,
  isStage,
  STAGES,
  type PresetName,
  type AuditLevel,
  type Stage,
} from '../policy/index.js';

/** `policy-level`: one of kube-apiserver's levels. */
export function policyLevel(value: string, input: string): AuditLevel {
  const known = AUDIT_LEVELS.find((l) => l === value);
  if (!known) {
    throw new InputError(
      input,
      value,
      `allowed levels are ${AUDIT_LEVELS.join(', ')} (case-sensitive, as kube-apiserver reads them)`,
    );
  }
  return known;
}

/** `preset`: a built-in policy's name. */
export function preset(value: string, input: string): PresetName {
  if (!isPresetName(value)) {
    throw new InputError(input, value, `known presets are ${PRESETS.join(', ')}`);
  }
  return value;
}

/** The word that clears the policy's own `omitStages` on purpose. */
const NO_STAGES = 'none';

/**
 * A list of stages, comma- or newline-separated, as YAML lists are awkward in `with:`. Empty keeps
 * the policy's own `omitStages`; `none` clears them; a value that lists no stage at all (",") is
 * an error rather than a silent clearing.
 */
export function omitStages(value: string, input: string): Stage[] | undefined {
  if (!value.trim()) return undefined;
  if (value.trim() === NO_STAGES) return [];
  const stages = value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const allowed = `stages are ${STAGES.join(', ')}; "${NO_STAGES}" clears the policy's omitStages`;
  if (stages.length === 0) {
    throw new InputError(input, value, `it names no stage: ${allowed}`);
  }
  const bad = stages.filter((s) => !isStage(s));
  if (bad.length > 0) {
    throw new InputError(
      input,
      value,
      `${bad.map((b) => `"${b}"`).join(', ')} is not a stage; ${allowed}`,
    );
  }
  return stages.filter(isStage);
}
