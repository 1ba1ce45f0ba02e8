/**
 * Redaction of audit logs (issue 8): secret material replaced by a fixed marker in every file
 * that holds audit events, before anything leaves the runner. The one module others import.
 *
 * - `redact-settings.ts`: the rules of a run, built in and the user's (`redact-*` inputs);
 * - `redact-rules.ts`, `redact-secret.ts`: what is secret in a parsed event, and where it was;
 * - `redact-scan.ts` (with `json-check.ts`): the byte check that proves most lines need no parse;
 * - `redact-line.ts`: one line; `redact-stream.ts`: chunks of lines, with the stats;
 * - `redact-file.ts`: one file, plain or `.gz`.
 *
 * docs/redaction.md says how they fit, and how to add a rule.
 */
export { LAST_APPLIED, REDACTED, redactEvent } from './redact-rules.js';
export { redactLine, unparseableMarker, type RedactedLine } from './redact-line.js';
export {
  addStats,
  emptyStats,
  MAX_LINE_BYTES,
  StreamRedactor,
  type RedactionStats,
} from './redact-stream.js';
export { redactFile, type RedactFileOptions } from './redact-file.js';
export {
  joinSettings,
  NO_EXTRA_REDACTION,
  RedactionRules,
  RedactionSettingError,
  type RedactionSettings,
} from './redact-settings.js';
