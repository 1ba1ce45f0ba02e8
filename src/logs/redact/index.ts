/**
 * Redaction of audit logs (issue 8): secret material replaced by a fixed marker in every file
 * that holds audit events, before anything leaves the runner. The one module others import.
 *
 * - `settings.ts`: the rules of a run, built in and the user's (`redact-*` inputs);
 * - `rules.ts`, `secret.ts`: what is secret in a parsed event, and where it was;
 * - `scan.ts` (with `json-check.ts`): the byte check that proves most lines need no parse;
 * - `line.ts`: one line; `stream.ts`: chunks of lines, with the stats;
 * - `file.ts`: one file, plain or `.gz`; `tree.ts`: a file or a folder of them.
 *
 * docs/redaction.md says how they fit, and how to add a rule.
 */
export { LAST_APPLIED, REDACTED, redactEvent } from './rules.js';
export { redactLine, unparseableMarker, type RedactedLine } from './line.js';
export {
  addStats,
  emptyStats,
  MAX_LINE_BYTES,
  StreamRedactor,
  type RedactionStats,
} from './stream.js';
export { redactFile, type RedactFileOptions } from './file.js';
export {
  BUILT_IN_RULES,
  joinSettings,
  NO_EXTRA_REDACTION,
  RedactionRules,
  RedactionSettingError,
  type RedactionSettings,
} from './settings.js';
