import { code } from '../text/markdown.js';

/** A count as people read it: `1,234,567`. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** Text from the log, for a table cell: always inline code (see `code`); '' shows as a dash. */
export function logText(text: string): string {
  return text === '' ? '—' : code(text);
}

/** A fold: `summary` is safe HTML; `open` shows it unfolded (what needs attention). */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** Text for an HTML context (a `<summary>`), where Markdown escapes do not apply. */
export function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n|\r/g, ' ');
}

/**
 * A column's heading: text columns are left-aligned (`:---`, so that GitHub aligns the heading
 * with its cells instead of centring it), figures (`{ figure }`) right-aligned.
 */
export type Heading = string | { figure: string };

/** The heading of a column of figures: counts, sizes, durations, response codes. */
export function figure(text: string): Heading {
  return { figure: text };
}

/** A Markdown table; `rows` are cells already made safe. */
export function table(headers: readonly Heading[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(headers.map((h) => (typeof h === 'string' ? h : h.figure))),
    line(headers.map((h) => (typeof h === 'string' ? ':---' : '---:'))),
    ...rows.map(line),
  ].join('\n');
}

/** A table cut to `limit` rows, with a note saying what was cut and where the rest is. */
export function cutTable(
  headers: readonly Heading[],
  rows: readonly (readonly string[])[],
  limit: number,
  total = rows.length,
): string {
  const shown = rows.slice(0, limit);
  const note =
    total > shown.length
      ? `\n\n_${count(total - shown.length)} more not shown here (cut to fit the page); summary.json and the artifact hold them._`
      : '';
  if (shown.length === 0) return note.trim() || '_None._';
  return `${table(headers, shown)}${note}`;
}

/** The run's page for an uploaded artifact, from the runner's environment and the upload's id. */
export function artifactUrl(
  env: Readonly<Record<string, string | undefined>>,
  id: number | string,
): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  if (!server || !repo || !run) return undefined;
  return `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${run}/artifacts/${id}`;
}
