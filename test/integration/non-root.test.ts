// GitHub runs the action as the user `runner`, not root, while the API server in a node writes
// its log as root. Here main runs as root (as this test machine's user), a later step deletes the
// cluster, and post runs as another user: it must read the logs from the runner folder without
// sudo. The built bundles, a real Docker engine and the stand-in kind (real kind needs a
// registry; its run is .github/workflows/e2e.yml).
import { chownSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireDocker } from '../support/docker.js';
import { kind, nodeFile, Scenario } from './harness.js';

const engine = await requireDocker();
const RUNNER = { uid: 1001, gid: 1001 };
const LOG = '/var/log/kubernetes/kube-apiserver-audit.log';

/** Gives `uid` every folder and file under `dir` except what lies under `keep`, as root made it. */
function chownExcept(dir: string, keep: string, uid: number, gid: number): void {
  chownSync(dir, uid, gid);
  for (const name of readdirSync(dir)) {
    const entry = path.join(dir, name);
    if (entry === keep) continue;
    if (lstatSync(entry).isDirectory()) chownExcept(entry, keep, uid, gid);
    else chownSync(entry, uid, gid);
  }
}

describe.skipIf(!engine.available || process.getuid?.() !== 0)(
  'post as a user other than root (needs root to switch users)',
  () => {
    let scenario: Scenario;
    beforeAll(async () => {
      scenario = await Scenario.start();
    });
    afterAll(() => scenario?.stop());

    it(
      'reads every audit file, written by root in the node, from the runner folder without sudo',
      { timeout: 60_000 },
      async () => {
        const cluster = scenario.cluster('nonroot');
        const job = await scenario.job();
        const node = `${cluster}-control-plane`;
        const main = await job.step('main', { 'cluster-name': cluster });
        expect(main.code, main.stdout).toBe(0);
        // The API server appends to the log main made, as root, inside the node.
        const log = await nodeFile(node, LOG);
        expect(log.length).toBeGreaterThan(0);
        const logDir = main.outputs['audit-log-dir'] ?? '';
        const file = path.join(logDir, node, 'kube-apiserver-audit.log');
        expect(lstatSync(file).mode & 0o777).toBe(0o644);
        await kind(['delete', 'cluster', '--name', cluster]);

        // The runner's user owns its temp folder; the log folder stays as main and the node left it.
        chownExcept(path.dirname(job.temp), logDir, RUNNER.uid, RUNNER.gid);
        const post = await job.step('post', {}, main.state, undefined, RUNNER);
        expect(post.code, post.stdout + post.stderr).toBe(0);
        const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
        expect(files.get(`${node}/kube-apiserver-audit.log`)?.equals(log)).toBe(true);
        expect(post.stdout).not.toMatch(/EACCES/);
        // This user may not ask Docker (the runner's may): the cluster is gone anyway.
        const warnings = post.stdout.split('\n').filter((l) => l.startsWith('::warning'));
        expect(warnings.every((w) => w.includes("Could not list the cluster's containers"))).toBe(
          true,
        );
      },
    );
  },
);
