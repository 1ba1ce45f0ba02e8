// The kind-audit CLI bundle, as a person runs it on a laptop: up, verify, collect, down, with the
// real kind on PATH creating the cluster from the node image built here (test/real/README.md).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { containersOf } from '../integration/harness.js';
import { bundledCli } from '../support/cli-bundle.js';
import { removeCluster } from '../support/docker.js';
import {
  realKindEnv,
  realLoadBalancerImage,
  realNodeImage,
  requireRealParts,
} from '../support/real-parts.js';
import { KIND, KUBERNETES, plainRequests } from './harness.js';

const real = await requireRealParts();
const cluster = `ka-cli-${randomUUID().slice(0, 5)}`;

describe.skipIf(!real.available)('kind-audit CLI on real kind', () => {
  afterAll(() => removeCluster(cluster));

  it('up, verify, collect and down a cluster', { timeout: 300_000 }, async () => {
    const image = await realNodeImage(KUBERNETES);
    await realLoadBalancerImage();
    const work = mkdtempSync(path.join(os.tmpdir(), 'cli-'));
    const cli = bundledCli(realKindEnv(KIND), work);
    const dir = ['--dir', path.join(work, 'state')];

    const up = cli('up', '--name', cluster, '--preset', 'recommended', '--image', image, ...dir);
    expect(up.status, up.stderr).toBe(0);
    expect(up.stderr).toContain(`✓ ${cluster}-control-plane: audit log live`);

    const verify = cli('verify', '--name', cluster, ...dir);
    expect(verify.status, verify.stderr).toBe(0);

    const out = path.join(work, 'logs');
    const collect = cli('collect', '--name', cluster, '--out', out, ...dir);
    expect(collect.status, collect.stderr).toBe(0);
    expect(collect.stdout).toContain(`| \`${cluster}-control-plane\` | running | 1 |`);
    // The summary counts what a plain parse of the collected log counts.
    const raw = readFileSync(
      path.join(out, `${cluster}-control-plane`, 'kube-apiserver-audit.log'),
      'utf8',
    );
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as {
      requests: number;
    };
    expect(summary.requests).toBe(plainRequests(raw).size);
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
