// The user's redaction rules on the CLI: `redact`, `merge` and `collect` take the action's
// `redact-*` inputs as flags (each repeatable), check them before reading anything, and refuse
// them beside --no-redact.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/logs/redact/index.js';
import { cli } from '../support/cli-in-process.js';

const line = (fields: object) =>
  JSON.stringify({ kind: 'Event', auditID: 'a', stage: 'ResponseComplete', ...fields });
const LOG = [
  line({
    objectRef: { resource: 'configmaps' },
    verb: 'create',
    requestObject: { kind: 'ConfigMap', data: { release: 'kaRelease1x' } },
  }),
  line({ requestURI: '/api/v1/namespaces/a/pods/p/exec?command=kaCommand2x&stdout=true' }),
  line({ annotations: { 'example.com/token': 'kaAnnotation3x' } }),
  line({ userAgent: 'key AKIAABCDEFGHIJKLMNOP' }),
].join('\n');
const VALUES = ['kaRelease1x', 'kaCommand2x', 'kaAnnotation3x', 'AKIAABCDEFGHIJKLMNOP'];
const RULES = [
  '--redact-resources',
  'configmaps',
  '--redact-audit-annotations',
  'example.com/*',
  '--redact-patterns',
  'command=[^&]*',
  '--redact-patterns',
  'AKIA[0-9A-Z]{16}',
];

function input(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'redaction-flags-'));
  const file = path.join(dir, 'kube-apiserver-audit.log');
  writeFileSync(file, `${LOG}\n`);
  return file;
}

describe('the --redact-* flags', () => {
  it.each([
    ['redact', (file: string, out: string) => ['redact', file, out]],
    ['merge', (file: string, out: string) => ['merge', file, '--out', out]],
  ])('%s applies them to what it writes', async (_, argv) => {
    const file = input();
    const plain = `${file}.plain`;
    expect((await cli(argv(file, plain))).code).toBe(0);
    for (const value of VALUES) expect(readFileSync(plain, 'utf8')).toContain(value);
    const out = `${file}.out`;
    const run = await cli([...argv(file, out), ...RULES]);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    for (const value of VALUES) expect(text).not.toContain(value);
    expect(text).toContain(REDACTED);
  });

  it.each([
    [
      ['redact', 'IN', 'OUT', '--redact-patterns', '(a)\\1'],
      /Option --redact-patterns has the value "\(a\)\\\\1": "\(a\)\\\\1" is not allowed: at character 4: backreferences/,
    ],
    [
      ['merge', 'IN', '--out', 'OUT', '--redact-resources', 'pods/exec'],
      /Option --redact-resources has the value "pods\/exec": .*resource\[\.group\]/,
    ],
    [
      ['collect', '--out', 'OUT', '--redact-audit-annotations', 'a b'],
      /Option --redact-audit-annotations has the value "a b"/,
    ],
    [
      ['up', '--redact-patterns', 'x*'],
      /Option --redact-patterns has the value "x\*": .*empty string/,
    ],
    [
      ['merge', 'IN', '--out', 'OUT', '--no-redact', '--redact-patterns', 'x'],
      /give --no-redact or --redact-patterns, not both/,
    ],
    [
      ['collect', '--out', 'OUT', '--no-redact', '--redact-resources', 'configmaps'],
      /give --no-redact or --redact-resources, not both/,
    ],
  ])('exits 2 before reading anything for %j', async (argv, message) => {
    const run = await cli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('joins a repeated flag into the lines of its input', async () => {
    const file = input();
    const out = `${file}.out`;
    const run = await cli([
      'redact',
      file,
      out,
      '--redact-patterns',
      'kaRelease1x',
      '--redact-patterns',
      'kaCommand2x',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('kaRelease1x');
    expect(text).not.toContain('kaCommand2x');
    expect(text).toContain('kaAnnotation3x');
  });
});
