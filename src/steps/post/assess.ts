import path from 'node:path';
import type { InsightReport } from '../../insight/report.js';
import { count } from '../../text/plural.js';
import type { RunState } from '../../state/run-state.js';
import type { CollectReport } from './collect.js';

export interface Assessment {
  /** Worth failing the job for (docs/definitions.md, "When post fails the job"). */
  errors: string[];
  /** Worth a person's attention, never a failed job. */
  warnings: string[];
}

/**
 * The gate of a read that found nothing (the CLI's rule for every reading command, held by post
 * too): main proved a log live, yet the pass over every collected file read no request. The files
 * are there but hold nothing an audit log holds (emptied, overwritten, not JSON, a `.gz` that is no
 * gzip), so the run proves nothing; the error names each file and what it held. Quiet when no
 * file was read at all: the lost logs speak for themselves then.
 */
export function emptyReadError(
  state: RunState,
  report: CollectReport,
  requestsRead: number,
): string | undefined {
  const files = report.nodes.flatMap((n) => n.files.map((f) => ({ node: n.node, ...f })));
  if (requestsRead > 0 || files.length === 0 || state.verifiedNodes.length === 0) return undefined;
  const named = files.map(
    (f) => `${f.node}/${path.basename(f.path)} (${count(f.bytes, 'byte')}, no audit event)`,
  );
  return (
    `Read 0 requests from ${named.join(', ')}, although main had proven the audit log of ${state.verifiedNodes.join(', ')} live: ` +
    'something emptied or overwrote it.'
  );
}

/**
 * Decides what a collection's gaps mean. Post fails the job only when a log that main proved live
 * is lost — its bytes are neither in the runner folder nor in the node — or read no request at
 * all ({@link emptyReadError}); everything else is a warning, because post must never turn a
 * green job red for a log that was never promised. A deleted cluster is no loss while its logs are
 * on the runner. `requestsRead` is what the pass over the files read (the summary's requests).
 */
export function assessCollection(
  state: RunState,
  report: CollectReport,
  requestsRead = report.nodes.reduce(
    (sum, n) => sum + n.files.reduce((s, f) => s + f.events, 0),
    0,
  ),
): Assessment {
  const errors: string[] = [];
  const warnings: string[] = [];
  const verified = (node: string) => state.verifiedNodes.includes(node);
  const emptyRead = emptyReadError(state, report, requestsRead);
  if (emptyRead) errors.push(emptyRead);
  if (state.controlPlaneNodes.length === 0) {
    // Main never saw a node: the create failed, and kind removed its nodes. Their runner folders
    // keep whatever the API servers wrote, and were collected; empty logs are no surprise here.
    warnings.push(
      `Cluster "${state.clusterName}" does not exist: \`kind create cluster\` did not finish, and kind removes the nodes of a failed create. ` +
        'What their API servers wrote before that is kept from the runner folders.',
    );
    return { errors, warnings };
  }
  for (const node of report.nodes) {
    const lost = (message: string) => (verified(node.node) ? errors : warnings).push(message);
    const events = node.files.reduce((sum, f) => sum + f.events, 0);
    if (node.problem) {
      lost(`Could not copy the audit logs of ${node.node}: ${node.problem}`);
    } else if (node.files.length === 0) {
      const message = `No audit log was found in ${node.node} at ${state.auditLogPath}`;
      lost(
        verified(node.node)
          ? `${message}, although main had verified it: something removed it.`
          : `${message}.`,
      );
    } else if (events === 0 && !(emptyRead && verified(node.node))) {
      const message = `The audit log of ${node.node} holds no event`;
      lost(
        verified(node.node)
          ? `${message}, although main had verified it: something emptied it.`
          : `${message}.`,
      );
    }
  }
  return { errors, warnings };
}

/** Violations given an error annotation each; the rest are counted in one more. */
export const MAX_VIOLATION_ANNOTATIONS = 5;

const quote = (value: string): string => JSON.stringify(value);

/** Whether main proved every control-plane node's log live: a `require` can be trusted then. */
function provenLive(state: RunState): boolean {
  return (
    state.controlPlaneNodes.length > 0 &&
    state.controlPlaneNodes.every((n) => state.verifiedNodes.includes(n))
  );
}

/**
 * The gates the user asked for (docs/definitions.md, "When post fails the job", 2): a violated
 * expectation, and drift from the baseline with `on-drift: fail`. A `require` on a log that main
 * could not prove live fails as unchecked, not as broken. Drift with `on-drift: warn` and an
 * incomplete insight are warnings.
 */
export function assessInsights(state: RunState, insights: InsightReport): Assessment {
  const errors: string[] = [];
  const warnings: string[] = [...insights.problems];
  if (state.insights?.expectPath && insights.violations.length === 0)
    errors.push('The expectations could not be checked: post could not read them.');
  for (const v of insights.violations.filter((e) => e.violated)) {
    if (v.kind === 'require') {
      errors.push(
        provenLive(state)
          ? `Expectation ${quote(v.name)} is violated: it requires a request that never happened.`
          : `Expectation ${quote(v.name)} could not be checked: it requires a request, and main could not prove the audit log live, so its absence proves nothing.`,
      );
      continue;
    }
    const first = v.offending[0];
    errors.push(
      `Expectation ${quote(v.name)} is violated by ${count(v.matched, 'request')}` +
        (first
          ? `, the first at ${quote(first.time)}: ${quote(first.user)} ${quote(first.verb)} ${quote(first.uri)} → ${first.code}`
          : '') +
        '.',
    );
  }
  const d = insights.drift;
  if (d && d.addedTotal + d.goneTotal > 0) {
    const message = `The run's permissions drifted from ${d.baseline}: ${d.addedTotal} added, ${d.goneTotal} gone (see the job summary; the artifact's baseline.tsv is the new one).`;
    (d.onDrift === 'fail' ? errors : warnings).push(message);
  }
  if (insights.rbacDropped > 0)
    warnings.push(
      `The generated RBAC is incomplete: ${insights.rbacDropped} distinct permissions past the cap were left out.`,
    );
  if (insights.baselineDropped > 0)
    warnings.push(
      `baseline.tsv was cut at ${count(insights.baselineLines, 'line')}; ${count(insights.baselineDropped, 'more was', 'more were')} left out.`,
    );
  return { errors, warnings };
}

/**
 * Error annotations for the violated expectations: the first {@link MAX_VIOLATION_ANNOTATIONS},
 * and one saying how many more (GitHub shows 10 annotations of a type per step).
 */
export function violationAnnotations(gateErrors: readonly string[]): string[] {
  const shown = gateErrors.slice(0, MAX_VIOLATION_ANNOTATIONS);
  const more = gateErrors.length - shown.length;
  return more > 0 ? [...shown, `… and ${more} more; see the job summary.`] : shown;
}
