// The kind-audit CLI bundle, as a person runs it on a laptop: up, verify, collect, down, with the
// stand-in kind on PATH (real kind needs a registry; its run is the GitHub workflow's job).
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeCluster, requireDocker } from '../support/docker.js';
import { bundledCli } from '../support/cli-bundle.js';
import { standinEnv } from '../support/node-image.js';
import { containersOf } from './harness.js';

const engine = await requireDocker();
const cluster = `cli-${process.pid}`;

describe.skipIf(!engine.available)('kind-audit CLI against a real Docker engine', () => {
  afterAll(() => removeCluster(cluster));

  it('up, verify, collect and down a cluster', { timeout: 60_000 }, async () => {
    const env = await standinEnv();
    const work = mkdtempSync(path.join(os.tmpdir(), 'cli-'));
    const cli = bundledCli(env, work);
    const dir = ['--dir', path.join(work, 'state')];

    const up = cli('up', '--name', cluster, '--preset', 'recommended', ...dir);
    expect(up.status, up.stderr).toBe(0);
    expect(up.stderr).toContain(`✓ ${cluster}-control-plane: audit log live`);

    const verify = cli('verify', '--name', cluster, ...dir);
    expect(verify.status, verify.stderr).toBe(0);

    const out = path.join(work, 'logs');
    const collect = cli('collect', '--name', cluster, '--out', out, ...dir);
    expect(collect.status, collect.stderr).toBe(0);
    expect(collect.stdout).toContain(`| \`${cluster}-control-plane\` | running | 1 |`);
    expect(readdirSync(out).sort()).toEqual(
      [
        'audit-policy.yaml',
        'audit.jsonl',
        'baseline.tsv',
        `${cluster}-control-plane`,
        'kind-config.yaml',
        'rbac',
        'summary.json',
        'summary.md',
      ].sort(),
    );
    expect(readdirSync(path.join(out, `${cluster}-control-plane`))).toEqual([
      'kube-apiserver-audit.log',
    ]);

    const down = cli('down', '--name', cluster);
    expect(down.status, down.stderr).toBe(0);
    expect(await containersOf(cluster)).toEqual([]);

    const again = cli('verify', '--name', cluster, ...dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      `Cluster "${cluster}" has no control-plane container: was it deleted?`,
    );
  });
});
