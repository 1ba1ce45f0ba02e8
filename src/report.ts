import path from 'node:path';
import type { CollectReport, NodeReport } from './logs/collection.js';
import type { RedactionStats } from './logs/redact.js';
import { FILE_NAMES } from './layout.js';
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

/** The job summary lists this many files at most; the rest is counted. */
const MAX_FILES_LISTED = 50;

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
  | { kind: 'artifact'; name: string; id: number | undefined; url?: string | undefined }
  | { kind: 'not-uploaded'; name: string; reason: string; dir: string }
  | { kind: 'folder'; dir: string };

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
      ...names.slice(0, MAX_FILES_LISTED).map((n) => `- ${code(n)}`),
      ...(names.length > MAX_FILES_LISTED
        ? [`- … and ${names.length - MAX_FILES_LISTED} more`]
        : []),
      '',
      '</details>',
      '',
    );
  return lines;
}

/** What redaction did, or a warning that it was off. */
function redactionLine(redaction: RedactionStats | undefined): string {
  if (!redaction)
    return '> [!WARNING]\n> Redaction was off (`redact: false`): the artifact may hold Secret data and tokens, and anyone who can read this repository can download it.';
  const where = Object.entries(redaction.byLocation)
    .sort(([, a], [, b]) => b - a)
    .map(([location, n]) => `${code(location)} ${n.toLocaleString('en-US')}`)
    .join(', ');
  const values = `${redaction.values.toLocaleString('en-US')} secret value(s) redacted${where ? ` (${where})` : ''}`;
  const unparseable = redaction.unparseable
    ? `; ${redaction.unparseable.toLocaleString('en-US')} line(s) that could not be checked were replaced`
    : '';
  return `Redaction: ${values}${unparseable}.`;
}

function destinationLine(destination: Destination): string {
  const contents = `${code(FILE_NAMES.merged)} (every node's events, merged by time), ${code(FILE_NAMES.summaryJson)}, ${code(FILE_NAMES.summaryMd)}, ${code('baseline.tsv')}, the generated RBAC in ${code('rbac/')} when made, the policy and the kind config, and a folder per node with its raw files when kept`;
  switch (destination.kind) {
    case 'artifact': {
      const name = `**${escapeMarkdown(destination.name)}**`;
      const linked = destination.url ? `[${name}](${destination.url})` : name;
      return `Artifact ${linked} holds ${contents}.`;
    }
    case 'not-uploaded':
      return `Artifact **${escapeMarkdown(destination.name)}** was not uploaded: ${escapeMarkdown(destination.reason)}. The files are on the runner in ${code(destination.dir)}.`;
    case 'folder':
      return `${code(destination.dir)} holds ${contents}.`;
  }
}

/**
 * The collection's part of the page: a row per node (where its files came from), what redaction
 * did, and where the files went.
 */
export function collectionMarkdown(
  report: CollectReport,
  destination: Destination,
  redaction: RedactionStats | undefined,
): string {
  const lines = ['', '### Collection', ''];
  if (report.nodes.length > 0) lines.push(...nodeTable(report));
  else lines.push('No control-plane node left any audit file.', '');
  lines.push(redactionLine(redaction), '', destinationLine(destination));
  return lines.join('\n') + '\n';
}
