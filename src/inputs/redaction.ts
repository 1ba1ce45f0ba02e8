import { InputError } from '../messages/input-error.js';
import {
  NO_EXTRA_REDACTION,
  RedactionRules,
  RedactionSettingError,
  type RedactionSettings,
} from '../logs/redact/index.js';

/** Entries of a list input: comma- or newline-separated, blanks dropped. */
function list(value: string, commas: boolean): string[] {
  return value
    .split(commas ? /[,\n]/ : /\n/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/**
 * One `redact-*` input, checked alone, so each bad one is reported with its own value. Patterns
 * are one per line (a comma is part of `{n,m}`); the lists take commas too. A pattern is
 * trimmed: to match a leading space, write `\s` or `[ ]`.
 */
export function redactionSetting(
  setting: keyof RedactionSettings,
): (value: string, input: string) => string[] {
  return (value, input) => {
    const entries = list(value, setting !== 'patterns');
    try {
      RedactionRules.compile({ ...NO_EXTRA_REDACTION, [setting]: entries });
    } catch (error) {
      if (!(error instanceof RedactionSettingError)) throw error;
      throw new InputError(
        input,
        value,
        `${JSON.stringify(error.entry)} is not allowed: ${error.allowed}`,
      );
    }
    return entries;
  };
}
