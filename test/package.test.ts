// The package the way a user gets it: `npm pack`, installed from the tarball into an empty folder
// with no network, and `kind-audit summarize` run from there under Node 20 and Node 24. It runs
// the committed bundle in dist/cli, so it also proves the bundle holds every dependency.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLog } from '../bench/generate-log.js';
import { summarizeFiles } from '../src/logs/summary/files.js';
import { NODE24, ROOT } from './support/action-runner.js';

const FIXTURE = path.join(ROOT, 'test/fixtures/audit-logs/audit2rbac-demo.log');
let installed = '';
let packed: { files: { path: string }[] }[] = [];

beforeAll(() => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'package-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  packed = JSON.parse(out) as typeof packed;
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz')) ?? '';
  installed = path.join(work, 'user');
  execFileSync('mkdir', [installed]);
  execFileSync(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', path.join(work, tarball)],
    {
      cwd: installed,
      encoding: 'utf8',
    },
  );
}, 120_000);

describe('the published package', () => {
  it('holds the CLI bundle, the README and the licence, and nothing of the sources or tests', () => {
    const files = packed[0]?.files.map((f) => f.path).sort() ?? [];
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'dist/cli/index.js',
        'dist/cli/package.json',
        // The summary's worker threads run this bundle; without it summaries read on one thread.
        'dist/cli/summary-thread/index.js',
        // `merge`'s pass threads run this one; without it the pass runs on one thread.
        'dist/cli/pass-thread/index.js',
        'package.json',
      ]),
    );
    expect(
      files.filter(
        (f) => !f.startsWith('dist/cli/') && !['LICENSE', 'README.md', 'package.json'].includes(f),
      ),
    ).toEqual([]);
  });

  it('installs without a network and brings no dependency with it', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(installed, 'node_modules/kind-audit/package.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies).toBeUndefined();
    expect((manifest.engines as { node?: string }).node).toMatch(/^>=20/);
    expect(
      readdirSync(path.join(installed, 'node_modules')).filter((d) => !d.startsWith('.')),
    ).toEqual(['kind-audit']);
  });

  it.each([
    ['Node 20', process.execPath],
    ['Node 24', NODE24],
  ])('runs `kind-audit summarize` from the install under %s', (_name, node) => {
    expect(execFileSync(node, ['--version'], { encoding: 'utf8' })).toMatch(
      _name === 'Node 24' ? /^v24\./ : /^v\d+\./,
    );
    // The bin link as a shell runs it: the shebang finds this node first on PATH.
    const result = spawnSync(
      path.join(installed, 'node_modules/.bin/kind-audit'),
      ['summarize', FIXTURE, '--json'],
      {
        cwd: installed,
        encoding: 'utf8',
        timeout: 30_000,
        env: { PATH: `${path.dirname(node)}:/usr/bin:/bin`, HOME: installed },
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout) as unknown).toMatchObject({
      requests: 37,
      lines: 37,
      skipped: 0,
      deniedTotal: 11,
    });
  });

  it.each([
    ['Node 20', process.execPath],
    ['Node 24', NODE24],
  ])(
    'summarizes a log of several parts on its threads under %s as the sources do on one',
    async (_name, node) => {
      const log = path.join(mkdtempSync(path.join(os.tmpdir(), 'package-log-')), 'audit.log');
      await generateLog(log, 9 * 1024 * 1024);
      const result = spawnSync(
        path.join(installed, 'node_modules/.bin/kind-audit'),
        ['summarize', log, '--json'],
        {
          cwd: installed,
          encoding: 'utf8',
          timeout: 60_000,
          env: { PATH: `${path.dirname(node)}:/usr/bin:/bin`, HOME: installed },
        },
      );
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout) as unknown).toEqual(
        JSON.parse(JSON.stringify(await summarizeFiles([log]))),
      );
    },
    60_000,
  );
});

const NODES = [
  ['Node 20', process.execPath],
  ['Node 24', NODE24],
] as const;
const FALCO = path.join(ROOT, 'test/fixtures/audit-logs/falco-k8s-audit');
const VERSION = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** `kind-audit ARGS` from the install, under `node`, fed `input` on standard input. */
function installedCli(
  node: string,
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {},
) {
  return spawnSync(path.join(installed, 'node_modules/.bin/kind-audit'), args, {
    cwd: options.cwd ?? installed,
    input: options.input ?? '',
    timeout: 30_000,
    env: { PATH: `${path.dirname(node)}:/usr/bin:/bin`, HOME: installed, ...options.env },
  });
}

const text = (b: Buffer | string) => b.toString();
const lines = (b: Buffer | string) => text(b).split('\n').filter(Boolean);

describe('the installed CLI in a shell', () => {
  it.each(NODES)('says its version and the policy commands under %s', (_name, node) => {
    const version = installedCli(node, ['--version']);
    expect([version.status, text(version.stdout)]).toEqual([0, `kind-audit ${VERSION}\n`]);
    const help = installedCli(node, ['policy', '--help']);
    expect(help.status).toBe(0);
    expect(text(help.stdout)).toMatch(/policy validate .*\n.*policy explain /);
  });

  it.each(NODES)('reads - from a pipe and writes --out - to one under %s', (_name, node) => {
    const demo = readFileSync(FIXTURE);
    const summary = installedCli(node, ['summarize', '-', '--json'], { input: gzipSync(demo) });
    expect(text(summary.stderr)).toBe('');
    expect(JSON.parse(text(summary.stdout))).toMatchObject({ requests: 37, lines: 37 });
    const merged = installedCli(node, ['merge', '-', '--out', '-'], { input: demo });
    expect(merged.status, text(merged.stderr)).toBe(0);
    expect(lines(merged.stdout)).toHaveLength(37);
    // Standard output carries the events: the report goes to standard error.
    expect(text(merged.stderr)).toContain('standard output: 37 events from 1 source;');
    const redacted = installedCli(node, ['redact', '-', '-'], { input: demo });
    expect(redacted.status, text(redacted.stderr)).toBe(0);
    expect(lines(redacted.stdout)).toEqual(lines(demo));
    const baseline = installedCli(node, ['baseline', FIXTURE, '--out', '-']);
    expect(lines(baseline.stdout)[0]).toBe('alice\tlist\tconfigmaps\tns1');
  });

  it.each(NODES)(
    'refuses --out /dev/stdout as the link it is, in words, under %s',
    (_name, node) => {
      const result = installedCli(node, ['merge', FIXTURE, '--out', '/dev/stdout']);
      expect(result.status).toBe(2);
      expect(text(result.stderr)).toBe(
        'kind-audit merge: --out has the value "/dev/stdout": it cannot be written (it is a link: refusing to write through it; name the file itself, or - for standard output)\n',
      );
    },
  );

  it.each(NODES)('fails every reading command on an empty folder under %s', (_name, node) => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'package-empty-'));
    const expectations = path.join(empty, '..', `${path.basename(empty)}.yaml`);
    writeFileSync(expectations, '- {name: a, forbid: {verb: delete}}\n');
    const out = mkdtempSync(path.join(os.tmpdir(), 'package-out-'));
    for (const args of [
      ['check', '--expect', expectations, empty],
      ['baseline', empty],
      ['summarize', empty],
      ['rbac', empty, '--all', '--out', path.join(out, 'rbac')],
      ['merge', empty, '--out', path.join(out, 'merged.jsonl')],
      ['redact', empty, path.join(out, 'redacted')],
    ]) {
      const result = installedCli(node, args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(text(result.stderr)).toContain(
        `kind-audit ${args[0]}: read 0 requests from ${empty}: no log file was found`,
      );
      expect(text(result.stdout)).toBe('');
    }
    expect(readdirSync(out).filter((f) => f !== 'rbac')).toEqual([]);
  });

  it.each(NODES)(
    'reads a folder of *.json events alike in every command under %s',
    (_name, node) => {
      const out = mkdtempSync(path.join(os.tmpdir(), 'package-falco-'));
      const summary = installedCli(node, ['summarize', FALCO, '--json']);
      expect(JSON.parse(text(summary.stdout))).toMatchObject({ requests: 51 });
      const merged = installedCli(node, ['merge', FALCO, '--out', path.join(out, 'all.jsonl')]);
      expect([merged.status, text(merged.stdout)]).toEqual([
        0,
        `${path.join(out, 'all.jsonl')}: 51 events from 1 source; 1 of 52 lines was not an event; 0 came later than the window of 10,000 events\n`,
      ]);
      const redacted = installedCli(node, ['redact', FALCO, path.join(out, 'redacted')]);
      expect(redacted.status).toBe(0);
      expect(readdirSync(path.join(out, 'redacted'))).toHaveLength(47);
      const checked = installedCli(node, [
        'check',
        '--json',
        '--expect',
        path.join(ROOT, 'test/fixtures/guide/audit-policy.yaml'),
        FALCO,
      ]);
      // The policy file is no expectations file: exit 2 naming it, before any log is read.
      expect(checked.status).toBe(2);
      expect(text(checked.stderr)).toContain('cannot be used');
    },
  );

  it.each(NODES)('exits 2 for a kind/Kubernetes pair known not to work under %s', (_name, node) => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'package-render-')), 'files');
    const result = installedCli(node, [
      'render',
      '--out',
      out,
      '--kind-version',
      'v0.31.0',
      '--image',
      'kindest/node:v1.37.0',
      '--kind-mirror',
      'http://127.0.0.1:9/never-asked',
    ]);
    expect(result.status).toBe(2);
    expect(text(result.stderr)).toMatch(/kind v0\.31\.0 .*Kubernetes 1\.37\.0/);
    expect(existsSync(out)).toBe(false);
  });

  it.each(NODES)('prints --json a program can read under %s', (_name, node) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'package-json-'));
    const expectations = path.join(dir, 'e.yaml');
    writeFileSync(expectations, '- {name: nobody reads secrets, forbid: {resource: secrets}}\n');
    const check = installedCli(node, ['check', '--json', '--expect', expectations, FIXTURE]);
    expect(check.status).toBe(1);
    expect(JSON.parse(text(check.stdout))).toMatchObject({ requests: 37, violated: 1 });
    const rbac = installedCli(node, ['rbac', FIXTURE, '--user', 'alice', '--json']);
    expect(JSON.parse(text(rbac.stdout))).toMatchObject({ subjects: [{ subject: 'alice' }] });
    const baseline = installedCli(node, ['baseline', FIXTURE, '--json']);
    expect(JSON.parse(text(baseline.stdout))).toMatchObject({ dropped: 0 });
    const policy = path.join(ROOT, 'test/fixtures/guide/audit-policy.yaml');
    const validate = installedCli(node, ['policy', 'validate', policy, '--json']);
    expect(JSON.parse(text(validate.stdout))).toMatchObject({ valid: true, rules: 1 });
    const explain = installedCli(node, [
      'policy',
      'explain',
      policy,
      '--verb',
      'get',
      '--path',
      '/healthz',
      '--json',
    ]);
    expect(JSON.parse(text(explain.stdout))).toMatchObject({
      level: 'Metadata',
      rule: { index: 0 },
    });
  });
});

/**
 * `command` run by a shell inside a pseudo-terminal (util-linux's `script`): what a person at a
 * terminal sees, standard output and error together, escape sequences included.
 */
function inTerminal(command: string, env: Record<string, string>): string {
  const result = spawnSync('script', ['-qfec', command, '/dev/null'], {
    cwd: installed,
    encoding: 'utf8',
    timeout: 30_000,
    env: { HOME: installed, TERM: 'xterm', ...env },
  });
  return result.stdout;
}

const haveScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!haveScript)('the installed CLI at a terminal (a pseudo-terminal)', () => {
  const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

  it.each(NODES)('colours verdicts, unless NO_COLOR or a pipe, under %s', (_name, node) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'package-tty-'));
    const expectations = path.join(dir, 'e.yaml');
    writeFileSync(
      expectations,
      '- {name: nobody reads secrets, forbid: {resource: secrets}}\n- {name: bob lists, require: {user: bob}}\n',
    );
    const check = `kind-audit check --expect ${quote(expectations)} ${quote(FIXTURE)}`;
    const env = {
      PATH: `${path.join(installed, 'node_modules/.bin')}:${path.dirname(node)}:/usr/bin:/bin`,
    };
    const coloured = inTerminal(check, env);
    expect(coloured).toContain('\u001b[31mVIOLATED  \u001b[39mnobody reads secrets');
    expect(coloured).toContain('\u001b[32mok        \u001b[39mbob lists');
    const noColor = inTerminal(check, { ...env, NO_COLOR: '1' });
    expect(noColor).toContain('VIOLATED  nobody reads secrets');
    expect(noColor).not.toContain('\u001b[');
    const piped = inTerminal(`${check} | cat`, env);
    expect(piped).toContain('VIOLATED  nobody reads secrets');
    expect(piped).not.toContain('\u001b[');
  });

  it.each(NODES)(
    'shows progress on a read longer than 2 s, then erases it, under %s',
    (_name, node) => {
      const env = {
        PATH: `${path.join(installed, 'node_modules/.bin')}:${path.dirname(node)}:/usr/bin:/bin`,
      };
      // Standard input that takes 3 s to end: the copy of it is the long read.
      const seen = inTerminal(
        `(cat ${quote(FIXTURE)}; sleep 3) | kind-audit summarize - --top 1`,
        env,
      );
      // The whole of standard input (22,129 bytes) was read while it was copied (give or take
      // the process's other small reads, which the count includes).
      expect(seen).toMatch(
        new RegExp(String.raw`\r\x1b\[Kreading standard input: 2[12]\.\d KiB, [23] s`),
      );
      // Erased before the result is printed.
      expect(seen).toContain('\r\u001b[K37 requests, 37 lines');
      // Without a terminal on standard error, nothing is drawn.
      const plain = inTerminal(
        `(cat ${quote(FIXTURE)}; sleep 3) | kind-audit summarize - --top 1 2>&1 | cat`,
        env,
      );
      expect(plain).not.toContain('reading standard input');
    },
    20_000,
  );
});
