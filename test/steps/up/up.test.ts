// The orchestration of `up` with a scripted runner: what is saved when, and what counts as
// verified. The same flow against a real engine is in test/integration/action.test.ts.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderKindCache } from '../../../src/kind/folder-cache.js';
import { levelPolicy } from '../../../src/policy/index.js';
import type { RunState } from '../../../src/state/run-state.js';
import { CreateFailedError } from '../../../src/steps/failed-create.js';
import { PreflightError } from '../../../src/steps/up/preflight.js';
import { ClusterExistsError, up, type ClusterOptions } from '../../../src/steps/up/up.js';
import { VerificationError } from '../../../src/steps/up/verify.js';
import { fakeRunner, type FakeCommand } from '../../support/fake-runner.js';
import { recordingLogger } from '../../support/recording-logger.js';

const MANIFEST = readFileSync(
  new URL('../../fixtures/manifests/kube-apiserver-audit.yaml', import.meta.url),
  'utf8',
);
const POLICY = levelPolicy('Metadata');

const options: ClusterOptions = {
  clusterName: 'c',
  policySource: { kind: 'level', level: 'Metadata' },
  policyOptions: {},
  nodeImage: undefined,
  controlPlanes: 2,
  workers: 0,
  wait: '120s',
  verifyTimeoutMs: 300,
  kind: { version: undefined, mirror: 'http://127.0.0.1:9/unused' },
};

/** A runner whose Docker engine answers and whose kind runs. */
const RUNNER_READY: FakeCommand[] = [
  { prefix: ['docker', 'info'], answer: () => ({ stdout: '29.0.1\n' }) },
  {
    prefix: ['kind', 'version'],
    answer: () => ({ stdout: 'kind v0.32.0 go1.25.4 linux/amd64\n' }),
  },
];
const KUBECONFIG = 'apiVersion: v1\nkind: Config\ncurrent-context: kind-c\n';

/** A two-control-plane cluster whose second node never writes the probe's event. */
function cluster(existing = '') {
  return fakeRunner([
    ...RUNNER_READY,
    { prefix: ['kind', 'get', 'clusters'], answer: () => ({ stdout: existing }) },
    { prefix: ['kind', 'create', 'cluster'], answer: () => ({}) },
    { prefix: ['kind', 'get', 'kubeconfig'], answer: () => ({ stdout: KUBECONFIG }) },
    {
      prefix: ['docker', 'ps'],
      answer: () => ({
        stdout:
          'c-control-plane\trunning\tcontrol-plane\nc-control-plane2\trunning\tcontrol-plane\n',
      }),
    },
    ...['c-control-plane', 'c-control-plane2'].flatMap((node) => [
      {
        prefix: ['docker', 'exec', node, 'cat', '/etc/kubernetes/policies/audit-policy.yaml'],
        answer: () => ({ stdout: POLICY }),
      },
      {
        prefix: ['docker', 'exec', node, 'cat', '/etc/kubernetes/manifests/kube-apiserver.yaml'],
        answer: () => ({ stdout: MANIFEST }),
      },
      { prefix: ['docker', 'exec', node, 'kubectl'], answer: () => ({ stdout: '' }) },
    ]),
    { prefix: ['docker', 'exec', 'c-control-plane', 'grep'], answer: () => ({ stdout: '1' }) },
    // The second node's API server never writes the probe's event: grep finds nothing.
    {
      prefix: ['docker', 'exec', 'c-control-plane2', 'grep'],
      answer: () => ({ code: 1, stdout: '0' }),
    },
  ]);
}

/** Runs up, recording each saved state with the number of commands run before it. */
async function upWith(run: ReturnType<typeof fakeRunner>, given = options) {
  const saved: { state: RunState; afterCalls: number }[] = [];
  const claimed: string[] = [];
  const base = mkdtempSync(path.join(os.tmpdir(), 'up-'));
  const outcome = await up(run, recordingLogger(), given, {
    workspace: base,
    claimDir: (name) => {
      claimed.push(name);
      return Promise.resolve(base);
    },
    saveState: (state) => {
      saved.push({ state: structuredClone(state), afterCalls: run.calls.length });
    },
    kindPlace: { cache: folderKindCache(path.join(base, 'tools')), tempDir: base },
    runner: { platform: 'linux', dockerHost: undefined },
  }).catch((error: unknown) => error);
  return { saved, claimed, base, outcome };
}

describe('up, with a scripted runner', () => {
  it('saves state before kind create runs, so post can collect from a create that fails half-way', async () => {
    const run = cluster();
    const { saved } = await upWith(run);
    const create = run.calls.findIndex((c) => c.slice(0, 3).join(' ') === 'kind create cluster');
    expect(create).toBeGreaterThan(-1);
    expect(saved[0]?.afterCalls).toBeLessThanOrEqual(create);
    expect(saved[0]?.state).toMatchObject({ clusterCreateStarted: true, verifiedNodes: [] });
  });

  it("saves the user's redaction rules for post with the first state", async () => {
    const redaction = {
      resources: ['configmaps'],
      auditAnnotations: [],
      patterns: ['command=[^&]*'],
    };
    const { saved } = await upWith(cluster(), { ...options, redaction });
    expect(saved[0]?.state.redaction).toEqual(redaction);
  });

  it('counts a log as verified only once its probe passed, and one failing node does not stop the other', async () => {
    const run = cluster();
    const { saved, outcome } = await upWith(run);
    expect(outcome).toBeInstanceOf(VerificationError);
    expect((outcome as Error).message).toContain('c-control-plane2: audit log live failed');
    const last = saved.at(-1)?.state;
    expect(last?.controlPlaneNodes).toEqual(['c-control-plane', 'c-control-plane2']);
    expect(last?.verifiedNodes).toEqual(['c-control-plane']);
    // Before the probes ran, no node counted as verified.
    expect(saved.slice(0, -1).every((s) => s.state.verifiedNodes.length === 0)).toBe(true);
  });

  it('refuses a name kind already uses before writing anything or saving state', async () => {
    const run = cluster('other\nc\n');
    const { saved, claimed, base, outcome } = await upWith(run);
    expect(outcome).toBeInstanceOf(ClusterExistsError);
    expect((outcome as Error).message).toContain('A kind cluster named "c" already exists');
    expect((outcome as Error).message).toContain("'delete-cluster: true'");
    expect(claimed).toEqual([]);
    expect(saved).toEqual([]);
    expect(readdirSync(base)).toEqual([]);
    expect(run.calls.some((c) => c[1] === 'create')).toBe(false);
  });

  it('writes a kubeconfig of the cluster alone, readable by this user only, before any check', async () => {
    const run = cluster();
    const { saved, base } = await upWith(run);
    const file = path.join(base, 'kubeconfig');
    expect(saved.at(-1)?.state.kubeconfigPath).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe(KUBECONFIG);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['auto', false, false],
    ['auto', true, true],
    ['true', false, true],
    ['false', true, false],
  ] as const)(
    'delete-cluster %s on a reused machine (%s): post deletes = %s',
    async (setting, reusedMachine, deletes) => {
      const run = cluster();
      const saved: RunState[] = [];
      const base = mkdtempSync(path.join(os.tmpdir(), 'up-'));
      await up(
        run,
        recordingLogger(),
        { ...options, deleteCluster: setting },
        {
          workspace: base,
          claimDir: () => Promise.resolve(base),
          kindPlace: { cache: folderKindCache(path.join(base, 'tools')), tempDir: base },
          saveState: (state) => void saved.push(structuredClone(state)),
          runner: { platform: 'linux', dockerHost: undefined },
          reusedMachine,
        },
      ).catch(() => undefined);
      expect(saved[0]?.deleteCluster).toBe(deletes);
    },
  );

  it('after a failed create, explains each control plane kind kept and says what happens next', async () => {
    const run = fakeRunner([
      ...RUNNER_READY,
      { prefix: ['kind', 'get', 'clusters'], answer: () => ({}) },
      {
        prefix: ['kind', 'create', 'cluster'],
        answer: () => ({
          code: 1,
          stderr: 'ERROR: failed to create cluster: failed to init node with kubeadm',
        }),
      },
      {
        prefix: ['docker', 'ps'],
        answer: () => ({ stdout: 'c-control-plane\trunning\tcontrol-plane\n' }),
      },
      {
        prefix: ['docker', 'exec', 'c-control-plane'],
        answer: () => ({ stdout: 'seen in the node' }),
      },
    ]);
    const log = recordingLogger();
    const saved: RunState[] = [];
    const base = mkdtempSync(path.join(os.tmpdir(), 'up-'));
    const error = await up(run, log, options, {
      workspace: base,
      claimDir: () => Promise.resolve(base),
      kindPlace: { cache: folderKindCache(path.join(base, 'tools')), tempDir: base },
      saveState: (state) => void saved.push(structuredClone(state)),
      runner: { platform: 'linux', dockerHost: undefined },
    }).then(
      () => new Error('up succeeded'),
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(CreateFailedError);
    expect(error.message).toContain('failed to init node with kubeadm');
    expect(error.message).toContain('The nodes were kept (--retain)');
    const create = run.calls.find((c) => c[2] === 'cluster' && c[1] === 'create');
    expect(create).toContain('--retain');
    expect(saved.at(-1)).toMatchObject({
      createFailure: 'failed',
      controlPlaneNodes: ['c-control-plane'],
    });
    const shown = run.calls.filter((c) => c[1] === 'exec').map((c) => c.slice(3).join(' '));
    expect(shown).toEqual([
      'ls -la /etc/kubernetes/policies',
      'grep audit /etc/kubernetes/manifests/kube-apiserver.yaml',
      'ls -la /var/log/kubernetes',
      expect.stringContaining('crictl logs'),
    ]);
  });

  it('checks the runner before writing or saving anything', async () => {
    const run = fakeRunner([
      { prefix: ['kind', 'version'], answer: () => ({ stdout: 'kind v0.32.0' }) },
    ]);
    const { saved, claimed, outcome } = await upWith(run);
    expect(outcome).toBeInstanceOf(PreflightError);
    expect(claimed).toEqual([]);
    expect(saved).toEqual([]);
  });
});
