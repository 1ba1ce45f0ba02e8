// The action's bundles on a cluster that real kind creates from the node image built here: real
// kubeadm, etcd, kube-apiserver, kube-controller-manager and scheduler (test/real/README.md says
// what is real and what stands in). The guide's defaults and each preset: main proves the log is
// live with its probe, post collects the real log, and the summary counts what a plain parse of
// that log counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker } from '../support/docker.js';
import { mainThenPost, nodeFile, Scenario } from '../integration/harness.js';
import { requireRealParts } from '../support/real-parts.js';
import { kubectl, plainRequests, realJob } from './harness.js';

const real = await requireRealParts();
const LOG = '/var/log/kubernetes/kube-apiserver-audit.log';

/** summary.json's count tables that this test holds to the plain parse. */
interface SummaryCounts {
  requests: number;
  byVerb: Record<string, number>;
  byCode: Record<string, number>;
}

describe.skipIf(!real.available)('the guide on real Kubernetes', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await Scenario.start();
  });
  afterAll(() => scenario?.stop());

  it.each<[string, Record<string, string>, string]>([
    ['the guide (no policy input)', {}, 'Metadata'],
    ['preset: recommended', { preset: 'recommended' }, 'Request'],
  ])(
    '%s: main verifies through the real API server, post collects the real log',
    { timeout: 300_000 },
    async (_name, inputs, level) => {
      const cluster = scenario.cluster(inputs.preset ?? 'guide');
      const { job, image } = await realJob(scenario);
      const node = `${cluster}-control-plane`;
      let log: Buffer = Buffer.alloc(0);
      const { main, post } = await mainThenPost(
        job,
        { 'cluster-name': cluster, 'node-image': image, ...inputs },
        async (main) => {
          // A later workflow step, through the `kubeconfig` output, makes requests of its own.
          const kubeconfig = main.outputs.kubeconfig ?? '';
          expect((await kubectl(kubeconfig, ['create', 'namespace', 'guide-e2e'])).code).toBe(0);
          expect((await kubectl(kubeconfig, ['get', 'namespace', 'guide-e2e'])).code).toBe(0);
          log = await nodeFile(node, LOG);
        },
      );
      expect(main.code, main.stdout).toBe(0);
      for (const check of ['policy mounted', 'API server flags', 'audit log live'])
        expect(main.stdout).toContain(`✓ ${node}: ${check}`);
      expect(post.code, post.stdout).toBe(0);

      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      // The log as the node has it at collection: post's own later reads of the cluster's RBAC
      // come after, so the artifact's copy starts with every byte read above.
      const collected = files.get(`${node}/kube-apiserver-audit.log`) ?? Buffer.alloc(0);
      expect(collected.subarray(0, log.length).equals(log)).toBe(true);

      const plain = plainRequests(collected.toString());
      const summary = JSON.parse(files.get('summary.json')?.toString() ?? '{}') as SummaryCounts;
      expect(summary.requests).toBe(plain.size);
      const byVerb: Record<string, number> = {};
      const byCode: Record<string, number> = {};
      for (const event of plain.values()) {
        byVerb[event.verb] = (byVerb[event.verb] ?? 0) + 1;
        const code = String(event.responseStatus?.code ?? '');
        if (code) byCode[code] = (byCode[code] ?? 0) + 1;
      }
      expect(summary.byVerb).toEqual(byVerb);
      for (const [code, count] of Object.entries(byCode)) expect(summary.byCode[code]).toBe(count);
      // The workflow's own requests are there, at the policy's level.
      const created = [...plain.values()].find(
        (e) =>
          e.verb === 'create' &&
          e.objectRef?.resource === 'namespaces' &&
          e.objectRef?.name === 'guide-e2e',
      );
      expect(created, 'the later step created the namespace').toBeDefined();
      const levels = collected
        .toString()
        .split('\n')
        .filter((l) => l.includes('"guide-e2e"'))
        .map((l) => (JSON.parse(l) as { level: string }).level);
      expect(levels).toContain(level);
    },
  );

  it(
    'export-logs and delete-cluster: kind export logs from the real nodes, and the cluster gone after post',
    { timeout: 300_000 },
    async () => {
      const cluster = scenario.cluster('export');
      const { job, image } = await realJob(scenario);
      const { main, post } = await mainThenPost(job, {
        'cluster-name': cluster,
        'node-image': image,
        'export-logs': 'true',
        'delete-cluster': 'true',
      });
      expect(main.code, main.stdout).toBe(0);
      expect(post.code, post.stdout).toBe(0);
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      const node = `${cluster}-control-plane`;
      const names = [...files.keys()];
      // kind's own export: the node's journal stand-ins and the static pods' container logs.
      expect(names).toContain(`kind-logs/${node}/kubernetes-version.txt`);
      expect(files.get(`kind-logs/${node}/kubernetes-version.txt`)?.toString().trim()).toBe(
        'v1.36.3',
      );
      expect(
        names.some((n) => n.startsWith(`kind-logs/${node}/pods/kube-system_kube-apiserver-`)),
      ).toBe(true);
      // …without the audit files, which are in the artifact once, redacted.
      expect(names.filter((n) => /^kind-logs\/.*kube-apiserver-audit/.test(n))).toEqual([]);
      const left = await docker([
        'ps',
        '-a',
        '--filter',
        `label=io.x-k8s.kind.cluster=${cluster}`,
        '-q',
      ]);
      expect(left.stdout.trim()).toBe('');
    },
  );
});
