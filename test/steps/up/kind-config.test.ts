// The user's kind config as the action and the CLI take it in: the inputs, reading the file from
// the workspace, the cluster's name, and `up` creating from the merged config in the workspace.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunOptions, Runner } from '../../../src/process/exec.js';
import { InputConflictError, InputError } from '../../../src/messages/input-error.js';
import { readClusterOptions } from '../../../src/inputs/read.js';
import type { RunState } from '../../../src/state/run-state.js';
import { resolveKindConfig } from '../../../src/steps/up/kind-config.js';
import { folderKindCache } from '../../../src/kind/folder-cache.js';
import { up } from '../../../src/steps/up/up.js';
import { recordingLogger } from '../../support/recording-logger.js';

const HA = `# two control planes and a worker
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
name: from-config
nodes:
- role: control-plane
- role: control-plane
- role: worker
`;

const read = (values: Record<string, string>) => readClusterOptions((name) => values[name] ?? '');

function workspaceWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kind-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('the inputs', () => {
  it('mean 1 control plane, 0 workers and the cluster kind when nothing is given', () => {
    expect(read({})).toMatchObject({ clusterName: 'kind', controlPlanes: 1, workers: 0 });
    expect(read({}).kindConfig).toBeUndefined();
  });

  it.each([['control-planes'], ['workers']])('refuse %s together with config', (input) => {
    const error = (() => {
      try {
        read({ config: 'kind.yaml', [input]: '2' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputConflictError);
    expect((error as Error).message).toBe(
      `Inputs 'config' ("kind.yaml") and '${input}' ("2") were given together: with config the kind config decides the nodes: describe them in its nodes list and leave control-planes and workers empty.`,
    );
  });

  it("let the config's name count only when cluster-name is empty", () => {
    expect(read({ config: ' kind.yaml ' }).kindConfig).toEqual({
      input: 'config',
      path: 'kind.yaml',
      nameFromConfig: true,
    });
    expect(read({ config: 'kind.yaml', 'cluster-name': 'x' }).kindConfig?.nameFromConfig).toBe(
      false,
    );
  });
});

describe('resolveKindConfig', () => {
  it("reads the file from the workspace and names the cluster after the config's name:", async () => {
    const workspace = workspaceWith({ 'kind.yaml': HA });
    const { options, config } = await resolveKindConfig(read({ config: 'kind.yaml' }), workspace);
    expect(options.clusterName).toBe('from-config');
    expect(config?.controlPlanes).toBe(2);
    expect(options.kindConfig?.text).toBe(HA);
  });

  it('keeps the name given in cluster-name, and kind when neither names one', async () => {
    const workspace = workspaceWith({
      'kind.yaml': HA,
      'plain.yaml': HA.replace(/^name:.*\n/m, ''),
    });
    const given = await resolveKindConfig(
      read({ config: 'kind.yaml', 'cluster-name': 'mine' }),
      workspace,
    );
    expect(given.options.clusterName).toBe('mine');
    const none = await resolveKindConfig(read({ config: 'plain.yaml' }), workspace);
    expect(none.options.clusterName).toBe('kind');
  });

  it.each([
    [
      'a missing file',
      'nope.yaml',
      /no such file \(looked for .*nope\.yaml; relative paths start at .*\)/,
    ],
    [
      'a folder',
      'dir',
      /is a directory; the kind config must be a regular file of at most 256 KiB/,
    ],
    [
      'a file over 256 KiB',
      'big.yaml',
      /holds \d+ bytes; the kind config must be a regular file of at most 256 KiB \(262144 bytes\)/,
    ],
    [
      'a config it cannot merge',
      'bad.yaml',
      /bad\.yaml:3: name must be a cluster name kind accepts/,
    ],
  ])('refuses %s, naming the input', async (_, file, message) => {
    const workspace = workspaceWith({
      'big.yaml': `# ${'x'.repeat(256 * 1024)}\n${HA}`,
      'bad.yaml': HA.replace('from-config', 'Bad_Name').replace(/^# .*\n/, ''),
    });
    mkdirSync(path.join(workspace, 'dir'));
    const error = await resolveKindConfig(read({ config: file }), workspace).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('config');
    expect((error as Error).message).toMatch(message);
  });
});

describe('up with a kind config', () => {
  it('mounts a log folder for each of its control planes and runs kind in the workspace with the merged file', async () => {
    const workspace = workspaceWith({ 'kind.yaml': HA });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kind-config-dir-'));
    const kindCalls: { args: readonly string[]; opts: RunOptions | undefined }[] = [];
    const run: Runner = (cmd, args, opts) => {
      if (cmd === 'kind') kindCalls.push({ args, opts });
      // The create fails, so up stops once kind has run: enough to see what it was given.
      const failed = args[0] === 'create';
      return Promise.resolve({ code: failed ? 1 : 0, stdout: '', stderr: failed ? 'boom' : '' });
    };
    const saved: RunState[] = [];
    const outcome = await up(
      run,
      recordingLogger(),
      read({ config: 'kind.yaml', 'node-image': 'kindest/node:v1.35.0' }),
      {
        workspace,
        claimDir: () => Promise.resolve(dir),
        kindPlace: { cache: folderKindCache(path.join(dir, 'tools')), tempDir: dir },
        saveState: (s) => void saved.push(structuredClone(s)),
      },
    ).catch((e: unknown) => e);
    expect((outcome as Error).message).toMatch(/boom/);

    const create = kindCalls.find((c) => c.args[0] === 'create');
    expect(create?.args).toEqual(
      expect.arrayContaining([
        '--name',
        'from-config',
        '--config',
        path.join(dir, 'kind-config.yaml'),
      ]),
    );
    expect(create?.opts?.cwd).toBe(workspace);
    // node-image overrides the config's images through kind's --image, the file stays as written.
    expect(create?.args.slice(-2)).toEqual(['--image', 'kindest/node:v1.35.0']);
    expect(saved[0]?.clusterName).toBe('from-config');
    expect(readdirSync(path.join(dir, 'logs')).sort()).toEqual([
      'from-config-control-plane',
      'from-config-control-plane2',
    ]);
    const written = readFileSync(path.join(dir, 'kind-config.yaml'), 'utf8');
    expect(written).toContain('# two control planes and a worker\n');
    expect(
      written.match(/containerPath: \/etc\/kubernetes\/policies\/audit-policy.yaml/g),
    ).toHaveLength(2);
  });
});

describe('up warns about the patches kind will drop', () => {
  const config = `kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
kubeadmConfigPatches:
- |
  apiVersion: kubeadm.k8s.io/v1beta4
  kind: ClusterConfiguration
  apiServer:
    extraArgs:
      audit-log-maxage: "3"
`;

  async function warningsOf(image: string) {
    const workspace = workspaceWith({ 'kind.yaml': config });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kind-config-dir-'));
    const created: string[] = [];
    const run: Runner = (_cmd, args) => {
      if (args[0] === 'version')
        return Promise.resolve({
          code: 0,
          stdout: 'kind v0.33.0 go1.26 linux/amd64\n',
          stderr: '',
        });
      if (args[0] === 'create') created.push(args.join(' '));
      const failed = args[0] === 'create';
      return Promise.resolve({ code: failed ? 1 : 0, stdout: '', stderr: failed ? 'boom' : '' });
    };
    const log = recordingLogger();
    await up(run, log, read({ config: 'kind.yaml', 'node-image': image }), {
      workspace,
      claimDir: () => Promise.resolve(dir),
      kindPlace: { cache: folderKindCache(path.join(dir, 'tools')), tempDir: dir },
      saveState: () => undefined,
    }).catch(() => undefined);
    expect(created).toHaveLength(1);
    return log.lines.filter(([level]) => level === 'warning');
  }

  it('on a v1beta4 cluster: its map-form extraArgs, at their line in the user file', async () => {
    const [warning, ...rest] = await warningsOf('kindest/node:v1.36.3');
    expect(rest).toEqual([]);
    expect(warning?.[1]).toMatch(
      /^kind\.yaml:8: kubeadmConfigPatches entry 1 of the cluster \(ClusterConfiguration\) names kubeadm\.k8s\.io\/v1beta4 but writes apiServer\.extraArgs \(audit-log-maxage\) as a mapping/,
    );
    expect(warning?.[2]).toEqual({ title: 'kind-audit: kind config', file: 'kind.yaml', line: 8 });
  });

  it('on a v1beta3 cluster: the whole patch', async () => {
    const [warning, ...rest] = await warningsOf('kindest/node:v1.35.4');
    expect(rest).toEqual([]);
    expect(warning?.[1]).toMatch(
      /^kind\.yaml:5: .* names kubeadm\.k8s\.io\/v1beta4, but kind writes kubeadm\.k8s\.io\/v1beta3 .* ignores this whole patch/,
    );
  });
});
