import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OUTPUT } from '../src/inputs/names.js';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const action = parse(read('action.yml')) as {
  outputs: Record<string, unknown>;
  runs: Record<string, string>;
};

/** The rows of the table under a heading of docs/inputs.md, as arrays of cells without backticks. */
function table(heading: string): string[][] {
  const section = read('docs/inputs.md').split(`## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/^`(.*)`$/, '$1')),
    );
}

// The inputs of action.yml and docs/inputs.md are held to the table in test/inputs/table.test.ts.
describe('docs/inputs.md and action.yml agree', () => {
  it('documents every output', () => {
    expect(table('Outputs').map(([name]) => name)).toEqual(Object.keys(action.outputs));
  });

  it('declares the outputs the code writes', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(OUTPUT).sort());
  });

  it('runs on node24 with a post step that always runs', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/main/index.js',
      post: 'dist/post/index.js',
    });
  });
});

const readme = read('README.md');
/** README.md and every page under docs/, by path. */
const pages = new Map([
  ['README.md', readme],
  ...readdirSync(new URL('../docs', import.meta.url))
    .filter((f) => f.endsWith('.md'))
    .map((f) => [`docs/${f}`, read(`docs/${f}`)] as const),
]);
/** The README's sections, by heading. */
const sections = new Map(
  readme
    .split(/^## /m)
    .slice(1)
    .map((part) => [part.split('\n')[0] ?? '', part] as const),
);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/** The headings of a Markdown page, outside fenced blocks. */
function headings(text: string): string[] {
  return text
    .replace(/^```[\s\S]*?^```$/gm, '')
    .split('\n')
    .filter((l) => /^#{1,6} /.test(l))
    .map((l) => anchor(l.replace(/^#+ /, '')));
}

describe('the README a newcomer needs', () => {
  it('stays short: reference material lives in docs/', () => {
    expect(readme.split('\n').length).toBeLessThan(400);
  });

  it('starts with a Quick start: a whole workflow, with its trigger, using the action', () => {
    const quick = sections.get('Quick start') ?? '';
    const workflow = parse(/```yaml\n([\s\S]*?)```/.exec(quick)?.[1] ?? '') as {
      on?: unknown;
      jobs?: Record<string, { 'runs-on': string; steps: { uses?: string }[] }>;
    };
    expect(workflow.on).toBeDefined();
    const job = Object.values(workflow.jobs ?? {})[0];
    expect(job?.['runs-on']).toBe('ubuntu-24.04');
    expect(job?.steps.map((s) => s.uses)).toContain('kind-audit/kind-audit@v0');
  });

  it('troubleshoots what new users meet, quoting the messages the code writes', () => {
    const help = sections.get('Troubleshooting') ?? '';
    const sources = [
      'src/steps/up/preflight.ts',
      'src/steps/up/up.ts',
      'src/steps/up/verify.ts',
      'src/artifact/upload.ts',
    ]
      .map(read)
      .join('\n');
    for (const message of [
      'The Docker engine does not answer at',
      'A kind cluster named',
      'Audit logging is not working',
      'already exists in this workflow run',
    ]) {
      expect(help).toContain(message);
      expect(sources).toContain(message);
    }
    for (const topic of ['409', 'verify-timeout', 'policy validate', 'ubuntu-slim'])
      expect(help).toContain(topic);
  });

  it('never says ubuntu-slim can run kind: it has no Docker daemon', () => {
    for (const [file, text] of pages)
      for (const paragraph of text.split('\n\n').filter((p) => p.includes('ubuntu-slim')))
        expect(paragraph, file).toMatch(/no Docker daemon/);
  });

  it('shows the picture of a job summary that npm run summary-picture makes', () => {
    expect(readme).toMatch(/!\[The job summary[^\]]*\]\(docs\/job-summary\.png\)/);
  });

  it('links only to files and headings that exist', () => {
    // docs/cli.md is the CLI's reference, written with the CLI's own changes; until it lands
    // the README's CLI section says the same.
    const pending = new Set(['docs/cli.md']);
    const broken: string[] = [];
    for (const [file, text] of pages) {
      const prose = text.replace(/^```[\s\S]*?^```$/gm, '');
      for (const [, target = ''] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const [where = '', hash] = target.split('#');
        const resolved = where
          ? new URL(where, new URL(`../${file}`, import.meta.url)).pathname
          : new URL(`../${file}`, import.meta.url).pathname;
        const relative = resolved.slice(new URL('..', import.meta.url).pathname.length);
        if (pending.has(relative)) continue;
        if (!existsSync(resolved)) broken.push(`${file}: ${target}`);
        else if (hash && !headings(readFileSync(resolved, 'utf8')).includes(hash))
          broken.push(`${file}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
