import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parse } from 'yaml';
import { CARRIED, INPUTS, type CarriedPath } from '../../src/inputs/table.js';
import { parseState, RUN_FIELDS, type StatePath } from '../../src/state/run-state.js';

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
  it('has each field either set by the run or carried by an input, never both', () => {
    // Compile-time: a field of RunState (or of its parts) neither in RUN_FIELDS nor named by an
    // input's `state` would go unchecked in saved state.
    expectTypeOf<
      Exclude<StatePath, keyof typeof RUN_FIELDS | CarriedPath>
    >().toEqualTypeOf<never>();
    expectTypeOf<Extract<keyof typeof RUN_FIELDS, CarriedPath>>().toEqualTypeOf<never>();
  });

  it('checks each field an input post acts on carries as that input declares', () => {
    for (const spec of specs) {
      if (spec.phase === 'post') expect(CARRIED[spec.state], spec.name).toBe(spec.stateType);
      else expect('state' in spec, spec.name).toBe(false);
    }
  });

  it('gives inputs that share a field one type for it', () => {
    const declared = new Map<string, Set<string>>();
    for (const spec of specs)
      if (spec.phase === 'post')
        declared.set(spec.state, (declared.get(spec.state) ?? new Set()).add(spec.stateType));
    for (const [path, types] of declared) expect([...types], path).toHaveLength(1);
    expect(declared.get('insights.expectPath')).toEqual(new Set(['string']));
  });

  it("refuses saved state whose carried field is damaged, naming the field and the input's type", () => {
    const state = {
      ...Object.fromEntries(Object.keys(RUN_FIELDS).map((k) => [k, ''])),
      controlPlaneNodes: [],
      verifiedNodes: [],
      clusterCreateStarted: true,
      deleteCluster: true,
      exportLogs: false,
    };
    expect(parseState(JSON.stringify(state), CARRIED)).toEqual(state);
    expect(() => parseState(JSON.stringify({ ...state, exportLogs: 'no' }), CARRIED)).toThrow(
      "saved state has no valid 'exportLogs' (expected boolean)",
    );
    expect(() =>
      parseState(JSON.stringify({ ...state, insights: { rbac: true } }), CARRIED),
    ).toThrow("saved state has no valid 'insights.rbacFor' (expected string[])");
  });
});
