import type { Timeline } from '../logs/summary/index.js';
import { count, cutTable, figure, logText } from './format.js';

/**
 * The lines' colours, set explicitly: Mermaid's default xychart palette draws a second line in a
 * pale tint that nearly vanishes on a white page. These are GitHub's Primer colours (blue,
 * orange, green, purple, red, teal, pink, grey), each readable on a light and a dark page.
 */
export const LINE_COLOURS = [
  ['#0969da', 'blue'],
  ['#bc4c00', 'orange'],
  ['#1a7f37', 'green'],
  ['#8250df', 'purple'],
  ['#cf222e', 'red'],
  ['#1b7c83', 'teal'],
  ['#bf3989', 'pink'],
  ['#6e7781', 'grey'],
] as const;

/** Lines drawn in the chart, one colour each; the table beside it has every node. */
const MAX_LINES = LINE_COLOURS.length;

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

/** A bucket's length in words: `minute`, `5 minutes`, `2 hours`, `15.9 days`. */
function bucketWords(minutes: number): string {
  if (minutes === 1) return 'minute';
  if (minutes < 120) return `${count(minutes)} minutes`;
  const [n, word] = minutes < 2880 ? [minutes / 60, 'hours'] : [minutes / 1440, 'days'];
  return `${n.toLocaleString('en-US', { maximumFractionDigits: 1 })} ${word}`;
}

/**
 * The chart's x-axis: time since the first bucket as a number, in minutes, hours or days, so
 * that Mermaid picks a few readable ticks (a label per bucket, 60 of them, overlap into a smear).
 */
function xAxis(timeline: Timeline, buckets: number): string {
  const span = Math.max(1, buckets - 1) * timeline.bucketMinutes;
  const [per, unit] = span <= 180 ? [1, 'minutes'] : span <= 4320 ? [60, 'hours'] : [1440, 'days'];
  const end = Math.round((span / per) * 10) / 10;
  // Our own ISO time, but the chart has no escaping: keep digits, dashes, colons and the space.
  const from = (timeline.start ?? '')
    .slice(0, 16)
    .replace('T', ' ')
    .replace(/[^\d: -]/g, '');
  return `  x-axis "${unit} since ${from} UTC" 0 --> ${end}`;
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
  const unit = bucketWords(timeline.bucketMinutes);
  const series = nodes
    .slice(0, MAX_LINES)
    .map((n) => `  line [${(timeline.nodes[n] ?? []).join(', ')}]`);
  const palette = LINE_COLOURS.map(([hex]) => hex).join(', ');
  const chart = [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    `  title "Requests per ${unit} (UTC)"`,
    xAxis(timeline, x.length),
    '  y-axis "requests"',
    ...series,
    '```',
  ].join('\n');
  const headers = ['UTC', ...nodes.map((n) => figure(n ? logText(n) : 'all'))];
  const rows = x.map((label, i) => [
    label,
    ...nodes.map((n) => count(timeline.nodes[n]?.[i] ?? 0)),
  ]);
  const drawn = nodes.slice(0, MAX_LINES);
  const legend =
    nodes.length > 1
      ? `\n\nLines: ${drawn.map((n, i) => `${n ? logText(n) : 'all'} ${LINE_COLOURS[i]?.[1] ?? ''}`).join(', ')}${nodes.length > MAX_LINES ? ` (the first ${MAX_LINES} nodes; the table has them all)` : ''}.`
      : '';
  const unplaced =
    timeline.unplaced > 0 ? `\n\n${count(timeline.unplaced)} requests had no usable time.` : '';
  // The chart goes with its table: when tables are cut to nothing, the chart goes too.
  if (rowLimit === 0) return cutTable(headers, rows, 0);
  return `${chart}${legend}\n\n${cutTable(headers, rows, rowLimit)}${unplaced}`;
}
