import type { Summary } from '../logs/summary/index.js';
import { quoted } from '../collect/index.js';

/**
 * GitHub shows at most 10 annotations of a type per step (`_maxIssueCount`, actions/runner
 * `src/Runner.Worker/ExecutionContext.cs`): these are spent first.
 */
export const MAX_FINDINGS = 10;

const n = (value: number) => value.toLocaleString('en-US');

/**
 * The findings worth an annotation, most important first, at most {@link MAX_FINDINGS}: server
 * errors, then denied requests, then calls to deprecated APIs, each group with its total and its
 * first examples. Text from the log is quoted, so it cannot fake a line of the step's log.
 */
export function findingAnnotations(summary: Summary): string[] {
  const findings: string[] = [];
  if (summary.errors5xxTotal > 0) {
    const first = summary.errors5xx[0];
    findings.push(
      `${n(summary.errors5xxTotal)} request(s) got a server error (5xx)` +
        (first
          ? `, the first: ${first.code} for ${quoted(first.user)} ${quoted(first.verb)} ${quoted(first.resource)}`
          : '') +
        '. See the job summary.',
    );
  }
  if (summary.deniedTotal > 0) {
    findings.push(
      `${n(summary.deniedTotal)} request(s) were denied (403). See the job summary for who was denied what, and why.`,
    );
    for (const row of summary.denied.slice(0, 3)) {
      findings.push(
        `Denied: ${quoted(row.user)} ${quoted(row.verb)} ${quoted(row.resource)}` +
          (row.namespace ? ` in ${quoted(row.namespace)}` : '') +
          (row.reason ? ` (${quoted(row.reason)})` : ''),
      );
    }
  }
  for (const row of summary.deprecated.slice(0, 3)) {
    findings.push(
      `${quoted(row.user)} called the deprecated API ${quoted(row.api)} ${n(row.count)} time(s)` +
        (row.removedRelease ? `; it is removed in ${quoted(row.removedRelease)}` : '') +
        '.',
    );
  }
  return findings.slice(0, MAX_FINDINGS);
}
