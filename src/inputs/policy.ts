import { InputConflictError, InputError, type InputSource } from '../input-error.js';
import { isPresetName, PRESETS, type PresetName } from '../policy/presets.js';
import type { PolicySource } from '../policy/source.js';
import { AUDIT_LEVELS, isStage, STAGES, type AuditLevel, type Stage } from '../policy/types.js';
import { INPUT } from './names.js';

function policyLevel(value: string): AuditLevel {
  const known = AUDIT_LEVELS.find((l) => l === value);
  if (!known) {
    throw new InputError(
      INPUT.policyLevel,
      value,
      `allowed levels are ${AUDIT_LEVELS.join(', ')} (case-sensitive, as kube-apiserver reads them)`,
    );
  }
  return known;
}

function preset(value: string): PresetName {
  if (!isPresetName(value)) {
    throw new InputError(INPUT.preset, value, `known presets are ${PRESETS.join(', ')}`);
  }
  return value;
}

/** A value short enough to quote in a message: an inline policy can be pages long. */
function abbreviate(value: string): string {
  const line = value.trim().split('\n')[0] ?? '';
  return line.length > 40 || value.trim().includes('\n') ? `${line.slice(0, 40)}…` : line;
}

/** Exactly one policy source; none means the guide's Metadata policy. */
export function policySource(get: InputSource): PolicySource {
  const given = [INPUT.policy, INPUT.policyFile, INPUT.preset, INPUT.policyLevel].filter(
    (name) => get(name).trim() !== '',
  );
  if (given.length > 1) {
    throw new InputConflictError(
      given.map((input) => ({ input, value: abbreviate(get(input)) })),
      `set exactly one of ${INPUT.policy}, ${INPUT.policyFile}, ${INPUT.preset} or ${INPUT.policyLevel}; with none, the policy is the guide's Metadata policy`,
    );
  }
  switch (given[0]) {
    case INPUT.policy:
      return { kind: 'inline', text: get(INPUT.policy), input: INPUT.policy };
    case INPUT.policyFile:
      return { kind: 'file', path: get(INPUT.policyFile).trim(), input: INPUT.policyFile };
    case INPUT.preset:
      return { kind: 'preset', name: preset(get(INPUT.preset).trim()) };
    case INPUT.policyLevel:
      return { kind: 'level', level: policyLevel(get(INPUT.policyLevel).trim()) };
    default:
      return { kind: 'level', level: 'Metadata' };
  }
}

/** The word that clears the policy's own `omitStages` on purpose. */
const NO_STAGES = 'none';

/**
 * A list of stages, comma- or newline-separated, as YAML lists are awkward in `with:`. Empty keeps
 * the policy's own `omitStages`; `none` clears them; a value that lists no stage at all (",") is
 * an error rather than a silent clearing.
 */
export function omitStages(value: string): Stage[] | undefined {
  if (!value.trim()) return undefined;
  if (value.trim() === NO_STAGES) return [];
  const stages = value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const allowed = `stages are ${STAGES.join(', ')}; "${NO_STAGES}" clears the policy's omitStages`;
  if (stages.length === 0) {
    throw new InputError(INPUT.omitStages, value, `it names no stage: ${allowed}`);
  }
  const bad = stages.filter((s) => !isStage(s));
  if (bad.length > 0) {
    throw new InputError(
      INPUT.omitStages,
      value,
      `${bad.map((b) => `"${b}"`).join(', ')} is not a stage; ${allowed}`,
    );
  }
  return stages.filter(isStage);
}
