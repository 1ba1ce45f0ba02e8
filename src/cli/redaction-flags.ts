import { type FlagSpec, inputFlag, NO_REDACT_FLAG, type FlagValues } from './flags.js';
import { UsageError } from './exit-codes.js';

/**
 * The user's redaction rules, as the commands that write audit files take them (`redact`,
 * `merge`, `collect`) and as `up` saves them for `collect`: the action's `redact-*` inputs. Each
 * may be given more than once.
 */
export const REDACTION_FLAGS: readonly FlagSpec[] = [
  inputFlag('redactResources'),
  inputFlag('redactAuditAnnotations'),
  inputFlag('redactPatterns'),
];

/** Refuses rules given with --no-redact: the two ask for opposite things. */
export function checkRulesWithRedaction(values: FlagValues): void {
  if (values[NO_REDACT_FLAG.flag] !== true) return;
  const given = REDACTION_FLAGS.filter((f) => values[f.flag] !== undefined).map(
    (f) => `--${f.flag}`,
  );
  if (given.length > 0)
    throw new UsageError(
      `give --${NO_REDACT_FLAG.flag} or ${given.join(', ')}, not both: --${NO_REDACT_FLAG.flag} redacts nothing`,
    );
}
