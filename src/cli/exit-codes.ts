/** The CLI's exit codes (docs/cli.md, "Exit codes"): the one home. */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** What was checked failed: a policy kube would reject, a failed check, a command that failed. */
  failed: 1,
  /** Usage: an unknown command or flag, a bad flag value, an unreadable or oversized input file. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in how the CLI was called; exits {@link EXIT.usage}. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
