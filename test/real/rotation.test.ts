// Scenario: the real API server rotates its audit log. The user's own kind config sets a 1 MB
// maxsize, gzip and a small maxbackup through kubeadmConfigPatches, as users write them; traffic at
// RequestResponse with large objects rotates the log about ten times (rotation deletes the
// oldest files past the maxbackup). A later step deletes the cluster, and post, run as the runner's user (uid 1001,
// not root), collects every rotated and .gz file from the runner folder; its request count equals
// a plain count of every file there, .gz decompressed.
import { chownSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Scenario } from '../integration/harness.js';
import { removeCluster } from '../support/docker.js';
import { requireRealParts } from '../support/real-parts.js';
import { kubectl, plainRequests, realJob, workspaceFile } from './harness.js';

const real = await requireRealParts();
const RUNNER = { uid: 1001, gid: 1001 };
const MAX_BACKUP = 4;

/** kind renders kubeadm v1beta4 for 1.36, where extraArgs is a list of name/value pairs. */
const CONFIG = `kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
kubeadmConfigPatches:
  - |
    kind: ClusterConfiguration
    apiServer:
      extraArgs:
      - name: audit-log-maxsize
        value: "1"
      - name: audit-log-maxbackup
        value: "${MAX_BACKUP}"
      - name: audit-log-compress
        value: "true"
`;

/**
 * ConfigMaps of about 30 KB: at RequestResponse each create writes its body once at
 * RequestReceived and twice at ResponseComplete, about 90 KB in all, so a 1 MB file holds a dozen
 * of them. (An event must stay under the maxsize: lumberjack refuses a single write larger than
 * the file may grow, gopkg.in/natefinch/lumberjack.v2 lumberjack.go Write, and kube-apiserver
 * drops that event.)
 */
function bigConfigMaps(count: number): string {
  const filler = 'kind-audit rotation filler '.repeat(1_100);
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'List',
    items: Array.from({ length: count }, (_, i) => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `big-${i}`, namespace: 'default' },
      data: { filler },
    })),
  });
}

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

const rotated = (name: string) => /^kube-apiserver-audit-\d{4}-\d\d-\d\dT.*\.log$/.test(name);

describe.skipIf(!real.available || process.getuid?.() !== 0)(
  'a rotating audit log on real Kubernetes, collected by a user other than root',
  () => {
    let scenario: Scenario;
    beforeAll(async () => {
      scenario = await Scenario.start();
    });
    afterAll(() => scenario?.stop());

    it(
      'post collects every rotated and .gz file from the runner folder and counts every request',
      { timeout: 300_000 },
      async () => {
        const cluster = scenario.cluster('rotate');
        const node = `${cluster}-control-plane`;
        const { job, image } = await realJob(scenario);
        const main = await job.step('main', {
          'cluster-name': cluster,
          'node-image': image,
          config: workspaceFile(job, 'kind.yaml', CONFIG),
          'policy-level': 'RequestResponse',
        });
        expect(main.code, main.stdout).toBe(0);
        expect(main.stdout).toContain(`✓ ${node}: audit log live`);

        const created = await kubectl(main.outputs.kubeconfig ?? '', ['create', '-f', '-'], {
          input: bigConfigMaps(120),
        });
        expect(created.code, created.stderr).toBe(0);
        const folder = path.join(main.outputs['audit-log-dir'] ?? '', node);
        // lumberjack gzips a rotated file after the rotation, in the background: wait until no
        // rotated file is left uncompressed, so deleting the cluster cuts no .gz short.
        for (let i = 0; i < 120 && readdirSync(folder).some(rotated); i++)
          await new Promise((resolve) => setTimeout(resolve, 500));
        await removeCluster(cluster);

        const names = readdirSync(folder).sort();
        const gz = names.filter((n) => n.endsWith('.gz'));
        expect(gz.length, names.join(', ')).toBe(MAX_BACKUP);
        expect(names.filter(rotated)).toEqual([]);
        expect(names).toContain('kube-apiserver-audit.log');
        const text = names
          .map((n) => {
            const bytes = readFileSync(path.join(folder, n));
            return (n.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString();
          })
          .join('\n');
        const independent = plainRequests(text).size;

        chownExcept(
          path.dirname(job.temp),
          main.outputs['audit-log-dir'] ?? '',
          RUNNER.uid,
          RUNNER.gid,
        );
        const post = await job.step('post', {}, main.state, undefined, RUNNER);
        expect(post.code, post.stdout + post.stderr).toBe(0);
        expect(post.stdout).not.toMatch(/EACCES/);
        const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
        expect([...files.keys()].filter((n) => n.startsWith(`${node}/`)).sort()).toEqual(
          names.map((n) => `${node}/${n}`),
        );
        const summary = JSON.parse(files.get('summary.json')?.toString() ?? '{}') as {
          requests: number;
        };
        expect(summary.requests).toBe(independent);
        console.log(
          `${names.length} files (${gz.length} .gz) after rotation; ${independent} requests, counted alike by post and a plain parse`,
        );
      },
    );
  },
);
