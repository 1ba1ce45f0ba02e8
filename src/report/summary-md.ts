import type { Summary } from '../logs/summary-shape.js';
import { code, escapeMarkdown } from '../markdown.js';
import { DEFAULT_BUDGET, fitToBudget } from './budget.js';
import { bytes, count, cutTable, html, logText } from './format.js';
import { insightSections, type InsightPage } from './insights-md.js';
import { timelineSection } from './timeline-md.js';

/** What the page says beside the log's own figures. */
export interface SummaryContext {
  clusterName?: string;
  /** The policy that produced the log, e.g. `preset recommended` or `file audit-policy.yaml`. */
  policyOrigin?: string;
  artifactUrl?: string;
  /** RBAC, expectations and drift, shown after the header. */
  insights?: InsightPage;
}

const ms = (n: number) => `${n.toLocaleString('en-US', { maximumFractionDigits: 1 })} ms`;

function countsTable(
  title: string,
  key: string,
  counts: Record<string, number>,
  limit: number,
): string {
  const rows = Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => [logText(k), count(n)]);
  return `### ${title}\n\n${cutTable([key, 'requests'], rows, limit)}`;
}

function header(s: Summary, context: SummaryContext): string {
  const lines = ['## Kubernetes audit log', ''];
  const span = s.first && s.last ? ` from ${logText(s.first)} to ${logText(s.last)}` : '';
  lines.push(
    `**${count(s.requests)} requests**${span}; ${count(s.lines)} lines read, ${count(s.skipped)} of them not events.`,
  );
  if (context.clusterName) lines.push('', `Cluster: ${code(context.clusterName)}`);
  if (context.policyOrigin) lines.push('', `Policy: ${escapeMarkdown(context.policyOrigin)}`);
  if (context.artifactUrl && /^https:\/\/[^\s()<>]+$/.test(context.artifactUrl))
    lines.push(
      '',
      `[Download the artifact](${context.artifactUrl}): every event in \`audit.jsonl\`, the raw files, summary.json.`,
    );
  return lines.join('\n');
}

function nodesSection(s: Summary, limit: number): string {
  const rows = Object.entries(s.nodes).map(([node, n]) => [
    logText(node),
    count(n.files),
    bytes(n.bytes),
    n.requests === null ? 'in audit.jsonl' : count(n.requests),
    n.first ? logText(n.first) : '—',
    n.last ? logText(n.last) : '—',
  ]);
  return `### Per node\n\n${cutTable(['node', 'files', 'bytes', 'requests', 'first', 'last'], rows, limit)}`;
}

function findings(s: Summary, limit: number): string {
  const row = (r: {
    time: string;
    user: string;
    verb: string;
    resource: string;
    namespace: string;
    name: string;
  }) => [r.time, r.user, r.verb, r.resource, r.namespace, r.name].map(logText);
  const base = ['time', 'user', 'verb', 'resource', 'namespace', 'name'];
  return [
    `### Denied (403): ${count(s.deniedTotal)}`,
    cutTable(
      [...base, 'reason'],
      s.denied.map((r) => [...row(r), logText(r.reason)]),
      limit,
      s.deniedTotal,
    ),
    `### Server errors (5xx): ${count(s.errors5xxTotal)}`,
    cutTable(
      [...base, 'code', 'message'],
      s.errors5xx.map((r) => [...row(r), count(r.code), logText(r.message)]),
      limit,
      s.errors5xxTotal,
    ),
    `### Deprecated APIs called: ${count(s.deprecatedTotal)}`,
    cutTable(
      ['user', 'API', 'removed in', 'requests'],
      s.deprecated.map((d) => [
        logText(d.user),
        logText(d.api),
        logText(d.removedRelease),
        count(d.count),
      ]),
      limit,
    ),
    `### Slowest requests`,
    cutTable(
      [...base, 'code', 'latency'],
      s.slowest.map((r) => [...row(r), logText(r.code), ms(r.latencyMs)]),
      limit,
    ),
  ].join('\n\n');
}

function whoDidWhat(s: Summary, limit: number): string {
  const subjects = Object.entries(s.whoDidWhat);
  const parts = [
    `### Who did what (${count(s.whoDidWhatSubjects)} subjects besides Kubernetes' own components)`,
  ];
  for (const [subject, activity] of subjects.slice(0, limit)) {
    const rows = activity.rows.map((r) => [
      logText(r.verb),
      logText(r.resource),
      logText(r.namespace),
      count(r.count),
    ]);
    const other =
      activity.otherRequests > 0
        ? `\n\n${count(activity.otherRequests)} more requests in rows not listed.`
        : '';
    parts.push(
      `<details><summary><code>${html(subject)}</code>: ${count(activity.requests)} requests</summary>\n\n${cutTable(['verb', 'resource', 'namespace', 'requests'], rows, limit)}${other}\n\n</details>`,
    );
  }
  if (subjects.length > limit)
    parts.push(
      `_${count(subjects.length - limit)} more subjects not shown here; summary.json holds them._`,
    );
  if (subjects.length === 0) parts.push('_None._');
  return parts.join('\n\n');
}

/**
 * summary.md: the summary as a page for the run, within `budget` bytes (GitHub drops a larger step
 * summary whole). Tables are cut in steps, each cut saying so; every string from the log is inline
 * code, and the cluster's figures carry thousands separators.
 */
export function renderSummary(
  s: Summary,
  context: SummaryContext = {},
  budget = DEFAULT_BUDGET,
): string {
  return fitToBudget((limit) => {
    const sections = [
      header(s, context),
      ...(context.insights ? insightSections(context.insights, limit) : []),
      nodesSection(s, limit),
      `### Requests over time\n\n${timelineSection(s.timeline, limit)}`,
      findings(s, limit),
      whoDidWhat(s, limit),
      countsTable('By verb', 'verb', s.byVerb, limit),
      countsTable('By resource', 'resource', s.byResource, limit),
      countsTable('By user', 'user', s.byUser, limit),
      countsTable('By namespace', 'namespace', s.byNamespace, limit),
      countsTable('By response code', 'code', s.byCode, limit),
      countsTable('By user agent', 'user agent', s.byUserAgent, limit),
    ];
    if (s.warnings.length > 0)
      sections.push(
        `### While reading\n\n${s.warnings.map((w) => `- ${escapeMarkdown(w)}`).join('\n')}`,
      );
    return `${sections.join('\n\n')}\n`;
  }, budget);
}
