import * as core from '@actions/core';

/**
 * On cancellation the runner sends SIGINT, then SIGTERM 7.5 s later (FACTS §5). Say what happened
 * and exit non-zero at once: the state saved so far lets the post step collect what was written.
 */
export function failOnCancel(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      core.setFailed(
        `kind-audit was cancelled (${signal}); the post step still collects the audit logs written so far.`,
      );
      process.exit(1);
    });
  }
}
