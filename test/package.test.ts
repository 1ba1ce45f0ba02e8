// The package the way a user gets it: `npm pack`, installed from the tarball into an empty folder
// with no network, and `kind-audit summarize` run from there under Node 20 and Node 24. It runs
// the committed bundle in dist/cli, so it also proves the bundle holds every dependency.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLog } from '../bench/generate-log.js';
import { summarizeFiles } from '../src/logs/summarize-files.js';
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
