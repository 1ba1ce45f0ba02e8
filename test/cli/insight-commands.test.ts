import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli-in-process.js';

const DEMO = new URL('../fixtures/audit-logs/audit2rbac-demo.log', import.meta.url).pathname;
const FALCO = new URL('../fixtures/audit-logs/falco-k8s-audit', import.meta.url).pathname;

function file(name: string, content: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'insight-cli-'));
  const at = path.join(dir, name);
  writeFileSync(at, content);
  return at;
}

describe('kind-audit check', () => {
  it('exits 0 when every expectation holds', async () => {
    const expect_ = file(
      'e.yaml',
      '- {name: bob listed pods, require: {user: bob, verb: list, resource: pods}}\n',
    );
    const result = await cli(['check', '--expect', expect_, DEMO]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ok        bob listed pods (require, 5 matching requests)');
    expect(result.stdout).toContain('1 expectation, 0 violated; 37 requests checked');
  });

  it('exits 1 naming each violation and its offending requests', async () => {
    const expect_ = file(
      'e.yaml',
      `- name: nobody reads secrets
  forbid: {verb: [get, list, watch], resource: secrets}
- name: somebody deletes
  require: {verb: delete}
`,
    );
    const result = await cli(['check', '--expect-file', expect_, DEMO]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('VIOLATED  nobody reads secrets: forbid, 1 matching request\n');
    expect(result.stdout).toMatch(
      / {2}2017-09-11T\S+ {2}alice {2}list {2}\/api\/v1\/namespaces\/ns1\/secrets {2}403/,
    );
    expect(result.stdout).toContain('VIOLATED  somebody deletes: require, but no request matched');
  });

  it('reads folders of logs and says how many more offending requests there were', async () => {
    const expect_ = file(
      'e.yaml',
      '- {name: no configmaps, forbid: {resource: configmaps}}\n- {name: nothing at all, forbid: {}}\n',
    );
    const result = await cli(['check', '--expect', expect_, FALCO, DEMO]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('VIOLATED  no configmaps: forbid, 10 matching requests');
    expect(result.stdout).toContain('VIOLATED  nothing at all: forbid, 88 matching requests');
    expect(result.stdout).toContain('  … 68 more\n');
    expect(result.stdout).toContain('2 expectations, 2 violated; 88 requests checked');
  });

  it('exits 2 saying what it read when the logs hold no request, unless --allow-empty', async () => {
    const expect_ = file('e.yaml', '- {name: a, require: {verb: get}}\n');
    const log = file('empty.log', 'not an event\n');
    const result = await cli(['check', '--expect', expect_, log]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `kind-audit check: read 0 requests from ${log}: 1 file, 1 line, none of them an audit event.`,
    );
    const allowed = await cli(['check', '--expect', expect_, log, '--allow-empty']);
    expect(allowed.code).toBe(1);
    expect(allowed.stderr).toContain(`warning: read 0 requests from ${log}`);
    expect(allowed.stdout).toContain('VIOLATED  a: require, but no request matched');
  });

  it.each([
    [['check', DEMO], '--expect FILE is required'],
    [
      ['check', '--expect', '/nonexistent/e.yaml', DEMO],
      '--expect has the value "/nonexistent/e.yaml": /nonexistent/e.yaml does not exist',
    ],
    [
      ['check', '--expect', 'BAD', DEMO],
      'expectation #1 (line 1), field forbid.verb has a text: verbs are lower-case',
    ],
    [
      ['check', '--expect', 'GOOD', '/nonexistent/log'],
      'LOG argument "/nonexistent/log": there is no such file or folder.',
    ],
    [['check', '--expect', 'GOOD'], 'name the LOG'],
  ])('exits 2 on bad input: %j', async (argv, wanted) => {
    const bad = file('bad.yaml', '- {name: a, forbid: {verb: GET}}\n');
    const good = file('good.yaml', '- {name: a, forbid: {verb: get}}\n');
    const result = await cli(argv.map((a) => (a === 'BAD' ? bad : a === 'GOOD' ? good : a)));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(wanted);
  });
});

describe('kind-audit baseline', () => {
  it('prints the baseline, sorted, and writes the same with --out', async () => {
    const printed = await cli(['baseline', DEMO]);
    expect(printed.code).toBe(0);
    expect(
      printed.stdout.startsWith('alice\tlist\tconfigmaps\tns1\nalice\tlist\tpods\tns1\n'),
    ).toBe(true);
    expect(printed.stdout).toContain('system:serviceaccount:ns1:sa1\tlist\tnodes\t-\n');
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'insight-cli-')), 'baseline.tsv');
    const written = await cli(['baseline', DEMO, '--out', out]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
  });

  it('--compare exits 0 on a match and 1 on drift, printing +added and -gone lines', async () => {
    const base = file('baseline.tsv', (await cli(['baseline', DEMO])).stdout);
    const same = await cli(['baseline', DEMO, '--compare', base]);
    expect([same.code, same.stdout]).toEqual([0, '']);
    expect(same.stderr).toContain('0 added, 0 gone');
    writeFileSync(base, `${readFileSync(base, 'utf8')}zed\tget\tpods\tns1\n`);
    const drift = await cli(['baseline', DEMO, FALCO, '--compare', base]);
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain('+minikube-user\tcreate\tpods/exec\tdefault\n');
    expect(drift.stdout).toContain('-zed\tget\tpods\tns1\n');
    expect(drift.stdout).not.toContain('+alice');
  });

  it('--fold-namespaces folds matching namespaces into the glob', async () => {
    const result = await cli(['baseline', DEMO, '--fold-namespaces', 'ns*']);
    expect(result.stdout).toContain('alice\tlist\tpods\tns*\n');
    expect(result.stdout).toContain('system:serviceaccount:ns*:sa1\tlist\tpods\tdefault\n');
  });

  it.each([
    [
      ['baseline', DEMO, '--fold-namespaces', 'E2E'],
      'Option --fold-namespaces has the value "E2E"',
    ],
    [['baseline', DEMO, '--compare', 'MALFORMED'], 'line 2: it has 1 tab-separated fields'],
    [
      ['baseline', DEMO, '--compare', '/nonexistent/b.tsv'],
      '--compare: /nonexistent/b.tsv does not exist',
    ],
    [['baseline', '/nonexistent/log'], 'there is no such file or folder'],
    [
      ['baseline', DEMO, '--expect', 'x'],
      "--expect is not an option of 'baseline' (it belongs to 'up', 'check')",
    ],
  ])('exits 2 on bad input: %j', async (argv, wanted) => {
    const malformed = file('b.tsv', 'a\tget\tpods\t-\nnot a line\n');
    const result = await cli(argv.map((a) => (a === 'MALFORMED' ? malformed : a)));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(wanted);
  });
});
