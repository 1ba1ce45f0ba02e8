/**
 * Text from outside (a node's error message, a file name from a node) made inert in Markdown: it
 * cannot open a table cell, a link, an HTML tag or emphasis, and stays on one line.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|~&#!]/g, (c) => `\\${c}`);
}

/** Inline code that no text can break out of: a fence longer than any backtick run inside it. */
export function code(text: string): string {
  const oneLine = text.replace(/\r?\n|\r/g, ' ');
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  // A pipe ends a table cell even inside code spans; GitHub honours the backslash escape there.
  return `${fence}${pad}${oneLine.replaceAll('|', '\\|')}${pad}${fence}`;
}
