import path from 'node:path';
import type { CollectReport, NodeReport } from './logs/collection.js';
import { code, escapeMarkdown } from './markdown.js';

/** "1.5 MB": sizes as a person reads them. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

export interface Totals {
  files: number;
  bytes: number;
  events: number;
  requests: number;
}

type CountedFile = NodeReport['files'][number];

/** Sums over files: one node's, or every node's. */
export function totals(files: readonly CountedFile[]): Totals {
  return {
    files: files.length,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    events: files.reduce((sum, f) => sum + f.events, 0),
    requests: files.reduce((sum, f) => sum + f.requests, 0),
  };
}

/** Where the collected files went: an artifact, or a folder (the CLI's --out, or the runner's). */
export type Destination =
  | { kind: 'artifact'; name: string; id: number | undefined }
  | { kind: 'not-uploaded'; name: string; reason: string; dir: string }
  | { kind: 'folder'; dir: string };

/** What the summary needs besides the collection. */
export interface SummaryContext {
  clusterName: string;
  policyOrigin: string;
}

function nodeState(node: NodeReport): string {
  if (node.problem) return `⚠️ ${escapeMarkdown(node.problem.split('\n')[0] ?? '')}`;
  if (node.container === 'gone')
    return node.source === 'runner' ? 'deleted; its logs were kept on the runner' : 'deleted';
  return node.container;
}

function nodeTable(report: CollectReport): string[] {
  const lines = [
    '| node | state | files | size | events | requests |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const node of report.nodes) {
    const { bytes, events, requests } = totals(node.files);
    lines.push(
      `| ${code(node.node)} | ${nodeState(node)} | ${node.files.length} | ${formatBytes(bytes)} | ${events} | ${requests} |`,
    );
  }
  const t = totals(report.nodes.flatMap((n) => n.files));
  lines.push(
    '',
    `${t.files} file(s), ${formatBytes(t.bytes)}, ${t.events} events, ${t.requests} requests.`,
    '',
  );
  const names = report.nodes.flatMap((n) =>
    n.files.map((f) => `${n.node}/${path.basename(f.path)}`),
  );
  if (names.length > 0)
    lines.push(
      '<details><summary>Files</summary>',
      '',
      ...names.map((n) => `- ${code(n)}`),
      '',
      '</details>',
      '',
    );
  return lines;
}

function destinationLine(destination: Destination): string {
  const contents = `a folder per node plus ${code('audit-policy.yaml')} and ${code('kind-config.yaml')}`;
  switch (destination.kind) {
    case 'artifact':
      return `Artifact **${escapeMarkdown(destination.name)}** holds ${contents}.`;
    case 'not-uploaded':
      return `Artifact **${escapeMarkdown(destination.name)}** was not uploaded: ${escapeMarkdown(destination.reason)}. The files are on the runner in ${code(destination.dir)}.`;
    case 'folder':
      return `${code(destination.dir)} holds ${contents}.`;
  }
}

/** The summary a person reads: one row per node, the policy's origin, then where the files went. */
export function summaryMarkdown(
  context: SummaryContext,
  report: CollectReport,
  destination: Destination,
): string {
  const lines = [
    `### kind-audit: audit logs of cluster ${code(context.clusterName)}`,
    '',
    `Policy: ${escapeMarkdown(context.policyOrigin)}.`,
    '',
  ];
  if (report.nodes.length > 0) lines.push(...nodeTable(report));
  else
    lines.push(
      'The cluster was gone before the post step ran: no audit logs could be collected.',
      '',
    );
  lines.push(destinationLine(destination));
  return lines.join('\n') + '\n';
}
