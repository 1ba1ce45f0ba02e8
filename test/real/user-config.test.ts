// Scenario: a team's own kind config, written the way such configs are (comments, feature gates,
// cluster and node kubeadm patches, a port mapping, a relative mount, node labels), with three
// control planes behind kind's load balancer and two workers. Real kind creates it: kubeadm init on
// the first control plane, `kubeadm join --control-plane` on the other two through the load
// balancer, `kubeadm join` on the workers. The action merges its audit settings in, proves every
// control plane's API server writes its log, and post collects each one.
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containersOf, mainThenPost, nodeFile, Scenario } from '../integration/harness.js';
import { dockerChecked } from '../support/docker.js';
import { requireRealParts } from '../support/real-parts.js';
import {
  apiServerArgs,
  kubectl,
  plainRequests,
  realJob,
  warnings,
  workspaceFile,
} from './harness.js';

const real = await requireRealParts();
const LOG = '/var/log/kubernetes/kube-apiserver-audit.log';

/** A TCP port free on 127.0.0.1 now, for the worker's port mapping. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const config = (
  hostPort: number,
) => `# The team's e2e cluster: three API servers behind kind's load balancer.
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
featureGates:
  # beta, on by default: set anyway, as teams pin the gates their tests rely on
  KubeletCrashLoopBackOffMax: true
kubeadmConfigPatches:
# Every node: a second audit setting of the team's own, and a volume its webhook config lives in.
- |
  kind: ClusterConfiguration
  apiServer:
    extraArgs:
      audit-log-maxbackup: "7"
    extraVolumes:
    - name: team-config
      hostPath: /etc/team
      mountPath: /etc/team
      readOnly: true
      pathType: DirectoryOrCreate
nodes:
- role: control-plane
  kubeadmConfigPatches:
  # The first control plane's ClusterConfiguration is the one kubeadm init uploads; joining
  # control planes take theirs from the cluster, so this reaches all three API servers.
  - |
    kind: ClusterConfiguration
    apiServer:
      extraArgs:
        audit-log-maxage: "5"
- role: control-plane # a second API server, audited too
  kubeadmConfigPatches:
  - |
    kind: JoinConfiguration
    nodeRegistration:
      kubeletExtraArgs:
        v: "3"
- role: control-plane
- role: worker
  extraPortMappings:
  - containerPort: 30080
    hostPort: ${hostPort}
    listenAddress: 127.0.0.1
  extraMounts:
  - hostPath: ./fixtures # relative: kind resolves it where it runs, the workspace
    containerPath: /fixtures
- role: worker
  labels:
    tier: batch
`;

describe.skipIf(!real.available)('a held-out-style user config on real kind (HA)', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await Scenario.start();
  });
  afterAll(() => scenario?.stop());

  it(
    'three control planes and two workers: every control plane verified and collected, every part of the config applied',
    { timeout: 900_000 },
    async () => {
      const cluster = scenario.cluster('team');
      const { job, image } = await realJob(scenario);
      const hostPort = await freePort();
      mkdirSync(path.join(job.workspace, 'fixtures'));
      const planes = [
        `${cluster}-control-plane`,
        `${cluster}-control-plane2`,
        `${cluster}-control-plane3`,
      ];
      const workers = [`${cluster}-worker`, `${cluster}-worker2`];
      const before = new Map<string, Buffer>();
      const { main, post } = await mainThenPost(
        job,
        {
          'cluster-name': cluster,
          'node-image': image,
          config: workspaceFile(job, 'kind.yaml', config(hostPort)),
          preset: 'recommended',
        },
        async (main) => {
          // A later step, through the load balancer the kubeconfig names.
          const kubeconfig = main.outputs.kubeconfig ?? '';
          expect((await kubectl(kubeconfig, ['create', 'namespace', 'team-e2e'])).code).toBe(0);
          const nodes = await kubectl(kubeconfig, ['get', 'nodes', '-o', 'name']);
          expect(nodes.stdout.trim().split('\n').sort()).toEqual(
            [...planes, ...workers].map((n) => `node/${n}`).sort(),
          );
          const labelled = await kubectl(kubeconfig, [
            'get',
            'nodes',
            '-l',
            'tier=batch',
            '-o',
            'name',
          ]);
          expect(labelled.stdout.trim()).toBe(`node/${cluster}-worker2`);
          for (const node of planes) before.set(node, await nodeFile(node, LOG));
        },
      );
      expect(main.code, main.stdout).toBe(0);
      // Nothing in the config is dropped by kind, so nothing about it is warned of.
      expect(warnings(main.stdout).filter((w) => w.includes('kind config'))).toEqual([]);
      expect(JSON.parse(main.outputs['control-plane-nodes'] ?? '')).toEqual(planes);
      for (const node of planes)
        for (const check of ['policy mounted', 'API server flags', 'audit log live'])
          expect(main.stdout).toContain(`✓ ${node}: ${check}`);
      expect((await containersOf(cluster)).sort()).toEqual(
        [...planes, ...workers, `${cluster}-external-load-balancer`].sort(),
      );

      for (const node of planes) {
        const args = await apiServerArgs(node);
        expect(args, node).toEqual(
          expect.arrayContaining([
            '--audit-log-path=/var/log/kubernetes/kube-apiserver-audit.log',
            '--audit-policy-file=/etc/kubernetes/policies/audit-policy.yaml',
            '--audit-log-maxbackup=7',
            '--audit-log-maxage=5',
            '--feature-gates=KubeletCrashLoopBackOffMax=true',
          ]),
        );
        const manifest = await dockerChecked([
          'exec',
          node,
          'cat',
          '/etc/kubernetes/manifests/kube-apiserver.yaml',
        ]);
        for (const mountPath of ['/etc/team', '/etc/kubernetes/policies', '/var/log/kubernetes'])
          expect(manifest, node).toContain(`mountPath: ${mountPath}`);
      }
      // The node patch of the second control plane reached its kubelet flags, and only its.
      const kubeletFlags = (node: string) =>
        dockerChecked(['exec', node, 'cat', '/var/lib/kubelet/kubeadm-flags.env']);
      expect(await kubeletFlags(planes[1] ?? '')).toContain('--v=3');
      expect(await kubeletFlags(planes[2] ?? '')).not.toContain('--v=3');
      // The worker's port mapping and its relative mount, as the user wrote them.
      expect(
        (await dockerChecked(['port', `${cluster}-worker`, '30080/tcp'])).trim().split('\n'),
      ).toContain(`127.0.0.1:${hostPort}`);
      const mounts = JSON.parse(
        await dockerChecked(['inspect', '--format', '{{json .Mounts}}', `${cluster}-worker`]),
      ) as { Source: string; Destination: string }[];
      expect(mounts).toContainEqual(
        expect.objectContaining({
          Source: path.join(job.workspace, 'fixtures'),
          Destination: '/fixtures',
        }),
      );

      expect(post.code, post.stdout).toBe(0);
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      for (const node of planes) {
        const collected = files.get(`${node}/kube-apiserver-audit.log`) ?? Buffer.alloc(0);
        const seen = before.get(node) ?? Buffer.alloc(0);
        expect(seen.length, node).toBeGreaterThan(0);
        expect(collected.subarray(0, seen.length).equals(seen), node).toBe(true);
      }
      expect([...files.keys()].some((f) => f.includes('worker'))).toBe(false);
      // The later step's request went through the load balancer to one of the API servers, and
      // that server's log, collected, holds it.
      const holders = planes.filter((node) =>
        [
          ...plainRequests(
            files.get(`${node}/kube-apiserver-audit.log`)?.toString() ?? '',
          ).values(),
        ].some(
          (e) =>
            e.verb === 'create' &&
            e.objectRef?.resource === 'namespaces' &&
            e.objectRef.name === 'team-e2e',
        ),
      );
      expect(holders).toHaveLength(1);
      const merged = plainRequests(files.get('audit.jsonl')?.toString() ?? '');
      expect(
        [...merged.values()].some((e) => e.verb === 'create' && e.objectRef?.name === 'team-e2e'),
      ).toBe(true);
    },
  );
});
