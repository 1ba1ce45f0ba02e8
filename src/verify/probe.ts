import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { dockerExec } from '../process/docker.js';
import type { Runner } from '../process/exec.js';
import { NODE_API_SERVER, NODE_PATHS } from '../kind/node.js';
import { evaluate, type AuditRequest, type Policy } from '../policy/index.js';
import { CHECK, type CheckResult } from './result.js';

/** A request no one else makes, carrying a fresh marker in its URL, and how the policy sees it. */
export interface Probe {
  marker: string;
  path: string;
  request: AuditRequest;
}

/** The identity kind's admin.conf authenticates as (kubeadm ≥ 1.29). */
const ADMIN = {
  user: 'kubernetes-admin',
  groups: ['kubeadm:cluster-admins', 'system:authenticated'],
};

/**
 * Read-only requests the probe may use, most ordinary first. Each answers 404 and changes
 * nothing; the later ones exist for policies that do not audit ConfigMap reads.
 */
export function probeCandidates(marker: string): Probe[] {
  return [
    {
      marker,
      path: `/api/v1/namespaces/default/configmaps/${marker}`,
      request: {
        ...ADMIN,
        verb: 'get',
        apiGroup: '',
        resource: 'configmaps',
        namespace: 'default',
        name: marker,
      },
    },
    {
      marker,
      path: `/api/v1/namespaces/${marker}`,
      request: {
        ...ADMIN,
        verb: 'get',
        apiGroup: '',
        resource: 'namespaces',
        // kube's RequestInfo gives a namespace object's own name as its namespace.
        namespace: marker,
        name: marker,
      },
    },
    { marker, path: `/${marker}`, request: { ...ADMIN, verb: 'get', path: `/${marker}` } },
  ];
}

/** A read that is not long-running writes its events at these stages only. */
const PROBE_STAGES = ['RequestReceived', 'ResponseComplete'] as const;

/** True when the policy writes at least one event for the request. */
function writesEvent(policy: Policy, request: AuditRequest): boolean {
  const decision = evaluate(policy, request);
  return (
    decision.level !== 'None' && PROBE_STAGES.some((stage) => !decision.omitStages.includes(stage))
  );
}

/**
 * The first candidate for which the policy writes an event, or why there is none: under a policy
 * that audits none of them (or omits every stage a read has), liveness cannot be proven.
 */
export function chooseProbe(
  policy: Policy | undefined,
  marker = newMarker(),
): Probe | { skip: string } {
  const candidates = probeCandidates(marker);
  if (!policy) return candidates[0] as Probe;
  const audited = candidates.find((c) => writesEvent(policy, c.request));
  return (
    audited ?? {
      skip: 'skipped: the policy writes no event for any read-only request a probe can make, so liveness cannot be proven',
    }
  );
}

function newMarker(): string {
  return `kind-audit-probe-${randomUUID().slice(0, 8)}`;
}

/**
 * Sends the probe to this node's own API server (see {@link NODE_API_SERVER}). The request answers
 * 404, and that is expected: the audit event is written either way.
 */
export function probeArgs(probe: Probe): string[] {
  return [
    'kubectl',
    '--kubeconfig=/etc/kubernetes/admin.conf',
    `--server=${NODE_API_SERVER}`,
    'get',
    '--raw',
    probe.path,
  ];
}

/**
 * Why a probe got no answer from the API server, or undefined when it got one: kubectl says
 * `Error from server (…)` for any HTTP answer (the probe's 404 among them), and something else when
 * it could not connect or trust the server.
 */
export function probeProblem(result: { code: number; stderr: string }): string | undefined {
  if (result.code === 0 || /^Error from server \(/m.test(result.stderr)) return undefined;
  const last = result.stderr.trim().split('\n').pop() ?? '';
  return (last || `kubectl exited ${result.code}`).slice(0, 300);
}

export interface ProbeTiming {
  timeoutMs: number;
  /** How often to look in the log. */
  pollMs?: number;
  /** How often to send the probe again, in case the API server was briefly not answering. */
  resendMs?: number;
}

/**
 * Sends the probe and waits until its event is in the node's audit log. The file may not exist
 * until the API server has started (`ensureLogFile`, k8s.io/apiserver
 * `pkg/server/options/audit.go`) and holds no event before the first audited request, so "absent"
 * is a reason to wait, not to fail.
 */
export async function checkLogLive(
  run: Runner,
  node: string,
  probe: Probe,
  timing: ProbeTiming,
): Promise<CheckResult> {
  const { timeoutMs, pollMs = 200, resendMs = 2000 } = timing;
  const start = Date.now();
  let lastSent = -Infinity;
  /** Why the last probe did not reach the API server, when it did not. */
  let unanswered: string | undefined;
  for (;;) {
    if (Date.now() - lastSent >= resendMs) {
      lastSent = Date.now();
      unanswered = probeProblem(await dockerExec(run, node, probeArgs(probe)));
    }
    const look = await dockerExec(run, node, [
      'grep',
      '-c',
      '-F',
      probe.marker,
      NODE_PATHS.logFile,
    ]);
    if (look.code === 0) {
      const seconds = ((Date.now() - start) / 1000).toFixed(1);
      return {
        node,
        check: CHECK.logLive,
        outcome: 'pass',
        evidence: `the probe GET ${probe.path} appeared in ${NODE_PATHS.logFile} after ${seconds}s`,
      };
    }
    // grep exits 1 when the file has no match and 2 when it cannot read the file.
    const seen =
      look.code === 1
        ? 'the file exists but has no event for it'
        : `the file cannot be read (${look.stderr.trim() || `exit ${look.code}`})`;
    if (Date.now() - start >= timeoutMs) {
      return {
        node,
        check: CHECK.logLive,
        outcome: 'fail',
        evidence: `no event for the probe GET ${probe.path} in ${NODE_PATHS.logFile} after ${timeoutMs / 1000}s: ${seen}${unanswered ? `; the probe got no answer from ${NODE_API_SERVER}: ${unanswered}` : ''}`,
      };
    }
    await sleep(pollMs);
  }
}
