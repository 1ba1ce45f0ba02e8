import type { CollectReport, NodeReport } from '../collect/index.js';
import type { NodeSummary, Summary } from '../logs/summary/index.js';
import { escapeMarkdown } from '../text/markdown.js';
import { formatBytes } from '../text/bytes.js';
import { count, cutTable, figure, logText } from './format.js';

/** A node's container as post found it, with where its logs came from when it was gone. */
function nodeState(node: NodeReport): string {
  if (node.problem) return `⚠️ ${escapeMarkdown(node.problem.split('\n')[0] ?? '')}`;
  if (node.container === 'gone')
    return node.source === 'runner' ? 'deleted; its logs were kept on the runner' : 'deleted';
  return node.container;
}

/**
 * The one per-node table: each control plane's files, their size and requests, its first and
 * last request, and, when the page comes from a collection, the node's state. Nodes the
 * collection found without a file are listed too; nodes the log names but the collection does
 * not (a summary of files) follow.
 */
export function nodesSection(
  s: Summary,
  collection: CollectReport | undefined,
  limit: number,
): string {
  const summaries = new Map(Object.entries(s.nodes));
  const row = (node: string, n: NodeSummary | undefined, files: number) => [
    logText(node),
    count(n?.files ?? files),
    formatBytes(n?.bytes ?? 0),
    !n ? '0' : n.requests === null ? 'in audit.jsonl' : count(n.requests),
    n?.first ? logText(n.first) : '—',
    n?.last ? logText(n.last) : '—',
  ];
  const headers = [
    'node',
    figure('files'),
    figure('size'),
    figure('requests'),
    'first request',
    'last request',
  ];
  if (!collection) {
    const rows = [...summaries].map(([node, n]) => row(node, n, 0));
    return `### Per node\n\n${cutTable(headers, rows, limit)}`;
  }
  const listed = new Set(collection.nodes.map((n) => n.node));
  const rows = [
    ...collection.nodes.map((n) => {
      const [name = '', ...rest] = row(n.node, summaries.get(n.node), n.files.length);
      return [name, nodeState(n), ...rest];
    }),
    ...[...summaries]
      .filter(([node]) => !listed.has(node))
      .map(([node, n]) => {
        const [name = '', ...rest] = row(node, n, 0);
        return [name, '—', ...rest];
      }),
  ];
  const [first = 'node', ...others] = headers;
  return `### Per node\n\n${cutTable([first, 'state', ...others], rows, limit)}`;
}
