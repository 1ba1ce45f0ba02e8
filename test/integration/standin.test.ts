// Proves the kind stand-in against a real Docker engine: what kind-audit relies on kind for must
// be real here (containers, labels, bind mounts, the manifest, the probe's audit event), or the
// action's integration tests would prove nothing.
import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  clusterNodes,
  docker,
  dockerExec,
  removeCluster,
  requireDocker,
} from '../support/docker.js';
import { KIND_STANDIN, standinEnv } from '../support/node-image.js';
import { probeArgs } from '../../src/verify/probe.js';

const engine = await requireDocker();

const POLICY_DIR = '/etc/kubernetes/policies';
const POLICY = `${POLICY_DIR}/audit-policy.yaml`;
const LOG = '/var/log/kubernetes/kube-apiserver-audit.log';
const MANIFEST = '/etc/kubernetes/manifests/kube-apiserver.yaml';

const run = randomUUID().slice(0, 6);
const created: string[] = [];
let tmp = '';
let env: Record<string, string> = {};

/** A fresh cluster name, removed after the file whatever happens. */
function clusterName(what: string): string {
  const name = `st-${run}-${what}`;
  created.push(name);
  return name;
}

interface KindResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the stand-in as the action does: `kind` found on PATH. */
function kind(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Promise<KindResult> {
  return new Promise((resolve) => {
    execFile(
      'kind',
      args,
      { cwd: opts.cwd ?? tmp, env: { ...env, ...opts.env }, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function createCluster(
  name: string,
  config: string,
  opts: { env?: Record<string, string>; args?: string[] } = {},
): Promise<KindResult> {
  const file = path.join(tmp, `${name}.yaml`);
  await fs.writeFile(file, config);
  return kind(['create', 'cluster', '--name', name, '--config', file, ...(opts.args ?? [])], {
    env: opts.env ?? {},
  });
}

async function mustCreate(...args: Parameters<typeof createCluster>): Promise<KindResult> {
  const result = await createCluster(...args);
  if (result.code !== 0) throw new Error(`kind create cluster failed:\n${result.stderr}`);
  return result;
}

/** The action's liveness probe, exactly as it sends it. */
function probe(node: string, marker = `kind-audit-probe-${randomUUID().slice(0, 8)}`) {
  const requestPath = `/api/v1/namespaces/default/configmaps/${marker}`;
  const args = probeArgs({
    marker,
    path: requestPath,
    request: { verb: 'get', path: requestPath },
  });
  return { marker, requestPath, result: dockerExec(node, args) };
}

/** True while a process of that pid exists (signal 0 only checks). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function auditLines(node: string): Promise<string[]> {
  const r = await dockerExec(node, ['cat', LOG]);
  return r.code === 0 ? r.stdout.split('\n').filter(Boolean) : [];
}

async function manifestAuditLines(node: string): Promise<string> {
  return (await dockerExec(node, ['grep', 'audit', MANIFEST])).stdout;
}

async function labels(container: string): Promise<Record<string, string>> {
  const out = await docker(['inspect', '--format', '{{json .Config.Labels}}', container]);
  return JSON.parse(out.stdout) as Record<string, string>;
}

interface Mount {
  Type: string;
  Name?: string;
  Source: string;
  Destination: string;
  RW: boolean;
}

async function mounts(container: string): Promise<Mount[]> {
  const out = await docker(['inspect', '--format', '{{json .Mounts}}', container]);
  return JSON.parse(out.stdout) as Mount[];
}

const PATCH_BODY = `apiServer:
  extraArgs:
    audit-log-path: ${LOG}
    audit-policy-file: ${POLICY}
  extraVolumes:
  - name: audit-policies
    hostPath: ${POLICY_DIR}
    mountPath: ${POLICY_DIR}
    readOnly: true
    pathType: DirectoryOrCreate
  - name: audit-logs
    hostPath: /var/log/kubernetes
    mountPath: /var/log/kubernetes
    readOnly: false
    pathType: DirectoryOrCreate
`;
/** The guide's patch: no apiVersion, map-style extraArgs. */
const GUIDE_PATCH = `kind: ClusterConfiguration\n${PATCH_BODY}`;
const V1BETA4_LIST_PATCH = `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
apiServer:
  extraArgs:
  - name: audit-log-path
    value: ${LOG}
  - name: audit-policy-file
    value: ${POLICY}
  extraVolumes:
  - {name: audit-policies, hostPath: ${POLICY_DIR}, mountPath: ${POLICY_DIR}, readOnly: true, pathType: DirectoryOrCreate}
  - {name: audit-logs, hostPath: /var/log/kubernetes, mountPath: /var/log/kubernetes, pathType: DirectoryOrCreate}
`;

function indent(text: string, by: number): string {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => ' '.repeat(by) + l)
    .join('\n');
}

interface NodeSpec {
  role: 'control-plane' | 'worker';
  patch?: string;
  mounts?: { hostPath: string; containerPath: string; readOnly?: boolean }[];
}

function kindConfig(nodes: NodeSpec[], clusterPatch?: string): string {
  const lines = ['kind: Cluster', 'apiVersion: kind.x-k8s.io/v1alpha4'];
  if (clusterPatch) lines.push('kubeadmConfigPatches:', '- |', indent(clusterPatch, 2));
  lines.push('nodes:');
  for (const n of nodes) {
    lines.push(`- role: ${n.role}`);
    if (n.patch) lines.push('  kubeadmConfigPatches:', '  - |', indent(n.patch, 4));
    if (n.mounts?.length) {
      lines.push('  extraMounts:');
      for (const m of n.mounts) {
        lines.push(`  - hostPath: ${JSON.stringify(m.hostPath)}`);
        lines.push(`    containerPath: ${m.containerPath}`);
        if (m.readOnly !== undefined) lines.push(`    readOnly: ${m.readOnly}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

const policyMount = () => ({
  hostPath: './audit-policy.yaml',
  containerPath: POLICY,
  readOnly: true,
});
/** One control plane as the guide configures it. */
const guideControlPlane = (patch = GUIDE_PATCH): NodeSpec => ({
  role: 'control-plane',
  patch,
  mounts: [policyMount()],
});

describe.skipIf(!engine.available)(`kind stand-in against Docker ${engine.reason}`, () => {
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kind-standin-test-'));
    await fs.writeFile(
      path.join(tmp, 'audit-policy.yaml'),
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n',
    );
    env = await standinEnv();
  });

  afterAll(async () => {
    for (const name of created) await removeCluster(name);
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  describe("the guide's config with two workers", () => {
    let name = '';
    let cp = '';
    let create: KindResult;
    const bound = () => path.join(tmp, 'bound');

    beforeAll(async () => {
      name = clusterName('guide');
      cp = `${name}-control-plane`;
      await fs.mkdir(bound());
      const node = guideControlPlane();
      node.mounts?.push({ hostPath: bound(), containerPath: '/bound' });
      create = await mustCreate(name, kindConfig([node, { role: 'worker' }, { role: 'worker' }]), {
        args: ['--wait', '60s'],
      });
    });

    test('creates one container per node, named and labelled as kind does', async () => {
      expect(await clusterNodes(name)).toEqual([cp, `${name}-worker`, `${name}-worker2`]);
      expect(await labels(cp)).toMatchObject({
        'io.x-k8s.kind.cluster': name,
        'io.x-k8s.kind.role': 'control-plane',
      });
      expect((await labels(`${name}-worker2`))['io.x-k8s.kind.role']).toBe('worker');
      const listed = await kind(['get', 'nodes', '--name', name]);
      expect(listed.stdout.split('\n').filter(Boolean).sort()).toEqual(await clusterNodes(name));
      expect((await kind(['get', 'clusters'])).stdout.split('\n')).toContain(name);
    });

    test("prints kind's progress lines", () => {
      expect(create.stderr).toContain(`Creating cluster "${name}" ...`);
      expect(create.stderr).toContain(' ✓ Preparing nodes 📦 📦 📦');
      expect(create.stderr).toContain(' ✓ Joining worker nodes 🚜');
      expect(create.stderr).toContain(' ✓ Waiting ≤ 1m0s for control-plane = Ready ⏳');
      expect(create.stderr).toContain(`Set kubectl context to "kind-${name}"`);
    });

    test('gives each node an anonymous volume on /var', async () => {
      const own = (await mounts(cp)).find((m) => m.Destination === '/var');
      expect(own?.Type).toBe('volume');
    });

    test('bind-mounts extraMounts for real: the relative policy path from the cwd, read-only', async () => {
      const inNode = await dockerExec(cp, ['cat', POLICY]);
      expect(inNode.stdout).toBe(await fs.readFile(path.join(tmp, 'audit-policy.yaml'), 'utf8'));
      const write = await dockerExec(cp, ['sh', '-c', `echo x >> ${POLICY}`]);
      expect(write.code).not.toBe(0);
      expect(write.stderr).toMatch(/Read-only file system/);
    });

    test('bind-mounts a writable extraMount both ways', async () => {
      expect((await dockerExec(cp, ['sh', '-c', 'echo from-node > /bound/hello'])).code).toBe(0);
      expect(await fs.readFile(path.join(bound(), 'hello'), 'utf8')).toBe('from-node\n');
      expect((await dockerExec(`${name}-worker`, ['ls', '/bound'])).code).not.toBe(0);
    });

    test("writes the API server manifest the guide's troubleshooting greps", async () => {
      // The guide's "Expected output" of `grep audit` on the manifest, line for line.
      expect(await manifestAuditLines(cp)).toBe(
        [
          `    - --audit-log-path=${LOG}`,
          `    - --audit-policy-file=${POLICY}`,
          '      name: audit-logs',
          '      name: audit-policies',
          '    name: audit-logs',
          '    name: audit-policies',
          '',
        ].join('\n'),
      );
      const manifest = (await dockerExec(cp, ['cat', MANIFEST])).stdout;
      expect(manifest).toMatch(
        /^ {2}- command:\n {4}- kube-apiserver\n {4}- --advertise-address=\S+\n/m,
      );
      expect(manifest).toContain('    - --runtime-config=\n');
      expect(manifest).toMatch(
        / {2}- hostPath:\n {6}path: \/etc\/kubernetes\/policies\n {6}type: DirectoryOrCreate\n {4}name: audit-policies/,
      );
      expect((await dockerExec(`${name}-worker`, ['cat', MANIFEST])).code).not.toBe(0);
    });

    test('answers the probe with NotFound and appends one real-shaped audit event', async () => {
      const p = probe(cp);
      const result = await p.result;
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `Error from server (NotFound): configmaps "${p.marker}" not found\n`,
      );
      const lines = (await auditLines(cp)).filter((l) => l.includes(p.marker));
      expect(lines).toHaveLength(1);
      const event = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
      expect(event).toMatchObject({
        kind: 'Event',
        apiVersion: 'audit.k8s.io/v1',
        level: 'Metadata',
        stage: 'ResponseComplete',
        verb: 'get',
        requestURI: p.requestPath,
        user: {
          username: 'kubernetes-admin',
          groups: ['kubeadm:cluster-admins', 'system:authenticated'],
        },
        sourceIPs: ['127.0.0.1'],
        objectRef: {
          resource: 'configmaps',
          namespace: 'default',
          name: p.marker,
          apiVersion: 'v1',
        },
        responseStatus: { code: 404, reason: 'NotFound' },
      });
      expect(event.auditID).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
      expect(event.userAgent).toMatch(/^kubectl\/v1\.36\.1 /);
      for (const key of ['requestReceivedTimestamp', 'stageTimestamp']) {
        expect(event[key]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
        expect(Math.abs(Date.parse(event[key] as string) - Date.now())).toBeLessThan(60_000);
      }
      await probe(cp).result;
      expect(await auditLines(cp)).toHaveLength(2);
    });

    test('creates the log 0600 in a 0700 directory, like the API server', async () => {
      await probe(cp).result;
      const modes = await dockerExec(cp, ['stat', '-c', '%a %U', '/var/log/kubernetes', LOG]);
      expect(modes.stdout).toBe('700 root\n600 root\n');
    });

    test('a worker has no API server to probe', async () => {
      const result = await probe(`${name}-worker`).result;
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/connection to the server 127\.0\.0\.1:6443 was refused/);
    });

    test("crictl finds the API server and shows its log (the action's diagnostics)", async () => {
      const out = await dockerExec(cp, [
        'sh',
        '-c',
        'crictl logs --tail 30 "$(crictl ps -a --name kube-apiserver -q | head -n 1)"',
      ]);
      expect(out.code).toBe(0);
      expect(out.stdout).toMatch(/^I\d{4} \d\d:\d\d:\d\d\.\d{6} +1 options\.go:\d+\] /);
      expect(out.stdout).toContain(`"Using audit log backend" path="${LOG}"`);
    });

    test('refuses a second cluster of the same name, as kind does', async () => {
      const again = await createCluster(name, kindConfig([{ role: 'control-plane' }]));
      expect(again.code).toBe(1);
      expect(again.stderr).toContain(
        `ERROR: failed to create cluster: node(s) already exist for a cluster with the name "${name}"`,
      );
    });

    test("export logs copies each node's /var/log, audit files included, as kind does", async () => {
      const p = probe(cp);
      await p.result;
      const dest = path.join(tmp, 'exported');
      const exported = await kind(['export', 'logs', dest, '--name', name]);
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stdout).toBe(`${dest}\n`);
      expect(exported.stderr).toContain(`Exporting logs for cluster "${name}" to:`);
      expect((await fs.readdir(dest)).sort()).toEqual(
        ['kind-version.txt', cp, `${name}-worker`, `${name}-worker2`].sort(),
      );
      const log = await fs.readFile(path.join(dest, cp, 'kubernetes', 'kube-apiserver-audit.log'));
      expect(log.toString()).toContain(p.marker);
      expect(await fs.readFile(path.join(dest, cp, 'kubelet.log'), 'utf8')).toContain(cp);
      const missing = await kind(['export', 'logs', dest, '--name', `${name}-none`]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain(`ERROR: unknown cluster "${name}-none"`);
    });

    test('lets docker cp copy the audit log out of a stopped node (the post step relies on it)', async () => {
      const p = probe(cp);
      await p.result;
      expect((await docker(['stop', cp])).code).toBe(0);
      const dest = path.join(tmp, 'copied');
      await fs.mkdir(dest);
      const copy = await docker(['cp', `${cp}:/var/log/kubernetes`, dest]);
      expect(copy.stderr).toBe('');
      const log = await fs.readFile(
        path.join(dest, 'kubernetes', 'kube-apiserver-audit.log'),
        'utf8',
      );
      expect(log).toContain(p.marker);
    });

    test('delete removes the nodes and their volumes; deleting again succeeds', async () => {
      const volumes = (await mounts(cp))
        .filter((m) => m.Type === 'volume')
        .map((m) => m.Name ?? '');
      expect(volumes).toHaveLength(1);
      const del = await kind(['delete', 'cluster', '--name', name]);
      expect(del.code).toBe(0);
      expect(del.stderr).toContain(`Deleting cluster "${name}" ...`);
      expect(await clusterNodes(name)).toEqual([]);
      expect((await docker(['volume', 'inspect', ...volumes])).code).not.toBe(0);
      const nodes = await kind(['get', 'nodes', '--name', name]);
      expect(nodes.stdout).toBe('');
      expect(nodes.stderr).toContain(`No kind nodes found for cluster "${name}".`);
      expect((await kind(['delete', 'cluster', '--name', name])).code).toBe(0);
    });
  });

  describe('three control planes', () => {
    test('names, labels, a load balancer, and a live log on every control plane', async () => {
      const name = clusterName('ha');
      const cp = () => ({ role: 'control-plane' as const, mounts: [policyMount()] });
      const create = await mustCreate(
        name,
        kindConfig([cp(), cp(), cp(), { role: 'worker' }], GUIDE_PATCH),
      );
      expect(create.stderr).toContain(' ✓ Joining more control-plane nodes 🎮');
      const controlPlanes = [
        `${name}-control-plane`,
        `${name}-control-plane2`,
        `${name}-control-plane3`,
      ];
      expect(await clusterNodes(name, 'control-plane')).toEqual(controlPlanes);
      expect(await clusterNodes(name, 'worker')).toEqual([`${name}-worker`]);
      expect(await clusterNodes(name, 'external-load-balancer')).toEqual([
        `${name}-external-load-balancer`,
      ]);
      for (const node of controlPlanes) {
        const p = probe(node);
        await p.result;
        const lines = await auditLines(node);
        expect(lines, node).toHaveLength(1);
        expect(lines[0]).toContain(p.marker);
      }
    });

    test('a second control plane without the policy mount gets the flags but no policy (test-infra#36204)', async () => {
      // kubeadm join --control-plane takes the ClusterConfiguration from the first control plane.
      const name = clusterName('ha-nomount');
      await mustCreate(name, kindConfig([guideControlPlane(), { role: 'control-plane' }]));
      const second = `${name}-control-plane2`;
      expect(await manifestAuditLines(second)).toContain(`--audit-policy-file=${POLICY}`);
      expect((await probe(second).result).stderr).toMatch(
        /connection to the server .* was refused/,
      );
      expect(await auditLines(second)).toEqual([]);
      const logs = await dockerExec(second, [
        'sh',
        '-c',
        'crictl logs "$(crictl ps -a --name kube-apiserver -q)"',
      ]);
      expect(logs.stdout).toContain(
        `loading audit policy file: failed to read file path \\"${POLICY}\\"`,
      );
    });
  });

  describe("kind v0.32's patch rules", () => {
    const V1BETA3 = `apiVersion: kubeadm.k8s.io/v1beta3\n${GUIDE_PATCH}`;
    const V1BETA4_MAP = `apiVersion: kubeadm.k8s.io/v1beta4\n${GUIDE_PATCH}`;
    test.each([
      { what: 'unversioned, map-style (the guide)', patch: GUIDE_PATCH, audited: true },
      { what: 'naming v1beta4, list-style', patch: V1BETA4_LIST_PATCH, audited: true },
      { what: 'naming v1beta3: ignored', patch: V1BETA3, audited: false },
      {
        what: 'naming v1beta4, map-style: its flags dropped, its volumes kept',
        patch: V1BETA4_MAP,
        audited: false,
        volumes: true,
      },
      {
        what: 'naming v1beta3 on a 1.35 node image: applied',
        patch: V1BETA3,
        audited: true,
        args: ['--image', 'kindest/node:v1.35.0'],
      },
      {
        what: 'naming v1beta3 with kind v0.31: applied',
        patch: V1BETA3,
        audited: true,
        env: { KIND_STANDIN_VERSION: 'v0.31.0' },
      },
    ])(
      'a ClusterConfiguration patch $what',
      async ({ patch, audited, args, env: extra, volumes }) => {
        const name = clusterName('patch');
        await mustCreate(name, kindConfig([guideControlPlane(patch)]), {
          args: args ?? [],
          env: extra ?? {},
        });
        const node = `${name}-control-plane`;
        const flags = await manifestAuditLines(node);
        const p = probe(node);
        expect((await p.result).stderr).toContain('(NotFound)');
        if (audited) {
          expect(flags).toContain(`--audit-log-path=${LOG}`);
          expect((await auditLines(node)).join('\n')).toContain(p.marker);
        } else {
          expect(flags).not.toContain('--audit-');
          expect(flags.includes('name: audit-logs')).toBe(volumes === true);
          expect(await auditLines(node)).toEqual([]);
        }
        await removeCluster(name);
      },
    );

    test('a cluster-level patch reaches every node; a node-level one only its node', async () => {
      const name = clusterName('levels');
      const nodePatch = 'kind: ClusterConfiguration\napiServer:\n  extraArgs:\n    v: "4"\n';
      await mustCreate(
        name,
        kindConfig(
          [
            { role: 'control-plane', patch: nodePatch, mounts: [policyMount()] },
            { role: 'worker' },
          ],
          GUIDE_PATCH,
        ),
      );
      const conf = (node: string) => dockerExec(node, ['cat', '/kind/kubeadm.conf']);
      const cpConf = (await conf(`${name}-control-plane`)).stdout;
      const workerConf = (await conf(`${name}-worker`)).stdout;
      expect(cpConf).toContain('name: audit-log-path');
      expect(cpConf).toMatch(/name: v\n\s+value: "4"/);
      expect(workerConf).toContain('name: audit-log-path');
      expect(workerConf).not.toMatch(/name: v\n/);
      expect(await manifestAuditLines(`${name}-control-plane`)).toContain('--audit-policy-file');
      expect((await dockerExec(`${name}-control-plane`, ['cat', MANIFEST])).stdout).toContain(
        '    - --v=4\n',
      );
      await removeCluster(name);
    });

    test('a policy whose only rule is level None audits nothing', async () => {
      const name = clusterName('none');
      await fs.writeFile(
        path.join(tmp, 'none-policy.yaml'),
        'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n',
      );
      const node = guideControlPlane();
      node.mounts = [
        { hostPath: path.join(tmp, 'none-policy.yaml'), containerPath: POLICY, readOnly: true },
      ];
      await mustCreate(name, kindConfig([node]));
      await probe(`${name}-control-plane`).result;
      expect(await auditLines(`${name}-control-plane`)).toEqual([]);
      await removeCluster(name);
    });
  });

  describe('fault knobs (KIND_STANDIN_FAULT)', () => {
    const crictlLogs = (node: string) =>
      dockerExec(node, [
        'sh',
        '-c',
        'crictl logs --tail 30 "$(crictl ps -a --name kube-apiserver -q)"',
      ]);

    test('no-policy-mount: the flags are there, the policy is not, and nothing is logged', async () => {
      const name = clusterName('nomount');
      await mustCreate(name, kindConfig([guideControlPlane()]), {
        env: { KIND_STANDIN_FAULT: 'no-policy-mount' },
      });
      const node = `${name}-control-plane`;
      expect(await manifestAuditLines(node)).toContain('--audit-policy-file');
      expect((await dockerExec(node, ['ls', POLICY])).code).not.toBe(0);
      expect((await probe(node).result).code).toBe(1);
      expect(await auditLines(node)).toEqual([]);
      expect((await crictlLogs(node)).stdout).toContain(
        '"command failed" err="loading audit policy file',
      );
      await removeCluster(name);
    });

    test('no-audit-flags: the policy is mounted, the manifest has no audit flags, nothing is logged', async () => {
      const name = clusterName('noflags');
      await mustCreate(name, kindConfig([guideControlPlane()]), {
        env: { KIND_STANDIN_FAULT: 'no-audit-flags' },
      });
      const node = `${name}-control-plane`;
      expect((await dockerExec(node, ['ls', POLICY])).code).toBe(0);
      const manifest = (await dockerExec(node, ['cat', MANIFEST])).stdout;
      expect(manifest).not.toContain('--audit-');
      expect(manifest).toContain('name: audit-policies');
      expect((await probe(node).result).stderr).toContain('(NotFound)');
      expect(await auditLines(node)).toEqual([]);
      expect((await crictlLogs(node)).stdout).toContain('No audit policy file provided');
      await removeCluster(name);
    });

    test('no-audit-log: everything is in place, yet the API server never writes an event', async () => {
      const name = clusterName('nolog');
      await mustCreate(name, kindConfig([guideControlPlane()]), {
        env: { KIND_STANDIN_FAULT: 'no-audit-log' },
      });
      const node = `${name}-control-plane`;
      expect(await manifestAuditLines(node)).toContain('--audit-log-path');
      expect((await dockerExec(node, ['ls', POLICY])).code).toBe(0);
      expect((await probe(node).result).stderr).toContain('(NotFound)');
      expect((await dockerExec(node, ['ls', LOG])).code).not.toBe(0);
      await removeCluster(name);
    });

    test('kubeadm-init-fails: create fails and removes the nodes, unless --retain', async () => {
      const faulty = { env: { KIND_STANDIN_FAULT: 'kubeadm-init-fails' } };
      const gone = clusterName('initfail');
      const failed = await createCluster(gone, kindConfig([guideControlPlane()]), faulty);
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain(' ✗ Starting control-plane 🕹️');
      expect(failed.stderr).toContain(
        'ERROR: failed to create cluster: failed to init node with kubeadm',
      );
      expect(await clusterNodes(gone)).toEqual([]);

      const kept = clusterName('initfail-retain');
      const retained = await createCluster(kept, kindConfig([guideControlPlane()]), {
        ...faulty,
        args: ['--retain'],
      });
      expect(retained.code).toBe(1);
      expect(await clusterNodes(kept)).toEqual([`${kept}-control-plane`]);
      // Why kubeadm init failed, as crictl shows it in the kept node: the API server exited.
      const node = `${kept}-control-plane`;
      expect((await dockerExec(node, ['crictl', 'ps', '-a'])).stdout).toMatch(
        /Exited\s+kube-apiserver/,
      );
      const logs = await dockerExec(node, [
        'sh',
        '-c',
        'crictl logs "$(crictl ps -a --name kube-apiserver -q)"',
      ]);
      expect(logs.stdout.trimEnd().split('\n').at(-1)).toMatch(
        /^E\d{4} .* run\.go:72\] "command failed" err="kind stand-in fault kubeadm-init-fails/,
      );
      await removeCluster(kept);
    });

    test('slow-create: create holds in "Starting control-plane" with its nodes up, and SIGINT ends it at once', async () => {
      const name = clusterName('slow');
      const config = path.join(tmp, `${name}.yaml`);
      const pidFile = path.join(tmp, `${name}.pid`);
      await fs.writeFile(config, kindConfig([guideControlPlane()]));
      const child = spawn('kind', ['create', 'cluster', '--name', name, '--config', config], {
        cwd: tmp,
        env: { ...env, KIND_STANDIN_FAULT: 'slow-create', KIND_STANDIN_PIDFILE: pidFile },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, signal) => resolve(signal)),
      );
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      try {
        await vi.waitFor(() => expect(stderr).toContain(' • Starting control-plane 🕹️'), {
          timeout: 15_000,
          interval: 100,
        });

        // The pid file names the process that is creating, and it is still at work.
        const pid = Number((await fs.readFile(pidFile, 'utf8')).trim());
        expect(pid).toBe(child.pid);
        expect(isAlive(pid)).toBe(true);
        expect(await clusterNodes(name)).toEqual([`${name}-control-plane`]);
        expect(stderr).not.toContain('✓ Starting control-plane');

        child.kill('SIGINT');
        expect(await exited).toBe('SIGINT');
        expect(isAlive(pid)).toBe(false);
        expect(stderr).not.toContain('Have a nice day');
        // Like kind killed mid-create, it leaves its nodes behind for whoever cancelled it.
        expect(await clusterNodes(name)).toEqual([`${name}-control-plane`]);
      } finally {
        // A failed expectation must not leave a create sleeping for ten minutes.
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      await removeCluster(name);
    });

    test('KIND_STANDIN_CREATE_SECONDS: a short hold still ends in a cluster; a bad value is refused', async () => {
      const name = clusterName('hold');
      const held = await createCluster(name, kindConfig([guideControlPlane()]), {
        env: { KIND_STANDIN_CREATE_SECONDS: '0.2' },
      });
      expect(held.code).toBe(0);
      expect(held.stderr).toContain(' ✓ Starting control-plane 🕹️');
      await removeCluster(name);

      const bad = await createCluster(clusterName('hold-bad'), kindConfig([guideControlPlane()]), {
        env: { KIND_STANDIN_CREATE_SECONDS: 'soon' },
      });
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain(
        'KIND_STANDIN_CREATE_SECONDS: "soon" is not a number of seconds',
      );
    });

    test('an unknown fault is refused rather than ignored', async () => {
      const result = await createCluster(
        clusterName('typo'),
        kindConfig([{ role: 'control-plane' }]),
        {
          env: { KIND_STANDIN_FAULT: 'no-policy' },
        },
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('unknown fault "no-policy"');
    });
  });

  describe('bad input fails like kind, leaving no containers', () => {
    test.each([
      {
        what: 'an extraMount hostPath that does not exist',
        config: () =>
          kindConfig([
            {
              role: 'control-plane',
              mounts: [{ hostPath: './missing.yaml', containerPath: POLICY }],
            },
          ]),
        error: `hostPath "${'{tmp}'}/missing.yaml"`,
      },
      {
        what: 'a config of the wrong kind',
        config: () => 'kind: Config\napiVersion: kind.x-k8s.io/v1alpha4\n',
        error: 'unknown apiVersion/kind',
      },
      {
        what: 'an unknown field',
        config: () =>
          'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n- role: control-plane\n  extraMount: []\n',
        error: 'unknown field "extraMount"',
      },
      {
        what: 'no control plane',
        config: () => 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n- role: worker\n',
        error: 'at least one control-plane node',
      },
    ])('$what', async ({ config, error }) => {
      const name = clusterName('bad');
      const result = await createCluster(name, config());
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('ERROR: failed to create cluster: ');
      expect(result.stderr).toContain(error.replace('{tmp}', tmp));
      expect(await clusterNodes(name)).toEqual([]);
    });

    test('an invalid cluster name', async () => {
      const result = await kind(['create', 'cluster', '--name', 'Not_Valid']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("'Not_Valid' is not a valid cluster name");
    });
  });

  test('--kubeconfig gets the kind-<name> context; delete takes it out again', async () => {
    const name = clusterName('kubeconfig');
    const file = path.join(tmp, 'kube', 'config');
    await mustCreate(name, kindConfig([{ role: 'control-plane' }]), {
      args: ['--kubeconfig', file],
    });
    expect(await fs.readFile(file, 'utf8')).toContain(`current-context: kind-${name}`);
    await kind(['delete', 'cluster', '--name', name, '--kubeconfig', file]);
    expect(await fs.readFile(file, 'utf8')).not.toContain(`kind-${name}`);
  });

  test('kind version and --help answer', async () => {
    expect((await kind(['version'])).stdout).toMatch(/^kind v0\.32\.0 go\S+ linux\/amd64\n$/);
    expect((await kind(['--help'])).stdout).toContain('kind [command]');
    expect(KIND_STANDIN).toMatch(/kind-standin\/kind$/);
  });
});
