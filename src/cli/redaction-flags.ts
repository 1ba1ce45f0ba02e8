import { INPUT } from '../inputs/table.js';
import { type FlagSpec, flagOf, NO_REDACT_FLAG, type FlagValues } from './flags.js';
import { UsageError } from './exit-codes.js';

/**
 * The user's redaction rules, as the commands that write audit files take them (`redact`,
 * `merge`, `collect`) and as `up` saves them for `collect`: the action's `redact-*` inputs. Each
 * may be given more than once.
 */
export const REDACTION_FLAGS: readonly FlagSpec[] = [
  {
    ...flagOf(
      INPUT.redactResources,
      'RESOURCES',
      'objects of these resources are redacted as Secrets are: resource[.group], comma-separated, e.g. configmaps',
    ),
    multiple: true,
  },
  {
    ...flagOf(
      INPUT.redactAuditAnnotations,
      'KEYS',
      "audit annotations whose values are redacted in every event: keys with * globs, comma-separated, e.g. 'example.com/*'",
    ),
    multiple: true,
  },
  {
    ...flagOf(
      INPUT.redactPatterns,
      'REGEX',
      "text this regular expression matches in any string value is redacted, e.g. 'command=[^&]*'; once per pattern",
    ),
    multiple: true,
  },
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
