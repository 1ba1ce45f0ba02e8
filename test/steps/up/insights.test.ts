import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/messages/input-error.js';
import { readInsightSettings } from '../../../src/inputs/read.js';
import { checkPolicy, levelPolicy, presetPolicy, type Policy } from '../../../src/policy/index.js';
import { prepareInsights, saveInsights } from '../../../src/steps/up/insights.js';
import { recordingLogger } from '../../support/recording-logger.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'w1-insights-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const settings = (values: Record<string, string>) =>
  readInsightSettings((name) => values[name] ?? '');
const everything = checkPolicy(levelPolicy('Metadata')).policy as Policy;

async function refusal(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
}

describe('prepareInsights', () => {
  it('reads an expect-file from the workspace and copies it into the run folder', async () => {
    writeFileSync(path.join(dir, 'expect.yaml'), '- name: x\n  forbid:\n    resource: secrets\n');
    const prepared = await prepareInsights(
      settings({ 'expect-file': 'expect.yaml' }),
      dir,
      everything,
      recordingLogger(),
    );
    expect(prepared.expectations.map((e) => e.name)).toEqual(['x']);
    const run = mkdtempSync(path.join(dir, 'run-'));
    const saved = await saveInsights(run, prepared);
    expect(readFileSync(saved.expectPath, 'utf8')).toContain('resource: secrets');
    expect(saved).toMatchObject({ rbac: true, onDrift: 'warn', baselinePath: '' });
  });

  it('refuses a missing or bad expect-file and a bad baseline, naming the input', async () => {
    const log = recordingLogger();
    const missing = await refusal(
      prepareInsights(settings({ 'expect-file': 'nope.yaml' }), dir, everything, log),
    );
    expect(missing).toBeInstanceOf(InputError);
    expect(missing.message).toMatch(/^Input 'expect-file' has the value "nope.yaml": /);
    writeFileSync(path.join(dir, 'bad.yaml'), '- name: x\n  forbid:\n    colour: red\n');
    const bad = await refusal(
      prepareInsights(settings({ 'expect-file': 'bad.yaml' }), dir, everything, log),
    );
    expect(bad.message).toMatch(/^Input 'expect-file' has the value "bad.yaml": .*colour/);
    writeFileSync(path.join(dir, 'baseline.tsv'), 'only two\tfields\n');
    const baseline = await refusal(
      prepareInsights(settings({ baseline: 'baseline.tsv' }), dir, everything, log),
    );
    expect(baseline.message).toMatch(/^Input 'baseline' has the value "baseline.tsv": /);
  });

  it('warns when the policy drops what RBAC or an expectation depends on', async () => {
    const log = recordingLogger();
    const recommended = checkPolicy(presetPolicy('recommended')).policy as Policy;
    await prepareInsights(
      settings({
        expect: '- name: makes events\n  require:\n    resource: events\n    verb: create\n',
      }),
      dir,
      recommended,
      log,
    );
    const warnings = log.lines.filter(([level]) => level === 'warning').map(([, m]) => m);
    expect(warnings.some((w) => /Expectation "makes events" checks nothing/.test(w))).toBe(true);
    expect(warnings.some((w) => /generated RBAC depends on \(.*events/.test(w))).toBe(true);
    const quiet = recordingLogger();
    await prepareInsights(settings({}), dir, everything, quiet);
    expect(quiet.lines.filter(([level]) => level === 'warning')).toEqual([]);
  });
});
