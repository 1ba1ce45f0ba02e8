// A create that fails after its nodes exist (the stand-in's kubeadm-init-fails fault), and what
// users reach for around it: delete-cluster, the kubeconfig output, export-logs. The action's
// built bundles run as the runner runs them, against a real Docker engine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE24, ROOT } from '../support/action-runner.js';
import { dockerChecked, requireDocker } from '../support/docker.js';
import { standinEnv } from '../support/node-image.js';
import { containersOf, mainThenPost, Scenario } from './harness.js';

const engine = await requireDocker();

/** A folder holding only `node`: a PATH of it alone finds neither docker nor kind. */
function nodeOnlyDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'no-tools-'));
  symlinkSync(process.execPath, path.join(dir, 'node'));
  return dir;
}

describe.skipIf(!engine.available)('a failed create, explained and collected', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await Scenario.start();
  });
  afterAll(() => scenario?.stop());

  it.each([
    ['self-hosted', 'auto', 'deleted'],
    ['self-hosted', 'false', 'kept'],
    ['github-hosted', 'auto', 'kept'],
    ['github-hosted', 'true', 'deleted'],
  ] as const)(
    'on a %s runner with delete-cluster %s: diagnostics in main, logs uploaded, cluster %s',
    { timeout: 90_000 },
    async (runnerEnvironment, deleteCluster, outcome) => {
      const cluster = scenario.cluster(`fail-${runnerEnvironment.slice(0, 4)}-${deleteCluster}`);
      const job = await scenario.job({
        fault: 'kubeadm-init-fails',
        env: { RUNNER_ENVIRONMENT: runnerEnvironment },
      });
      const node = `${cluster}-control-plane`;
      const { main, post } = await mainThenPost(job, {
        'cluster-name': cluster,
        'delete-cluster': deleteCluster,
      });
      expect(main.code).toBe(1);
      expect(main.stdout).toContain('failed to init node with kubeadm');
      expect(main.stdout).toContain(`::group::Why the cluster did not start: ${node}`);
      for (const shown of [
        '# Is the policy file mounted?',
        `$ docker exec ${node} ls -la /etc/kubernetes/policies`,
        'audit-policy.yaml',
        '--audit-policy-file=/etc/kubernetes/policies/audit-policy.yaml',
        'the API server exited before serving',
      ])
        expect(main.stdout).toContain(shown);
      expect(main.stdout).toContain('The nodes were kept (--retain)');

      expect(post.code, post.stdout).toBe(0);
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      expect([...files.keys()]).toEqual(
        expect.arrayContaining([
          `${node}/kube-apiserver.log`,
          `${node}/kube-apiserver-audit.log`,
          'kind-config.yaml',
        ]),
      );
      expect(files.get(`${node}/kube-apiserver.log`)?.toString()).toMatch(
        /E\d{4} [\d:.]+ +1 run\.go:72\] "command failed" err="kind stand-in fault kubeadm-init-fails/,
      );
      const left = await containersOf(cluster);
      if (outcome === 'deleted') {
        expect(left).toEqual([]);
        expect(post.stdout).toContain(`Deleted cluster "${cluster}" (delete-cluster).`);
      } else {
        expect(left).toEqual([node]);
        expect(post.stdout).not.toContain('Deleted cluster');
      }
    },
  );

  it.each([
    [
      // No kind either: that alone is no problem (the pinned kind would be installed), but
      // nothing is fetched for a runner that cannot run it.
      'neither docker nor kind on PATH',
      () => ({ PATH: nodeOnlyDir() }),
      [
        "Docker's command-line tool was not found (`docker` was not found on PATH)",
        'Install Docker Engine',
      ],
    ],
    [
      'DOCKER_HOST naming a socket that is not there',
      () => ({ DOCKER_HOST: `unix://${path.join(os.tmpdir(), 'no-such-engine.sock')}` }),
      [
        `The Docker engine does not answer at unix://${path.join(os.tmpdir(), 'no-such-engine.sock')} (from DOCKER_HOST)`,
      ],
    ],
  ])(
    'a runner with %s fails main before anything is written, saying what to fix',
    { timeout: 30_000 },
    async (_what, env, problems) => {
      const cluster = scenario.cluster('preflight');
      const job = await scenario.job({ env: env() });
      const { main, post } = await mainThenPost(job, { 'cluster-name': cluster });
      expect(main.code).toBe(1);
      for (const problem of problems) expect(main.stdout).toContain(problem);
      expect(readdirSync(job.temp)).not.toContain('kind-audit');
      expect(post.stdout).toContain('kind-audit created no cluster in this job');
    },
  );

  it(
    'the kubeconfig output is a file of this cluster alone, 0600, that kubectl uses',
    { timeout: 60_000 },
    async () => {
      const cluster = scenario.cluster('kubeconfig');
      const job = await scenario.job();
      const main = await job.step('main', { 'cluster-name': cluster });
      expect(main.code, main.stdout).toBe(0);
      const file = main.outputs.kubeconfig ?? '';
      expect(file).toBe(`${job.temp}/kind-audit/${cluster}/kubeconfig`);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const text = readFileSync(file, 'utf8');
      expect(text).toContain(`current-context: kind-${cluster}`);
      // This cluster alone: every cluster, context and user entry is its own.
      expect(new Set(text.match(/name: \S+/g))).toEqual(new Set([`name: kind-${cluster}`]));
      const node = `${cluster}-control-plane`;
      await dockerChecked(['cp', file, `${node}:/tmp/kubeconfig`]);
      const livez = await dockerChecked([
        'exec',
        node,
        'kubectl',
        '--kubeconfig',
        '/tmp/kubeconfig',
        'get',
        '--raw',
        '/livez',
      ]);
      expect(livez.trim()).toBe('ok');
    },
  );

  it(
    "export-logs puts kind's logs in kind-logs/, without the audit files",
    { timeout: 60_000 },
    async () => {
      const cluster = scenario.cluster('export');
      const job = await scenario.job();
      const { main, post } = await mainThenPost(job, {
        'cluster-name': cluster,
        'export-logs': 'true',
      });
      expect(main.code, main.stdout).toBe(0);
      expect(post.code, post.stdout).toBe(0);
      const node = `${cluster}-control-plane`;
      const names = [...scenario.artifact(`kind-audit-e2e-${cluster}-0`).files().keys()];
      expect(names).toEqual(
        expect.arrayContaining([
          'kind-logs/kind-version.txt',
          `kind-logs/${node}/kubelet.log`,
          `kind-logs/${node}/inspect.json`,
          `${node}/kube-apiserver-audit.log`,
        ]),
      );
      expect(names.filter((n) => n.startsWith('kind-logs/') && n.includes('audit'))).toEqual([]);
    },
  );

  it(
    "the CLI's up collects a failed create into its folder and deletes the cluster",
    { timeout: 60_000 },
    async () => {
      const cluster = scenario.cluster('cli');
      const env = { ...(await standinEnv()), KIND_STANDIN_FAULT: 'kubeadm-init-fails' };
      const work = mkdtempSync(path.join(os.tmpdir(), 'cli-fail-'));
      const state = path.join(work, 'state');
      const up = spawnSync(
        NODE24,
        [path.join(ROOT, 'dist/cli/index.js'), 'up', '--name', cluster, '--dir', state],
        { env, cwd: work, encoding: 'utf8' },
      );
      expect(up.status).toBe(1);
      const node = `${cluster}-control-plane`;
      expect(up.stderr).toContain('the API server exited before serving');
      expect(readdirSync(path.join(state, 'artifact', node)).sort()).toEqual([
        'kube-apiserver-audit.log',
        'kube-apiserver.log',
      ]);
      expect(await containersOf(cluster)).toEqual([]);
    },
  );
});
