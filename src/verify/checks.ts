import { dockerExec } from '../process/docker.js';
import { tail, type Runner } from '../process/exec.js';
import { NODE_PATHS } from '../kind/node.js';
import { inspectManifest } from './manifest.js';
import { CHECK, type CheckResult } from './result.js';

/** The policy file inside the node must be the one written on the runner, byte for byte. */
export async function checkPolicyMounted(
  run: Runner,
  node: string,
  policyText: string,
): Promise<CheckResult> {
  const result = await dockerExec(run, node, ['cat', NODE_PATHS.policyFile]);
  const base = { node, check: CHECK.policyMounted } as const;
  if (result.code !== 0) {
    return {
      ...base,
      outcome: 'fail',
      evidence: `${NODE_PATHS.policyFile} cannot be read in the node: ${tail(result.stderr, 3) || `exit ${result.code}`}`,
    };
  }
  if (result.stdout !== policyText) {
    return {
      ...base,
      outcome: 'fail',
      evidence: `${NODE_PATHS.policyFile} differs from the policy written on the runner (${result.stdout.length} bytes in the node, ${policyText.length} on the runner)`,
    };
  }
  return {
    ...base,
    outcome: 'pass',
    evidence: `${NODE_PATHS.policyFile} holds the same ${policyText.length} bytes as the runner's policy`,
  };
}

/** kubeadm's manifest must carry both audit flags and both volumes (the guide's troubleshooting step). */
export async function checkApiServerFlags(run: Runner, node: string): Promise<CheckResult> {
  const result = await dockerExec(run, node, ['cat', NODE_PATHS.apiserverManifest]);
  const base = { node, check: CHECK.apiServerFlags } as const;
  if (result.code !== 0) {
    return {
      ...base,
      outcome: 'fail',
      evidence: `${NODE_PATHS.apiserverManifest} cannot be read: ${tail(result.stderr, 3) || `exit ${result.code}`}`,
    };
  }
  const findings = inspectManifest(result.stdout);
  if (findings.problems.length > 0) {
    return { ...base, outcome: 'fail', evidence: findings.problems.join('; ') };
  }
  return {
    ...base,
    outcome: 'pass',
    evidence: `--audit-log-path=${findings.flags['audit-log-path']}, --audit-policy-file=${findings.flags['audit-policy-file']}, volumes for ${NODE_PATHS.policyDir} and ${NODE_PATHS.logDir}`,
  };
}
