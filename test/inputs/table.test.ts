import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUTS } from '../../src/inputs/table.js';
import { STATE_FIELDS } from '../../src/state/run-state.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const specs = Object.values(INPUTS);

describe('action.yml follows the table of inputs', () => {
  const action = parse(read('action.yml')) as {
    inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  };

  it('declares the same inputs, in the same order', () => {
    expect(Object.keys(action.inputs)).toEqual(specs.map((s) => s.name));
  });

  it('gives each input the default and the description of the table, and requires none', () => {
    expect(action.inputs).toEqual(
      Object.fromEntries(
        specs.map((s) => [
          s.name,
          { description: s.description, required: false, default: s.default },
        ]),
      ),
    );
  });
});

describe('docs/inputs.md follows the table of inputs', () => {
  /** The rows of the Inputs table, as cells without their backticks. */
  const rows = (read('docs/inputs.md').split('## Inputs\n')[1]?.split('\n## ')[0] ?? '')
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/^`(.*)`$/, '$1')),
    );

  it('documents every input, in order, with its default', () => {
    expect(rows.map(([name, fallback]) => [name, fallback === "''" ? '' : fallback])).toEqual(
      specs.map((s) => [s.name, s.default]),
    );
  });

  it('describes every input', () => {
    for (const [name, , description] of rows) expect(description, name).not.toBe('');
  });
});

describe('the table of inputs', () => {
  it('accepts each default', () => {
    for (const spec of specs) {
      const value = 'defaultFromRunner' in spec ? '' : spec.default;
      expect(() =>
        (spec.parse as (v: string, i: string) => unknown)(value, spec.name),
      ).not.toThrow();
    }
  });
});

describe('the saved state follows the table of inputs', () => {
  /** Every field of the saved state, as dotted paths, by the part it belongs to ('' for the top). */
  const fields = new Map<string, string[]>();
  for (const [key, type] of Object.entries(STATE_FIELDS))
    if (typeof type === 'object') fields.set(key, Object.keys(type.optional));
    else fields.set('', [...(fields.get('') ?? []), key]);
  const paths = [...fields].flatMap(([part, keys]) => keys.map((k) => (part ? `${part}.${k}` : k)));
  const carried = specs.flatMap((s) => (s.phase === 'post' ? [s.state] : []));

  it('carries each input post acts on in a field of its own part, and no input main alone uses', () => {
    for (const spec of specs) {
      if (spec.phase === 'post') expect(paths, spec.name).toContain(spec.state);
      else expect('state' in spec, spec.name).toBe(false);
    }
  });

  it('has no field in the parts made of inputs that no input fills', () => {
    for (const part of ['artifact', 'insights', 'redaction'])
      for (const key of fields.get(part) ?? [])
        expect(carried, `${part}.${key}`).toContain(`${part}.${key}`);
  });
});
