// A user's own kind config, merged and created by the stand-in kind (which reads configs strictly
// and applies kubeadm patches as kind does) on a real Docker engine: two control planes, a worker
// with a port mapping and a relative mount, and a patch of the user's own with an audit flag and an
// API server volume — all of which must reach the nodes next to the audit settings.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type Runner } from '../../src/exec.js';
import { readClusterOptions } from '../../src/inputs/read.js';
import { NODE_PATHS } from '../../src/kind/node.js';
import { folderKindCache } from '../../src/kind/folder-cache.js';
import { up } from '../../src/steps/up.js';
import { dockerChecked, removeCluster, requireDocker } from '../support/docker.js';
import { standinEnv } from '../support/node-image.js';
import { recordingLogger } from '../support/recording-logger.js';

const engine = await requireDocker();
const clusters: string[] = [];

/** The user's config, naming its cluster; kind-audit is given no cluster-name. */
const userConfig = (cluster: string, patchHead: string, args: string) => `# Our e2e cluster
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
name: ${cluster}
kubeadmConfigPatches:
- |
${patchHead}  kind: ClusterConfiguration
  apiServer:
    extraArgs:
${args}
    extraVolumes:
    - name: team-config
      hostPath: /etc/team
      mountPath: /etc/team
      readOnly: true
nodes:
- role: control-plane
- role: control-plane # a second API server, audited too
- role: worker
  extraPortMappings:
  - containerPort: 80
    hostPort: 18080
  extraMounts:
  - hostPath: ./fixtures # relative: kind resolves it in the workspace
    containerPath: /fixtures
`;

async function upFrom(config: string, env: Record<string, string> = {}) {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'uc-ws-'));
  mkdirSync(path.join(workspace, 'fixtures'));
  writeFileSync(path.join(workspace, 'kind.yaml'), config);
  const standin = await standinEnv(env);
  const runner: Runner = (cmd, args, opts) =>
    run(cmd, args, { ...opts, env: { ...standin, ...opts?.env } });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'uc-dir-'));
  const { state } = await up(
    runner,
    recordingLogger(),
    readClusterOptions((n) => (n === 'config' ? 'kind.yaml' : '')),
    {
      workspace,
      claimDir: () => Promise.resolve(dir),
      kindPlace: { cache: folderKindCache(path.join(dir, 'tools')), tempDir: dir },
      saveState: () => undefined,
    },
  );
  return { state, workspace };
}

const manifestArgs = async (node: string) =>
  (await dockerChecked(['exec', node, 'cat', NODE_PATHS.apiserverManifest]))
    .split('\n')
    .map((l) => l.trim().replace(/^- /, ''))
    .filter((l) => l.startsWith('--audit-'));

describe.skipIf(!engine.available)('a user kind config against the stand-in kind', () => {
  afterAll(async () => {
    for (const c of clusters) await removeCluster(c);
  });

  it.each([
    [
      'kind v0.32, kubeadm v1beta4, the user patch in list form',
      '  apiVersion: kubeadm.k8s.io/v1beta4\n',
      '    - name: audit-log-maxbackup\n      value: "7"',
      {},
    ],
    [
      'kind v0.31, kubeadm v1beta3, the user patch in map form',
      '  apiVersion: kubeadm.k8s.io/v1beta3\n',
      '      audit-log-maxbackup: "7"',
      { KIND_STANDIN_VERSION: 'v0.31.0' },
    ],
  ])('creates and verifies: %s', { timeout: 90_000 }, async (_, head, args, env) => {
    const cluster = `uc-${randomUUID().slice(0, 6)}`;
    clusters.push(cluster);
    const { state, workspace } = await upFrom(userConfig(cluster, head, args), env);

    expect(state.clusterName).toBe(cluster);
    const planes = [`${cluster}-control-plane`, `${cluster}-control-plane2`];
    expect(state.controlPlaneNodes.sort()).toEqual(planes);
    expect(state.verifiedNodes.sort()).toEqual(planes);
    for (const node of planes) {
      // The user's own audit flag sits beside kind-audit's, as kind merges extraArgs.
      expect(await manifestArgs(node)).toEqual([
        '--audit-log-maxbackup=7',
        `--audit-log-path=${NODE_PATHS.logFile}`,
        `--audit-policy-file=${NODE_PATHS.policyFile}`,
      ]);
      // The user's volume and both audit volumes: their patch's list did not replace ours.
      const manifest = await dockerChecked(['exec', node, 'cat', NODE_PATHS.apiserverManifest]);
      for (const mountPath of ['/etc/team', NODE_PATHS.policyDir, NODE_PATHS.logDir])
        expect(manifest).toContain(`mountPath: ${mountPath}`);
    }
    const mounts = JSON.parse(
      await dockerChecked(['inspect', '--format', '{{json .Mounts}}', `${cluster}-worker`]),
    ) as { Source: string; Destination: string }[];
    expect(mounts).toContainEqual(
      expect.objectContaining({
        Source: path.join(workspace, 'fixtures'),
        Destination: '/fixtures',
      }),
    );
  });
});
