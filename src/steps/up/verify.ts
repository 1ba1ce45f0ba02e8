import type { Runner } from '../../process/exec.js';
import type { Logger } from '../../messages/logger.js';
import type { Policy } from '../../policy/index.js';
import {
  CHECK,
  collectDiagnostics,
  formatCheck,
  verifyNodes,
  type CheckResult,
} from '../../verify/index.js';

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

/** The nodes whose audit log the probe proved live; a skipped probe proves nothing. */
export function verifiedNodes(checks: readonly CheckResult[]): string[] {
  return checks.filter((c) => c.check === CHECK.logLive && c.outcome === 'pass').map((c) => c.node);
}

/** Throws {@link VerificationError} when any check failed. */
export function throwIfFailed(checks: readonly CheckResult[]): void {
  const failures = checks.filter((c) => c.outcome === 'fail');
  if (failures.length > 0) throw new VerificationError(failures);
}

/**
 * Checks every node, prints one line per check, and prints the guide's troubleshooting output for
 * each failing node. Returns every result, passing and failing: a node that failed does not hide
 * what the others proved.
 */
export async function verifyCluster(
  run: Runner,
  log: Logger,
  nodes: readonly string[],
  options: { policyText: string; policy: Policy | undefined; timeoutMs: number },
): Promise<CheckResult[]> {
  const checks = await log.group('Verifying audit logging', async () => {
    const results = await verifyNodes(run, nodes, options);
    for (const result of results) log.info(formatCheck(result));
    return results;
  });
  const failing = new Set(checks.filter((c) => c.outcome === 'fail').map((c) => c.node));
  for (const node of failing) {
    await log.group(`Diagnostics for ${node}`, async () =>
      log.info(await collectDiagnostics(run, node)),
    );
  }
  return checks;
}
