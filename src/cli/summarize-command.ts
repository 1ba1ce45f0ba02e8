import { summarizeFiles } from '../logs/summary/index.js';
import type { Summary } from '../logs/summary/index.js';
import { count } from '../text/plural.js';
import type { Command } from './command.js';
import { EXIT, UsageError } from './exit-codes.js';
import { text, type FlagSpec } from './flags.js';
import { ALLOW_EMPTY_FLAG, LOGS_HELP, readLogs, requireRequests } from './log-args.js';
import { shown } from './shown.js';

const FLAGS = {
  json: { flag: 'json', help: 'print summary.json instead of tables' } satisfies FlagSpec,
  top: {
    flag: 'top',
    arg: 'N',
    help: 'rows per printed table (default 10); the JSON is never cut',
  } satisfies FlagSpec,
};

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
    `${count(s.requests, 'request')}, ${count(s.lines, 'line')} (${n(s.skipped)} not ${s.skipped === 1 ? 'an event' : 'events'}), ${s.first ? shown(s.first) : '—'} to ${s.last ? shown(s.last) : '—'}`,
    block(
      'Nodes',
      Object.entries(s.nodes).map(([node, x]) => [
        shown(node),
        `${count(x.files, 'file')}, ${count(x.bytes, 'byte')}, ${x.requests === null ? 'requests in audit.jsonl' : count(x.requests, 'request')}`,
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
  ].join('\n\n');
}

/** `kind-audit summarize PATH... [--json] [--top N]`. */
export const SUMMARIZE_COMMAND: Command = {
  name: 'summarize',
  args: 'LOG... [--json] [--top N]',
  summary: 'summarize audit logs: files, folders or an artifact, plain or .gz',
  description: `Summarize audit logs. Given an artifact folder it reads audit.jsonl and does not count the raw copies twice. --json prints summary.json; --top cuts the printed tables, not the JSON. ${LOGS_HELP} Exits 2 for a log that cannot be read or logs that hold no request (unless --allow-empty).`,
  flags: [FLAGS.json, FLAGS.top, ALLOW_EMPTY_FLAG],
  positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, name: 'LOG' },
  async run(context) {
    const { values, positionals, threadScripts, log } = context;
    const topText = text(values, FLAGS.top) || '10';
    if (!/^\d{1,6}$/.test(topText) || Number(topText) < 1)
      throw new UsageError(`--top has the value "${topText}": it must be a whole number from 1`);
    const { found, result: summary } = await readLogs(context, positionals, (logs) =>
      summarizeFiles(logs, { threadScript: threadScripts.summary }),
    );
    for (const warning of summary.warnings) log.warning(shown(warning));
    requireRequests(context, found, summary);
    process.stdout.write(
      values.json === true
        ? `${JSON.stringify(summary, null, 2)}\n`
        : `${printable(summary, Number(topText))}\n`,
    );
    return EXIT.ok;
  },
};
