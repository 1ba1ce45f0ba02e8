// A small reader of the Markdown GitHub renders, enough to check a generated page: tables (GFM
// rules for splitting cells) and where text sits (inside a code span, a fenced block, or bare).

/** Cells of a table row, split as GFM does: on pipes not escaped by a backslash (escapes pair up). */
export function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] ?? '';
    if (c === '\\') {
      cell += c + (inner[i + 1] ?? '');
      i++;
    } else if (c === '|') {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  out.push(cell);
  return out;
}

/** Every problem with the page's tables: a row whose cell count differs from its header's. */
export function tableProblems(page: string): string[] {
  const lines = page.split('\n');
  const problems: string[] = [];
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced || !line.startsWith('|') || !/^\|( *:?-+:? *\|)+$/.test(lines[i + 1] ?? ''))
      continue;
    const width = cells(line).length;
    if (cells(lines[i + 1] ?? '').length !== width) problems.push(`line ${i + 2}: separator width`);
    let j = i + 2;
    for (; j < lines.length && (lines[j] ?? '').startsWith('|'); j++) {
      const n = cells(lines[j] ?? '').length;
      if (n !== width) problems.push(`line ${j + 1}: ${n} cells, header has ${width}: ${lines[j]}`);
    }
    i = j - 1;
  }
  return problems;
}

/**
 * The page with code spans and fenced blocks removed: what remains is what GitHub would read as
 * Markdown or HTML. A code span runs from a backtick run to the next run of the same length.
 */
export function outsideCode(page: string): string {
  const unfenced = page.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
  let out = '';
  let i = 0;
  while (i < unfenced.length) {
    if (unfenced[i] === '\\') {
      out += unfenced.slice(i, i + 2);
      i += 2;
      continue;
    }
    const run = /^`+/.exec(unfenced.slice(i))?.[0];
    if (!run) {
      out += unfenced[i];
      i++;
      continue;
    }
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
    close.lastIndex = i + run.length;
    const end = close.exec(unfenced);
    if (!end) {
      out += run;
      i += run.length;
      continue;
    }
    i = end.index + run.length;
    out += '␣';
  }
  return out.replace(/<code>[^<]*<\/code>/g, '␣');
}

/** A cell that holds a figure: a count, a size, a duration, a response code (or nothing). */
const FIGURE = /^(\*\*)?[\d,.]+(\*\*)?( (B|KiB|MiB|GiB|TiB|ms)( ¹)?)?$|^(—|in audit\.jsonl)?$/;

/**
 * Every column whose alignment does not fit its cells: a column of figures must be right-aligned
 * (`---:`), any other left-aligned (`:---`; a bare `---` leaves GitHub to centre the heading).
 * A column of blanks and dashes only says nothing.
 */
export function alignmentProblems(page: string): string[] {
  const lines = page.split('\n');
  const problems: string[] = [];
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('```')) fenced = !fenced;
    const separator = lines[i + 1] ?? '';
    if (fenced || !line.startsWith('|') || !/^\|( *:?-+:? *\|)+$/.test(separator)) continue;
    const heads = cells(line).map((c) => c.trim());
    const aligns = cells(separator).map((c) =>
      /^-+:$/.test(c.trim()) ? 'right' : /^:-+$/.test(c.trim()) ? 'left' : 'unset',
    );
    const body: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && (lines[j] ?? '').startsWith('|'); j++)
      body.push(cells(lines[j] ?? '').map((c) => c.trim()));
    heads.forEach((head, col) => {
      const column = body.map((row) => row[col] ?? '');
      if (column.every((c) => c === '' || c === '—')) return;
      const want = column.every((c) => FIGURE.test(c)) ? 'right' : 'left';
      if (aligns[col] !== want)
        problems.push(`line ${i + 1}: column "${head}" is ${aligns[col]}-aligned, want ${want}`);
    });
    i = j - 1;
  }
  return problems;
}
