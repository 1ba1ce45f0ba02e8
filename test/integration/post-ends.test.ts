// Post always ends, against a real Docker engine and the stand-in kind. A node's current audit log
// replaced by a FIFO (anything in the cluster can do that to its log folder): the API server —
// here the stand-in's kubectl, which appends its event as the real one does — then waits forever
// to open it, so `kubectl get --raw` in post never returns. Post must skip the FIFO without
// waiting on it, stop the stuck kubectl, upload what it has, and say what it left out.
import { execFileSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireDocker } from '../support/docker.js';
import { mainThenPost, nodeFile, Scenario } from './harness.js';

const engine = await requireDocker();
const LOG = '/var/log/kubernetes/kube-apiserver-audit.log';
const ROTATED = 'kube-apiserver-audit-2026-01-01T00-00-00.000.log';

describe.skipIf(!engine.available)('post against a stuck cluster', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await Scenario.start();
  });
  afterAll(() => scenario?.stop());

  it(
    'the current log a FIFO: post stops the kubectl stuck behind it and uploads the rest',
    { timeout: 150_000 },
    async () => {
      const cluster = scenario.cluster('fifo');
      const job = await scenario.job();
      const node = `${cluster}-control-plane`;
      let logged: Buffer = Buffer.alloc(0);
      const started: number[] = [];
      const { main, post } = await mainThenPost(job, { 'cluster-name': cluster }, async (m) => {
        logged = await nodeFile(node, LOG);
        // The events so far stay, under a rotated name; a FIFO takes the current log's place.
        const folder = path.join(m.outputs['audit-log-dir'] ?? '', node);
        renameSync(path.join(folder, path.basename(LOG)), path.join(folder, ROTATED));
        execFileSync('mkfifo', [path.join(folder, path.basename(LOG))]);
        started.push(Date.now());
      });
      expect(main.code, main.stdout).toBe(0);
      // Ends: the stuck command's 30 s, and the rest, well inside the test's time.
      expect(Date.now() - (started[0] ?? 0)).toBeLessThan(90_000);
      expect(post.stdout).toContain(
        `::warning title=kind-audit::${node}: "${path.join(main.outputs['audit-log-dir'] ?? '', node, path.basename(LOG))}" was skipped: it is a FIFO; only regular files are collected.`,
      );
      expect(post.stdout).toMatch(
        new RegExp(
          `::warning title=kind-audit%3A RBAC::Could not read the cluster's RBAC to list permissions granted but unused: \`docker exec ${node} kubectl .*get --raw /apis/rbac.authorization.k8s.io/v1/clusterroles\` did not finish within 30 s and was stopped`,
        ),
      );
      // What was collected is uploaded all the same.
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      expect(files.get(`${node}/${ROTATED}`)?.equals(logged)).toBe(true);
      expect(files.get('audit.jsonl')?.toString().trim().split('\n')).toHaveLength(
        logged.toString().trim().split('\n').length,
      );
      expect(post.code, post.stdout).toBe(0);
    },
  );
});
