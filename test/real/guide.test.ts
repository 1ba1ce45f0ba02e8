// The action's bundles on a cluster that real kind creates from the node image built here: real
// kubeadm, etcd, kube-apiserver, kube-controller-manager and scheduler (test/real/README.md says
// what is real and what stands in). The guide's defaults and each preset: main proves the log is
// live with its probe, post collects the real log, and the summary counts what a plain parse of
// that log counts.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker } from '../support/docker.js';
import { containersOf, mainThenPost, nodeFile, Scenario } from '../integration/harness.js';
import { kindDir, requireRealParts } from '../support/real-parts.js';
import { KIND, kubectl, plainRequests, realJob } from './harness.js';

const execFileAsync = promisify(execFile);
const real = await requireRealParts();
const LOG = '/var/log/kubernetes/kube-apiserver-audit.log';
/** What every artifact holds at its top (the artifact's layout in README.md). */
const ARTIFACT_TOP = [
  'audit-policy.yaml',
  'kind-config.yaml',
  'audit.jsonl',
  'summary.json',
  'summary.md',
  'baseline.tsv',
];

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
      const dir = `${job.temp}/kind-audit/${cluster}`;
      expect(main.outputs).toEqual({
        'cluster-name': cluster,
        'kubeconfig-context': `kind-${cluster}`,
        'policy-path': `${dir}/audit-policy.yaml`,
        'kind-config-path': `${dir}/kind-config.yaml`,
        'audit-log-path': LOG,
        'audit-log-dir': `${dir}/logs`,
        'control-plane-nodes': JSON.stringify([node]),
        kubeconfig: `${dir}/kubeconfig`,
      });
      expect(post.code, post.stdout).toBe(0);

      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      // The artifact's layout, the policy and kind config as main wrote them.
      for (const name of [...ARTIFACT_TOP, `${node}/kube-apiserver-audit.log`])
        expect([...files.keys()]).toContain(name);
      expect([...files.keys()].filter((f) => f.startsWith(`${node}/`))).toEqual([
        `${node}/kube-apiserver-audit.log`,
      ]);
      expect(files.get('audit-policy.yaml')?.toString()).toBe(
        readFileSync(main.outputs['policy-path'] ?? '', 'utf8'),
      );
      expect(files.get('kind-config.yaml')?.toString()).toBe(
        readFileSync(main.outputs['kind-config-path'] ?? '', 'utf8'),
      );
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
  it(
    "the action's own three control planes and a worker: each joins with its policy mount, each is verified and collected",
    { timeout: 900_000 },
    async () => {
      const cluster = scenario.cluster('ha');
      const { job, image } = await realJob(scenario);
      const nodes = [
        `${cluster}-control-plane`,
        `${cluster}-control-plane2`,
        `${cluster}-control-plane3`,
      ];
      // Each node's log as post finds it: post's own reads of the cluster's RBAC come after.
      const before = new Map<string, Buffer>();
      const { main, post } = await mainThenPost(
        job,
        { 'cluster-name': cluster, 'node-image': image, 'control-planes': '3', workers: '1' },
        async () => {
          for (const node of nodes) before.set(node, await nodeFile(node, LOG));
        },
      );
      expect(main.code, main.stdout).toBe(0);
      expect(JSON.parse(main.outputs['control-plane-nodes'] ?? '')).toEqual(nodes);
      for (const node of nodes) expect(main.stdout).toContain(`✓ ${node}: audit log live`);
      expect(post.code, post.stdout).toBe(0);
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      for (const node of nodes) {
        const seen = before.get(node) ?? Buffer.alloc(0);
        expect(seen.length, node).toBeGreaterThan(0);
        const collected = files.get(`${node}/kube-apiserver-audit.log`) ?? Buffer.alloc(0);
        expect(collected.subarray(0, seen.length).equals(seen), node).toBe(true);
      }
      // The worker is there, and not a control plane: nothing is collected from it.
      expect(await containersOf(cluster)).toContain(`${cluster}-worker`);
      expect([...files.keys()].some((f) => f.includes('worker'))).toBe(false);
    },
  );

  it(
    'a later step deletes the cluster with kind: the whole log still reaches the artifact, from the runner folder the API server wrote it to',
    { timeout: 300_000 },
    async () => {
      const cluster = scenario.cluster('deleted');
      const { job, image } = await realJob(scenario);
      const node = `${cluster}-control-plane`;
      let log: Buffer = Buffer.alloc(0);
      const { main, post } = await mainThenPost(
        job,
        { 'cluster-name': cluster, 'node-image': image },
        async () => {
          log = await nodeFile(node, LOG);
          await execFileAsync(path.join(kindDir(KIND), 'kind'), [
            'delete',
            'cluster',
            '--name',
            cluster,
          ]);
        },
      );
      expect(main.code, main.stdout).toBe(0);
      expect(await containersOf(cluster)).toEqual([]);
      expect(post.code, post.stdout).toBe(0);
      expect(log.length).toBeGreaterThan(0);
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      // Everything the real API server wrote until kind deleted it, byte for byte: what the node
      // held when the step read it, and what the server appended before it was gone.
      const kept = readFileSync(
        path.join(main.outputs['audit-log-dir'] ?? '', node, 'kube-apiserver-audit.log'),
      );
      expect(kept.subarray(0, log.length).equals(log)).toBe(true);
      expect(files.get(`${node}/kube-apiserver-audit.log`)?.equals(kept)).toBe(true);
      expect(post.summary).toContain(
        `| \`${node}\` | deleted; its logs were kept on the runner | 1 |`,
      );
    },
  );
});
