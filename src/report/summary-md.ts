import type { CollectReport } from '../collect/index.js';
import type { RequestRow, Summary } from '../logs/summary/index.js';
import { code, escapeMarkdown } from '../text/markdown.js';
import { DEFAULT_BUDGET, fitToBudget } from './budget.js';
import { count, cutTable, details, figure, html, logText, table, type Heading } from './format.js';
import {
  driftVerdict,
  expectationsVerdict,
  gateSections,
  rbacSections,
  type InsightPage,
} from './insights-md.js';
import { nodesSection } from './nodes-md.js';
import { timelineSection } from './timeline-md.js';

/** What the page says beside the log's own figures. */
export interface SummaryContext {
  clusterName?: string;
  /** The policy that produced the log, e.g. `preset recommended` or `file audit-policy.yaml`. */
  policyOrigin?: string;
  artifactUrl?: string;
  /** RBAC, expectations and drift: verdicts in the headline, details folded below. */
  insights?: InsightPage;
  /** What post collected from each node: its state joins the per-node table. */
  collection?: CollectReport;
}

/** Rows of each table in the page's "Most requests"; the folded tables below hold the rest. */
export const TOP_ROWS = 5;

const ms = (n: number) => `${n.toLocaleString('en-US', { maximumFractionDigits: 1 })} ms`;

/** A count table's rows, most requests first. */
function ranked(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort((a, b) => b[1] - a[1]);
}

function countsTable(
  title: string,
  key: string,
  counts: Record<string, number>,
  limit: number,
): string {
  const rows = ranked(counts).map(([k, n]) => [logText(k), count(n)]);
  return `#### ${title}\n\n${cutTable([key, figure('requests')], rows, limit)}`;
}

/** The headline: the figures a reader wants first, and the verdicts of the gates. */
function headline(s: Summary, context: SummaryContext): string {
  const headings: Heading[] = [
    figure('requests'),
    figure('subjects'),
    figure('denied (403)'),
    figure('server errors (5xx)'),
  ];
  const cells = [
    `**${count(s.requests)}**`,
    count(s.whoDidWhatSubjects),
    count(s.deniedTotal),
    count(s.errors5xxTotal),
  ];
  if (context.insights) {
    headings.push('expectations', 'drift');
    cells.push(expectationsVerdict(context.insights.report), driftVerdict(context.insights.report));
  }
  const about = [
    s.first && s.last ? `From ${logText(s.first)} to ${logText(s.last)}` : 'No request had a time',
    ...(context.clusterName ? [`cluster ${code(context.clusterName)}`] : []),
    ...(context.policyOrigin ? [`policy: ${escapeMarkdown(context.policyOrigin)}`] : []),
    `${count(s.lines)} lines read, ${count(s.skipped)} of them not events`,
  ];
  const lines = [
    '## Kubernetes audit log',
    '',
    table(headings, [cells]),
    '',
    `${about.join(' · ')}. Subjects leave out Kubernetes' own components.`,
  ];
  if (context.artifactUrl && /^https:\/\/[^\s()<>]+$/.test(context.artifactUrl))
    lines.push(
      '',
      `[Download the artifact](${context.artifactUrl}): every event in \`audit.jsonl\`, the raw files, summary.json.`,
    );
  return lines.join('\n');
}

/** The first rows of by-verb, by-user, by-resource and by-code, side by side. */
function mostRequests(s: Summary, limit: number): string {
  const lists = [s.byVerb, s.byUser, s.byResource, s.byCode].map((c) =>
    ranked(c).slice(0, Math.min(TOP_ROWS, limit)),
  );
  const depth = Math.max(...lists.map((l) => l.length));
  if (depth === 0) return '### Most requests\n\n_None._';
  const rows = Array.from({ length: depth }, (_, i) =>
    lists.flatMap((list) => {
      const entry = list[i];
      return entry ? [logText(entry[0]), count(entry[1])] : ['', ''];
    }),
  );
  const headings = ['verb', 'user', 'resource', 'code'].flatMap((key) => [key, figure('requests')]);
  return `### Most requests\n\n${table(headings, rows)}`;
}

const requestCells = (r: RequestRow) =>
  [r.time, r.user, r.verb, r.resource, r.namespace, r.name].map(logText);
const REQUEST_HEADINGS = ['time', 'user', 'verb', 'resource', 'namespace', 'name'];

/** A folded section whose summary is a bold title. */
const fold = (title: string, body: string) => details(`<strong>${title}</strong>`, body);

function deniedSection(s: Summary, limit: number): string {
  return fold(
    `Denied (403): ${count(s.deniedTotal)}`,
    cutTable(
      [...REQUEST_HEADINGS, 'reason'],
      s.denied.map((r) => [...requestCells(r), logText(r.reason)]),
      limit,
      s.deniedTotal,
    ),
  );
}

function serverErrorsSection(s: Summary, limit: number): string {
  return fold(
    `Server errors (5xx): ${count(s.errors5xxTotal)}`,
    cutTable(
      [...REQUEST_HEADINGS, figure('code'), 'message'],
      s.errors5xx.map((r) => [...requestCells(r), count(r.code), logText(r.message)]),
      limit,
      s.errors5xxTotal,
    ),
  );
}

function slowestSection(s: Summary, limit: number): string {
  const slowest = s.slowest[0];
  return fold(
    `Slowest requests${slowest ? `: ${ms(slowest.latencyMs)} the slowest` : ''}`,
    `${cutTable(
      [...REQUEST_HEADINGS, figure('code'), figure('took')],
      s.slowest.map((r) => [
        ...requestCells(r),
        r.code || '—',
        `${ms(r.latencyMs)}${r.latencyFrom === 'annotation' ? ' ¹' : ''}`,
      ]),
      limit,
    )}\n\nTime taken is \`stageTimestamp\` − \`requestReceivedTimestamp\`; ¹ marks kube-apiserver's own \`apiserver.latency.k8s.io/total\`, used where it wrote one. Long-running requests (watch, exec, attach, logs, port-forward, proxy) are left out.`,
  );
}

function deprecatedSection(s: Summary, limit: number): string {
  return fold(
    `Deprecated APIs called: ${count(s.deprecatedTotal)}`,
    cutTable(
      ['user', 'API', 'removed in', figure('requests')],
      s.deprecated.map((d) => [
        logText(d.user),
        logText(d.api),
        logText(d.removedRelease),
        count(d.count),
      ]),
      limit,
    ),
  );
}

function whoDidWhat(s: Summary, limit: number): string {
  const subjects = Object.entries(s.whoDidWhat);
  const parts: string[] = [];
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
      details(
        `<code>${html(subject)}</code>: ${count(activity.requests)} requests`,
        `${cutTable(['verb', 'resource', 'namespace', figure('requests')], rows, limit)}${other}`,
      ),
    );
  }
  if (subjects.length > limit)
    parts.push(
      `_${count(subjects.length - limit)} more subjects not shown here; summary.json holds them._`,
    );
  if (subjects.length === 0) parts.push('_None._');
  return fold(
    `Who did what: ${count(s.whoDidWhatSubjects)} subjects besides Kubernetes' own components`,
    parts.join('\n\n'),
  );
}

function allCounts(s: Summary, limit: number): string {
  return fold(
    'All counts: by verb, resource, user, namespace, response code and user agent',
    [
      countsTable('By verb', 'verb', s.byVerb, limit),
      countsTable('By resource', 'resource', s.byResource, limit),
      countsTable('By user', 'user', s.byUser, limit),
      countsTable('By namespace', 'namespace', s.byNamespace, limit),
      countsTable('By response code', 'code', s.byCode, limit),
      countsTable('By user agent', 'user agent', s.byUserAgent, limit),
    ].join('\n\n'),
  );
}

/**
 * summary.md, the page a reader sees first: a headline (requests, subjects, denied, 5xx, and the
 * verdicts of expectations and drift), the first rows of by-verb, by-user, by-resource and
 * by-code, the gates (unfolded when they failed), one per-node table, and then the long lists
 * folded in `<details>`. Within `budget` bytes (GitHub drops a larger step summary whole):
 * tables are cut in steps, each cut saying so. Every string from the log is inline code, text
 * columns are left-aligned and figures right-aligned, with thousands separators.
 */
export function renderSummary(
  s: Summary,
  context: SummaryContext = {},
  budget = DEFAULT_BUDGET,
): string {
  return fitToBudget((limit) => {
    const insights = context.insights;
    const sections = [
      headline(s, context),
      mostRequests(s, limit),
      ...(insights ? gateSections(insights.report, limit) : []),
      nodesSection(s, context.collection, limit),
    ];
    if (s.warnings.length > 0)
      sections.push(
        `### While reading\n\n${s.warnings.map((w) => `- ${escapeMarkdown(w)}`).join('\n')}`,
      );
    sections.push(
      deniedSection(s, limit),
      serverErrorsSection(s, limit),
      slowestSection(s, limit),
      deprecatedSection(s, limit),
      fold('Requests over time', timelineSection(s.timeline, limit)),
      whoDidWhat(s, limit),
      ...(insights ? rbacSections(insights, limit) : []),
      allCounts(s, limit),
    );
    return `${sections.join('\n\n')}\n`;
  }, budget);
}
