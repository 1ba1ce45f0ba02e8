// The CLI bundle with insights: `up` checks and saves them, `collect` honours them from state.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeCluster, requireDocker } from '../support/docker.js';
import { bundledCli } from '../support/cli-bundle.js';
import { standinEnv } from '../support/node-image.js';
import { containersOf } from './harness.js';

const engine = await requireDocker();
const cluster = `w1-cli-insights-${process.pid}`;

describe.skipIf(!engine.available)('kind-audit CLI insights', () => {
  afterAll(() => removeCluster(cluster));

  it(
    'up refuses a bad expect before any cluster; collect fails on a violated one',
    { timeout: 60_000 },
    async () => {
      const env = await standinEnv();
      const work = mkdtempSync(path.join(os.tmpdir(), 'w1-cli-insights-'));
      const cli = bundledCli(env, work);
      const dir = ['--dir', path.join(work, 'state')];
      writeFileSync(path.join(work, 'bad.yaml'), '- name: x\n  forbid:\n    verbs: get\n');
      const bad = cli('up', '--name', cluster, '--expect', 'bad.yaml', ...dir);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/--expect has the value "bad.yaml": .*verbs/);
      expect(await containersOf(cluster)).toEqual([]);

      // main's probe reads a configmap as kubernetes-admin: this forbid is violated.
      writeFileSync(
        path.join(work, 'expect.yaml'),
        '- name: the admin never reads configmaps\n  forbid:\n    user: kubernetes-admin\n    resource: configmaps\n',
      );
      const up = cli('up', '--name', cluster, '--expect', 'expect.yaml', '--rbac', 'false', ...dir);
      expect(up.status, up.stderr).toBe(0);
      const out = path.join(work, 'logs');
      const collect = cli('collect', '--name', cluster, '--out', out, ...dir);
      expect(collect.status).toBe(1);
      expect(collect.stderr).toContain(
        'Expectation "the admin never reads configmaps" is violated',
      );
      expect(readdirSync(out)).not.toContain('rbac');
      const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as {
        violations: { name: string; violated: boolean }[];
      };
      expect(summary.violations).toEqual([
        expect.objectContaining({ name: 'the admin never reads configmaps', violated: true }),
      ]);
    },
  );
});
