import type { Timeline } from '../logs/summary-shape.js';
import { count, cutTable, logText } from './format.js';

/** Lines drawn in the chart; the table beside it has every node. */
const MAX_LINES = 8;

function labels(timeline: Timeline): string[] {
  const start = Date.parse(timeline.start ?? '');
  const length = Object.values(timeline.nodes)[0]?.length ?? 0;
  const step = timeline.bucketMinutes * 60_000;
  const span = length * step;
  const day = 24 * 3_600_000;
  return Array.from({ length }, (_, i) => {
    const iso = new Date(start + i * step).toISOString();
    if (span <= day) return iso.slice(11, 16);
    return (span <= 180 * day ? iso.slice(5, 16) : iso.slice(0, 16)).replace('T', ' ');
  });
}

/**
 * Requests over time per node: a Mermaid chart (GitHub draws it) and the same figures as a table
 * for readers that do not. The chart holds only numbers and times this code wrote, never text
 * from the log: Mermaid has no escaping a hostile node name could not get around.
 */
export function timelineSection(timeline: Timeline, rowLimit: number): string {
  const nodes = Object.keys(timeline.nodes);
  if (!timeline.start || nodes.length === 0) return '_No request had a time._';
  const x = labels(timeline);
  const unit = timeline.bucketMinutes === 1 ? 'minute' : `${count(timeline.bucketMinutes)} minutes`;
  const series = nodes
    .slice(0, MAX_LINES)
    .map((n) => `  line [${(timeline.nodes[n] ?? []).join(', ')}]`);
  const chart = [
    '```mermaid',
    'xychart-beta',
    `  title "Requests per ${unit} (UTC)"`,
    `  x-axis [${x.map((l) => `"${l}"`).join(', ')}]`,
    '  y-axis "requests"',
    ...series,
    '```',
  ].join('\n');
  const headers = ['UTC', ...nodes.map((n) => (n ? logText(n) : 'all'))];
  const rows = x.map((label, i) => [
    label,
    ...nodes.map((n) => count(timeline.nodes[n]?.[i] ?? 0)),
  ]);
  const legend =
    nodes.length > 1
      ? `\n\nOne line per node, in the order of the table's columns${nodes.length > MAX_LINES ? ` (the first ${MAX_LINES})` : ''}.`
      : '';
  const unplaced =
    timeline.unplaced > 0 ? `\n\n${count(timeline.unplaced)} requests had no usable time.` : '';
  // The chart goes with its table: when tables are cut to nothing, the chart goes too.
  if (rowLimit === 0) return cutTable(headers, rows, 0);
  return `${chart}${legend}\n\n${cutTable(headers, rows, rowLimit)}${unplaced}`;
}
