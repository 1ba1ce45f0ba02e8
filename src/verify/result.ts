/** The checks main runs on every control-plane node, in the order a person would debug them. */
export const CHECK = {
  policyMounted: 'policy mounted',
  apiServerFlags: 'API server flags',
  logLive: 'audit log live',
} as const;

export type CheckName = (typeof CHECK)[keyof typeof CHECK];

/** One named check on one node, with the evidence a person needs to believe it. */
export interface CheckResult {
  node: string;
  check: CheckName;
  outcome: 'pass' | 'fail' | 'skip';
  evidence: string;
}

/** One line for the log: `✓ kind-control-plane: policy mounted — same 63 bytes as …`. */
export function formatCheck(result: CheckResult): string {
  const mark = { pass: '✓', fail: '✗', skip: '–' }[result.outcome];
  return `${mark} ${result.node}: ${result.check} — ${result.evidence}`;
}
