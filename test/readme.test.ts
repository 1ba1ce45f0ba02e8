import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT, INPUT_DEFAULTS, OUTPUT } from '../src/inputs/names.js';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const action = parse(read('action.yml')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: Record<string, string>;
};

/** The rows of the table under a README heading, as arrays of cells without backticks. */
function table(heading: string): string[][] {
  const section = read('README.md').split(`## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
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

describe('README and action.yml agree', () => {
  it('documents every input, with its default', () => {
    const rows = table('Inputs').map(([name, fallback]) => [
      name,
      fallback === "''" ? '' : fallback,
    ]);
    expect(rows).toEqual(
      Object.entries(action.inputs).map(([name, spec]) => [name, spec.default ?? '']),
    );
  });

  it('documents every output', () => {
    expect(table('Outputs').map(([name]) => name)).toEqual(Object.keys(action.outputs));
  });

  it('declares the names the code reads and writes', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUT).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(OUTPUT).sort());
  });

  it('gives every input the default the code falls back to', () => {
    expect(
      Object.fromEntries(
        Object.entries(action.inputs).map(([name, spec]) => [name, spec.default ?? '']),
      ),
    ).toEqual(INPUT_DEFAULTS);
  });

  it('runs on node24 with a post step that always runs', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/main/index.js',
      post: 'dist/post/index.js',
    });
  });
});
