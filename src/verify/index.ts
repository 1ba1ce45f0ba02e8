import type { Runner } from '../process/exec.js';
import type { Policy } from '../policy/index.js';
import { checkApiServerFlags, checkPolicyMounted } from './checks.js';
import { checkLogLive, chooseProbe } from './probe.js';
import { CHECK, type CheckResult } from './result.js';

export { CHECK, formatCheck, type CheckResult } from './result.js';
export { collectDiagnostics } from './diagnostics.js';

export interface VerifyOptions {
  /** The policy as written on the runner: the node must hold the same, and it picks the probe. */
  policyText: string;
  /** The policy kube-apiserver loads from that text (checked once, by the caller); it picks the probe. */
  policy: Policy | undefined;
  timeoutMs: number;
}

/**
 * Runs every check on every node, nodes in parallel. The liveness probe runs only where the
 * mount and the flags passed: without them it could only time out, and would hide the cause.
 */
export async function verifyNodes(
  run: Runner,
  nodes: readonly string[],
  options: VerifyOptions,
): Promise<CheckResult[]> {
  const perNode = await Promise.all(
    nodes.map(async (node): Promise<CheckResult[]> => {
      const setup = await Promise.all([
        checkPolicyMounted(run, node, options.policyText),
        checkApiServerFlags(run, node),
      ]);
      const probe = chooseProbe(options.policy);
      if ('skip' in probe) {
        return [...setup, { node, check: CHECK.logLive, outcome: 'skip', evidence: probe.skip }];
      }
      if (setup.some((r) => r.outcome === 'fail')) {
        return [
          ...setup,
          {
            node,
            check: CHECK.logLive,
            outcome: 'skip',
            evidence: 'not tried: the checks above failed',
          },
        ];
      }
      return [...setup, await checkLogLive(run, node, probe, { timeoutMs: options.timeoutMs })];
    }),
  );
  return perNode.flat();
}
