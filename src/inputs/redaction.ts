import { InputConflictError, InputError, type InputSource } from '../input-error.js';
import {
  RedactionRules,
  RedactionSettingError,
  type RedactionSettings,
} from '../logs/redact/index.js';
import { INPUT } from './names.js';

/** The input that carries each setting. */
const INPUT_OF = {
  auditAnnotations: INPUT.redactAuditAnnotations,
  resources: INPUT.redactResources,
  patterns: INPUT.redactPatterns,
} as const;

/** Entries of a list input: comma- or newline-separated, blanks dropped. */
function list(value: string, commas: boolean): string[] {
  return value
    .split(commas ? /[,\n]/ : /\n/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/**
 * Reads and checks the `redact-*` inputs; throws InputError naming the input, the value and what
 * is allowed. Patterns are one per line (a comma is part of `{n,m}`); the lists take commas too.
 * A pattern is trimmed: to match a leading space, write `\s` or `[ ]`.
 */
export function readRedactionSettings(get: InputSource): RedactionSettings {
  const settings: RedactionSettings = {
    auditAnnotations: list(get(INPUT.redactAuditAnnotations), true),
    resources: list(get(INPUT.redactResources), true),
    patterns: list(get(INPUT.redactPatterns), false),
  };
  try {
    RedactionRules.compile(settings);
  } catch (error) {
    if (!(error instanceof RedactionSettingError)) throw error;
    const input = INPUT_OF[error.setting];
    throw new InputError(
      input,
      get(input),
      `${JSON.stringify(error.entry)} is not allowed: ${error.allowed}`,
    );
  }
  return settings;
}

/**
 * Refuses rules beside `redact: false`, which redacts nothing: the user asked for both, and one
 * of the two is not what they meant.
 */
export function checkRulesWithRedaction(get: InputSource, redact: boolean): void {
  if (redact) return;
  const given = Object.values(INPUT_OF).filter((input) => get(input).trim() !== '');
  if (given.length > 0)
    throw new InputConflictError(
      [INPUT.redact, ...given].map((input) => ({ input, value: get(input) })),
      `with ${INPUT.redact} false nothing is redacted: drop the rules, or leave ${INPUT.redact} true`,
    );
}
