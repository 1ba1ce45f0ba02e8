import type { Runner } from '../exec.js';
import type { Logger } from '../logger.js';
import {
  collectDiagnostics,
  formatCheck,
  verifyNodes,
  type CheckResult,
  type VerifyOptions,
} from '../verify/index.js';

/** A failed check: names node and check, so the step's error says where to look. */
export class VerificationError extends Error {
  constructor(readonly failures: CheckResult[]) {
    super(
      `Audit logging is not working: ${failures.map((f) => `${f.node}: ${f.check} failed (${f.evidence})`).join('; ')}. ` +
        'The cluster is left running; the post step still collects whatever was written.',
    );
    this.name = 'VerificationError';
  }
}

/**
 * Checks every node, prints one line per check, and on failure prints the guide's troubleshooting
 * output for each failing node before throwing {@link VerificationError}.
 */
export async function verifyCluster(
  run: Runner,
  log: Logger,
  nodes: readonly string[],
  options: VerifyOptions,
): Promise<CheckResult[]> {
  const checks = await log.group('Verifying audit logging', async () => {
    const results = await verifyNodes(run, nodes, options);
    for (const result of results) log.info(formatCheck(result));
    return results;
  });
  const failures = checks.filter((c) => c.outcome === 'fail');
  if (failures.length > 0) {
    for (const node of new Set(failures.map((f) => f.node))) {
      await log.group(`Diagnostics for ${node}`, async () =>
        log.info(await collectDiagnostics(run, node)),
      );
    }
    throw new VerificationError(failures);
  }
  return checks;
}
