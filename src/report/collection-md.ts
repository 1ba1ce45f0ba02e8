import path from 'node:path';
import type { CollectReport, NodeReport } from '../collect/index.js';
import { formatBytes } from '../text/bytes.js';
import { count } from './format.js';
import type { RedactionStats } from '../logs/redact/index.js';
import { FILE_NAMES } from '../artifact/layout.js';
import { code, escapeMarkdown } from '../text/markdown.js';

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

/** The collected files' names, folded: the per-node table counts them. */
function filesList(report: CollectReport): string[] {
  const names = report.nodes.flatMap((n) =>
    n.files.map((f) => `${n.node}/${path.basename(f.path)}`),
  );
  if (names.length === 0) return [];
  const t = totals(report.nodes.flatMap((n) => n.files));
  return [
    `<details><summary>${count(t.files)} audit file(s), ${formatBytes(t.bytes)}</summary>`,
    '',
    ...names.slice(0, MAX_FILES_LISTED).map((n) => `- ${code(n)}`),
    ...(names.length > MAX_FILES_LISTED ? [`- … and ${names.length - MAX_FILES_LISTED} more`] : []),
    '',
    '</details>',
    '',
  ];
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
 * The collection's part of the page, after summary.md (whose per-node table says each node's
 * state): the files collected, what redaction did, and where the files went.
 */
export function collectionMarkdown(
  report: CollectReport,
  destination: Destination,
  redaction: RedactionStats | undefined,
): string {
  const lines = ['', '### Collection', ''];
  if (report.nodes.some((n) => n.files.length > 0)) lines.push(...filesList(report));
  else lines.push('No control-plane node left any audit file.', '');
  lines.push(redactionLine(redaction), '', destinationLine(destination));
  return lines.join('\n') + '\n';
}
