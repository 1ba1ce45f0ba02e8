import type { InsightReport, RbacEntry } from '../insight/report.js';
import { escapeMarkdown } from '../text/markdown.js';
import { count, cutTable, details, figure, html, logText } from './format.js';

/** What the page shows of the insights: the report, and each subject's RBAC as YAML. */
export interface InsightPage {
  report: InsightReport;
  rbacYaml: ReadonlyMap<string, string>;
}

/** Lines of one subject's YAML shown on the page; the file in `rbac/` holds all of it. */
const YAML_LINES = 200;

/** A fenced block no text can close early: a fence longer than any backtick run inside. */
function fenced(text: string, info: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

/** The headline's word on the expectations: how many hold, or how many are violated. */
export function expectationsVerdict(report: InsightReport): string {
  const all = report.violations.length;
  const broken = report.violations.filter((v) => v.violated).length;
  if (all === 0) return 'none given';
  return broken > 0
    ? `❌ ${count(broken)} of ${count(all)} violated`
    : `✅ ${all === 1 ? 'it holds' : `all ${count(all)} hold`}`;
}

/** The headline's word on drift from the baseline. */
export function driftVerdict(report: InsightReport): string {
  const d = report.drift;
  if (!d) return 'no baseline';
  if (d.addedTotal + d.goneTotal === 0) return '✅ none';
  return `${d.onDrift === 'fail' ? '❌' : '⚠️'} ${count(d.addedTotal)} added, ${count(d.goneTotal)} gone`;
}

function violationsSection(report: InsightReport, limit: number): string {
  const broken = report.violations.filter((v) => v.violated);
  const verdicts: string[] = [];
  for (const v of report.violations) {
    const verdict = v.violated ? '**violated**' : 'holds';
    const what =
      v.kind === 'require'
        ? v.violated
          ? 'no request matched'
          : `${count(v.matched)} matching requests`
        : `${count(v.matched)} matching requests`;
    verdicts.push(`- ${verdict}: ${escapeMarkdown(v.name)} (${v.kind}, ${what})`);
  }
  const parts = [verdicts.join('\n')];
  for (const v of broken.filter((b) => b.offending.length > 0).slice(0, limit)) {
    parts.push(
      `#### ${escapeMarkdown(v.name)}`,
      cutTable(
        ['time', 'user', 'verb', 'URI', figure('code')],
        v.offending.map((o) => [
          logText(o.time),
          logText(o.user),
          logText(o.verb),
          logText(o.uri),
          count(o.code),
        ]),
        limit,
        v.matched,
      ),
    );
  }
  return details(
    `<strong>Expectations: ${count(broken.length)} of ${count(report.violations.length)} violated</strong>`,
    parts.join('\n\n'),
    broken.length > 0,
  );
}

function driftSection(report: InsightReport, limit: number): string {
  const d = report.drift;
  if (!d) return '';
  const total = d.addedTotal + d.goneTotal;
  const head = `<strong>Drift from <code>${html(d.baseline)}</code>: ${count(d.addedTotal)} added, ${count(d.goneTotal)} gone</strong>`;
  if (total === 0) return details(head, 'The run used exactly the permissions of the baseline.');
  const rows = [
    ...d.added.map((l) => ['+', logText(l.replaceAll('\t', '  '))]),
    ...d.gone.map((l) => ['−', logText(l.replaceAll('\t', '  '))]),
  ];
  return details(
    head,
    [
      cutTable(['', 'subject  verb  resource  scope'], rows, limit, total),
      `The artifact's \`baseline.tsv\` is this run's, ready to commit${d.onDrift === 'fail' ? '; `on-drift: fail` fails the job' : ''}.`,
    ].join('\n\n'),
    true,
  );
}

function unusedNote(entry: RbacEntry): string {
  return entry.unused === null ? '' : `; ${count(entry.unused)} granted but unused`;
}

/** The permissions the cluster grants the subject through its bindings that it never used. */
function unusedList(entry: RbacEntry, limit: number): string {
  if (entry.unused === null || entry.unused === 0) return '';
  const rows = entry.unusedFirst.map((line) => {
    const [scope = '', verb = '', what = '', name = ''] = line.split('\t');
    return [logText(scope), logText(verb), logText(what), logText(name)];
  });
  return `\n\nGranted (bound to it by name) but never used:\n\n${cutTable(['scope', 'verb', 'resource or URL', 'name'], rows, limit, entry.unused)}`;
}

/** The requests the subject was denied, with the authorizer's reason: what the 403s asked for. */
function deniedList(entry: RbacEntry, limit: number): string {
  if (entry.denied === 0) return '';
  const rows = entry.deniedFirst.map((d) => [
    logText(d.verb),
    logText(d.target),
    logText(d.namespace || '(cluster)'),
    logText(d.name),
    logText(d.reason),
  ]);
  return `\n\nDenied (403), with the authorizer's reason:\n\n${cutTable(['verb', 'resource or URL', 'namespace', 'name', 'reason'], rows, limit, entry.denied)}`;
}

function rbacSection(page: InsightPage, limit: number): string {
  const { report } = page;
  const parts: string[] = [];
  if (report.rbacDropped > 0)
    parts.push(
      `**Incomplete:** ${count(report.rbacDropped)} distinct permissions past the cap were left out.`,
    );
  for (const entry of report.rbac.slice(0, limit)) {
    const yaml = page.rbacYaml.get(entry.subject) ?? '';
    const lines = yaml.split('\n');
    const shown =
      lines.length > YAML_LINES
        ? `${lines.slice(0, YAML_LINES).join('\n')}\n# … cut here; ${entry.file} holds all of it\n`
        : yaml;
    parts.push(
      `<details><summary><code>${html(entry.subject)}</code>: ${count(entry.permissions)} permissions from ${count(entry.requests)} requests → <code>${html(entry.file)}</code>${unusedNote(entry)}</summary>\n\n${fenced(shown, 'yaml')}${unusedList(entry, limit)}${deniedList(entry, limit)}\n\n</details>`,
    );
  }
  if (report.rbac.length > limit)
    parts.push(`_${count(report.rbac.length - limit)} more subjects in the artifact's \`rbac/\`._`);
  if (report.rbac.length === 0) parts.push('_None._');
  return details(
    `<strong>Least-privilege RBAC: ${count(report.rbac.length)} subjects</strong>, in the artifact's <code>rbac/</code>`,
    parts.join('\n\n'),
  );
}

/**
 * The gates of summary.md, each folded, unfolded when it failed: expectations (each verdict, the
 * offending requests of a violated one) and drift from the baseline. `limit` cuts the tables as
 * the page's budget asks.
 */
export function gateSections(report: InsightReport, limit: number): string[] {
  const sections: string[] = [];
  if (report.violations.length > 0) sections.push(violationsSection(report, limit));
  const drift = driftSection(report, limit);
  if (drift) sections.push(drift);
  return sections;
}

/** The RBAC of each subject, folded, and what the insights could not do, said plainly. */
export function rbacSections(page: InsightPage, limit: number): string[] {
  const { report } = page;
  const sections: string[] = [];
  if (report.rbac.length > 0 || report.rbacDropped > 0) sections.push(rbacSection(page, limit));
  if (report.problems.length > 0)
    sections.push(report.problems.map((p) => `- ${escapeMarkdown(p)}`).join('\n'));
  return sections;
}
