// The insights through the action's bundles, as the runner runs them: an `expect` that holds, one
// that fails the post step, a bad one refused before the cluster, and RBAC in the artifact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerChecked, requireDocker } from '../support/docker.js';
import { containersOf, mainThenPost, Scenario } from './harness.js';

const engine = await requireDocker();

/** Holds: main's probe reads a configmap as kubernetes-admin, and nobody touches secrets. */
const HOLDS = `- name: the admin reads configmaps
  require:
    user: kubernetes-admin
    verb: get
    resource: configmaps
- name: nobody reads secrets
  forbid:
    resource: secrets
`;

interface SummaryJson {
  violations?: { name: string; kind: string; violated: boolean; matched: number }[];
  rbac?: { subject: string; file: string }[];
}

describe.skipIf(!engine.available)('insights in the action', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await Scenario.start();
  });
  afterAll(() => scenario?.stop());

  it(
    'an expect that holds passes post; RBAC and baseline.tsv are in the artifact',
    { timeout: 60_000 },
    async () => {
      const cluster = scenario.cluster('holds');
      const job = await scenario.job();
      const { main, post } = await mainThenPost(job, { 'cluster-name': cluster, expect: HOLDS });
      expect(main.code, main.stdout).toBe(0);
      expect(post.code, post.stdout).toBe(0);
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      const rbac = files.get('rbac/kubernetes-admin.yaml')?.toString() ?? '';
      expect(rbac).toMatch(/kind: ClusterRole|kind: Role/);
      expect(rbac).toContain('configmaps');
      // The stand-in's cluster binds nothing to kubernetes-admin by name: nothing granted and unused.
      expect(files.get('rbac/kubernetes-admin.unused.tsv')?.toString()).toBe('');
      expect(files.get('baseline.tsv')?.toString()).toMatch(
        /^kubernetes-admin\tget\tconfigmaps\t/m,
      );
      const summary = JSON.parse(files.get('summary.json')?.toString() ?? '{}') as SummaryJson;
      expect(summary.violations?.map((v) => [v.name, v.violated])).toEqual([
        ['the admin reads configmaps', false],
        ['nobody reads secrets', false],
      ]);
      expect(summary.rbac).toContainEqual({
        subject: 'kubernetes-admin',
        file: 'rbac/kubernetes-admin.yaml',
        requests: expect.any(Number) as number,
        permissions: expect.any(Number) as number,
        unused: 0,
        unusedFirst: [],
        // The stand-in's API server authorises every request: nothing denied.
        denied: 0,
        deniedFirst: [],
      });
      // The headline gives the verdict; the expectations that held stay folded.
      expect(post.summary).toMatch(
        /^\| \*\*\d+\*\* \| 1 \| 0 \| 0 \| ✅ all 2 hold \| no baseline \|$/m,
      );
      expect(post.summary).toContain(
        '<details><summary><strong>Expectations: 0 of 2 violated</strong></summary>',
      );
    },
  );

  it(
    'a violated forbid fails the post step, naming the expectation and the request',
    { timeout: 60_000 },
    async () => {
      const cluster = scenario.cluster('violated');
      const job = await scenario.job();
      const node = `${cluster}-control-plane`;
      const { main, post } = await mainThenPost(
        job,
        { 'cluster-name': cluster, expect: HOLDS },
        // The code under test reads a Secret.
        async () => {
          await dockerChecked([
            'exec',
            node,
            'kubectl',
            'get',
            '--raw',
            '/api/v1/namespaces/app/secrets',
          ]);
        },
      );
      expect(main.code, main.stdout).toBe(0);
      expect(post.code, post.stdout).toBe(1);
      expect(post.stdout).toMatch(
        /::error title=kind-audit%3A expectations and drift::Expectation "nobody reads secrets" is violated by 1 request, .*"kubernetes-admin" "list" "\/api\/v1\/namespaces\/app\/secrets"/,
      );
      // Said once, as its annotation; the step's failure counts it.
      expect(post.stdout.split('Expectation "nobody reads secrets" is violated').length).toBe(2);
      expect(post.stdout).toContain(
        '::error::1 expectation or drift check failed: see the annotations above and the job summary.',
      );
      // The artifact is uploaded all the same, with the verdict a later job can read.
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      const summary = JSON.parse(files.get('summary.json')?.toString() ?? '{}') as SummaryJson;
      expect(summary.violations?.find((v) => v.name === 'nobody reads secrets')).toMatchObject({
        violated: true,
        matched: 1,
      });
      // The headline says it, and the violated expectation is unfolded with its request.
      expect(post.summary).toMatch(
        /^\| \*\*\d+\*\* \| 1 \| 0 \| 0 \| ❌ 1 of 2 violated \| no baseline \|$/m,
      );
      expect(post.summary).toContain(
        '<details open><summary><strong>Expectations: 1 of 2 violated</strong></summary>',
      );
      expect(post.summary).toContain('**violated**: nobody reads secrets');
    },
  );

  it('a bad expect fails main before any cluster is created', { timeout: 60_000 }, async () => {
    const cluster = scenario.cluster('bad-expect');
    const job = await scenario.job();
    const main = await job.step('main', {
      'cluster-name': cluster,
      expect: '- name: typo\n  forbid:\n    verbs: get\n',
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(/::error::Input 'expect' has the value .*verbs/);
    expect(await containersOf(cluster)).toEqual([]);
  });
});
