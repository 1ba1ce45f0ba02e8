import { describe, expect, it } from 'vitest';
import { code, escapeMarkdown } from '../../src/text/markdown.js';
import { cells } from '../report/markdown-check.js';

describe('text from outside in a Markdown table cell', () => {
  it.each(['plain', 'a|b', 'a\\|b', 'a\\\\|b', '`tick` | and ``two``', 'line\nbreak'])(
    'code(%j) stays one cell',
    (text) => {
      expect(cells(`| ${code(text)} | next |`)).toHaveLength(2);
    },
  );

  it('escapeMarkdown keeps a table row to its cells and opens no link, tag or emphasis', () => {
    const row = `| ${escapeMarkdown('x | y <b>[l](u) **z**')} | next |`;
    expect(cells(row)).toHaveLength(2);
    expect(row).not.toMatch(/(^|[^\\])[<[*]/);
  });
});
