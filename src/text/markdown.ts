/**
 * Text from outside (a node's error message, a file name from a node) made inert in Markdown: it
 * cannot open a table cell, a link, an HTML tag or emphasis, and stays on one line.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|~&#!]/g, (c) => `\\${c}`);
}

/**
 * Inline code that no text can break out of: a fence longer than any backtick run inside it, and
 * pipes escaped for table cells. GitHub splits cells on pipes before it reads code spans, honouring
 * `\` escapes: a backslash right before a pipe would escape the escape and end the cell, so a
 * zero-width space keeps the two apart.
 */
export function code(text: string): string {
  const oneLine = text.replace(/\r?\n|\r/g, ' ').replace(/\\(?=\|)/g, '\\\u200b');
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine.replaceAll('|', '\\|')}${pad}${fence}`;
}
