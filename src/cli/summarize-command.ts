import { InputPathError, summarizeFiles } from '../logs/summarize-files.js';
import type { Summary } from '../logs/summary-shape.js';
import type { Command } from './command.js';
import { EXIT, UsageError } from './exit-codes.js';
import { text, type FlagSpec } from './flags.js';

const FLAGS = {
  json: { flag: 'json', help: 'print summary.json instead of tables' } satisfies FlagSpec,
  top: {
    flag: 'top',
    arg: 'N',
    help: 'rows per printed table (default 10); the JSON is never cut',
  } satisfies FlagSpec,
};

/** Log text on a terminal: control characters (escape sequences among them) shown, not obeyed. */
function shown(value: string): string {
  return value.replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

const n = (value: number) => value.toLocaleString('en-US');

function block(title: string, rows: [string, string][], top: number, total?: number): string {
  const kept = rows.slice(0, top);
  const width = Math.min(60, Math.max(0, ...kept.map(([k]) => k.length)));
  const lines = kept.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`);
  const more = (total ?? rows.length) - kept.length;
  if (more > 0) lines.push(`  … ${n(more)} more (--top, or --json for all)`);
  return `${title}\n${lines.length > 0 ? lines.join('\n') : '  none'}`;
}

const counts = (table: Record<string, number>): [string, string][] =>
  Object.entries(table)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => [shown(k), n(v)]);

/** The summary as tables for a terminal, each cut to `top` rows. */
export function printable(s: Summary, top: number): string {
  const row = (r: {
    user: string;
    verb: string;
    resource: string;
    namespace: string;
    name: string;
  }) =>
    shown(
      [r.user, r.verb, r.resource, r.namespace ? `-n ${r.namespace}` : '', r.name]
        .filter(Boolean)
        .join(' '),
    );
  return [
    `${n(s.requests)} requests, ${n(s.lines)} lines (${n(s.skipped)} not events), ${s.first ? shown(s.first) : '—'} to ${s.last ? shown(s.last) : '—'}`,
    block(
      'Nodes',
      Object.entries(s.nodes).map(([node, x]) => [
        shown(node),
        `${n(x.files)} files, ${n(x.bytes)} bytes, ${x.requests === null ? 'requests in audit.jsonl' : `${n(x.requests)} requests`}`,
      ]),
      top,
    ),
    block('By verb', counts(s.byVerb), top),
    block('By resource', counts(s.byResource), top),
    block('By user', counts(s.byUser), top),
    block('By namespace', counts(s.byNamespace), top),
    block('By response code', counts(s.byCode), top),
    block('By user agent', counts(s.byUserAgent), top),
    block(
      `Denied (403): ${n(s.deniedTotal)}`,
      s.denied.map((d) => [row(d), shown(d.reason)]),
      top,
      s.deniedTotal,
    ),
    block(
      `Server errors (5xx): ${n(s.errors5xxTotal)}`,
      s.errors5xx.map((e) => [row(e), `${e.code} ${shown(e.message)}`]),
      top,
      s.errors5xxTotal,
    ),
    block(
      `Deprecated APIs: ${n(s.deprecatedTotal)}`,
      s.deprecated.map((d) => [shown(`${d.user} ${d.api}`), n(d.count)]),
      top,
    ),
    block(
      'Slowest',
      s.slowest.map((r) => [row(r), `${r.latencyMs.toLocaleString('en-US')} ms`]),
      top,
    ),
    ...s.warnings.map((w) => `warning: ${shown(w)}`),
  ].join('\n\n');
}

/** `kind-audit summarize PATH... [--json] [--top N]`. */
export const SUMMARIZE_COMMAND: Command = {
  name: 'summarize',
  args: 'PATH... [--json] [--top N]',
  summary: 'summarize audit logs: files, folders or an artifact, plain or .gz',
  description:
    'Summarize audit logs: files or folders, plain or .gz. Given an artifact folder it reads audit.jsonl and does not count the raw copies twice. --json prints summary.json; --top cuts the printed tables, not the JSON.',
  flags: [FLAGS.json, FLAGS.top],
  positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, name: 'PATH' },
  async run({ values, positionals, threadScript }) {
    const topText = text(values, FLAGS.top) || '10';
    if (!/^\d{1,6}$/.test(topText) || Number(topText) < 1)
      throw new UsageError(`--top has the value "${topText}": it must be a whole number from 1`);
    let summary: Summary;
    try {
      summary = await summarizeFiles(positionals, { threadScript });
    } catch (error) {
      if (error instanceof InputPathError) throw new UsageError(error.message);
      throw error;
    }
    process.stdout.write(
      values.json === true
        ? `${JSON.stringify(summary, null, 2)}\n`
        : `${printable(summary, Number(topText))}\n`,
    );
    return EXIT.ok;
  },
};
