// Two uses of one cluster name in a job, losing a verified node, and what state may hold: the
// built bundles against a real Docker engine, with the stand-in kind (real kind needs a registry;
// its run is .github/workflows/e2e.yml).
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerChecked, requireDocker } from '../support/docker.js';
import { kind, mainThenPost, Scenario } from './harness.js';

const engine = await requireDocker();

const errorLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error'));

describe.skipIf(!engine.available)('uses of one cluster name, and what post fails for', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await Scenario.start();
  });
  afterAll(() => scenario?.stop());

  it(
    'a second use of a name in use is refused before writing anything; the first keeps its policy and artifact',
    { timeout: 90_000 },
    async () => {
      const cluster = scenario.cluster('twice');
      const job = await scenario.job();
      const first = await job.step('main', { 'cluster-name': cluster, preset: 'recommended' });
      expect(first.code, first.stdout).toBe(0);
      const policyPath = first.outputs['policy-path'] ?? '';
      const policy = readFileSync(policyPath, 'utf8');

      const second = await job.step('main', {
        'cluster-name': cluster,
        'policy-level': 'RequestResponse',
      });
      expect(second.code).toBe(1);
      expect(errorLines(second.stdout)).toEqual([
        expect.stringContaining(`A kind cluster named "${cluster}" already exists.`),
      ]);
      expect(second.state).toEqual({});
      expect(readFileSync(policyPath, 'utf8')).toBe(policy);

      // Post steps run in reverse order: the refused use's first, then the first use's.
      const secondPost = await job.step('post', {}, second.state);
      expect(secondPost.code).toBe(0);
      expect(secondPost.stdout).toContain('kind-audit created no cluster in this job');
      const firstPost = await job.step('post', {}, first.state);
      expect(firstPost.code, firstPost.stdout).toBe(0);
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      expect(files.get('audit-policy.yaml')?.toString()).toBe(policy);
    },
  );

  it(
    'a second use after a step deleted the first cluster gets a folder of its own',
    { timeout: 90_000 },
    async () => {
      const cluster = scenario.cluster('again');
      const job = await scenario.job();
      const first = await job.step('main', { 'cluster-name': cluster, preset: 'recommended' });
      expect(first.code, first.stdout).toBe(0);
      const firstPolicy = readFileSync(first.outputs['policy-path'] ?? '', 'utf8');
      await kind(['delete', 'cluster', '--name', cluster]);

      const second = await job.step('main', {
        'cluster-name': cluster,
        'policy-level': 'Request',
        'artifact-name': `${cluster}-second`,
      });
      expect(second.code, second.stdout).toBe(0);
      expect(second.outputs['policy-path']).toBe(
        path.join(job.temp, 'kind-audit', `${cluster}.2`, 'audit-policy.yaml'),
      );
      expect(readFileSync(first.outputs['policy-path'] ?? '', 'utf8')).toBe(firstPolicy);
      const post = await job.step('post', {}, second.state);
      expect(post.code, post.stdout).toBe(0);
      expect(
        scenario.artifact(`${cluster}-second`).files().get('audit-policy.yaml')?.toString(),
      ).toContain('level: Request');
    },
  );

  it(
    'verified control planes removed: one whose runner folder remains loses nothing; one whose folder is gone too fails post once',
    { timeout: 90_000 },
    async () => {
      const cluster = scenario.cluster('lost');
      const job = await scenario.job();
      const { main, post } = await mainThenPost(
        job,
        { 'cluster-name': cluster, 'control-planes': '3' },
        async (run) => {
          await dockerChecked(['rm', '--force', '--volumes', `${cluster}-control-plane2`]);
          await dockerChecked(['rm', '--force', '--volumes', `${cluster}-control-plane3`]);
          await rm(path.join(run.outputs['audit-log-dir'] ?? '', `${cluster}-control-plane3`), {
            recursive: true,
          });
        },
      );
      expect(main.code, main.stdout).toBe(0);
      expect(post.code).toBe(1);
      expect(errorLines(post.stdout)).toEqual([
        `::error::Could not copy the audit logs of ${cluster}-control-plane3: the node and its runner folder are gone`,
      ]);
      // The other nodes' logs are uploaded all the same, the removed node2's from the runner.
      const files = [...scenario.artifact(`kind-audit-e2e-${cluster}-0`).files().keys()];
      expect(files).toContain(`${cluster}-control-plane/kube-apiserver-audit.log`);
      expect(files).toContain(`${cluster}-control-plane2/kube-apiserver-audit.log`);
    },
  );

  it(
    'state holds paths and small values only, even with a large inline policy',
    { timeout: 60_000 },
    async () => {
      const cluster = scenario.cluster('bigpolicy');
      const job = await scenario.job();
      const rules = Array.from(
        { length: 2100 },
        (_, i) => `- level: None\n  users: ["someone-${i}@example.com"]\n`,
      ).join('');
      const policy = `apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n${rules}- level: Metadata\n`;
      // The runner hands an input over in one environment variable, which Linux caps at 128 KiB.
      expect(policy.length).toBeGreaterThan(100_000);
      const main = await job.step('main', { 'cluster-name': cluster, policy });
      expect(main.code, main.stdout).toBe(0);
      const saved = Object.values(main.state).join('');
      expect(saved.length).toBeLessThan(4096);
      expect(saved).not.toContain('someone-');
      expect(JSON.parse(main.state['kind-audit'] ?? '{}')).toMatchObject({
        policyOrigin: "the 'policy' input",
      });
    },
  );

  it(
    'overwrite: true replaces an artifact of the same name, as a re-run with a fixed name needs',
    { timeout: 90_000 },
    async () => {
      const name = `${scenario.cluster('unused')}-fixed`;
      const runs: string[] = [];
      for (const attempt of ['first', 'second']) {
        const cluster = scenario.cluster(`over${attempt}`);
        runs.push(cluster);
        const job = await scenario.job();
        const { main, post } = await mainThenPost(job, {
          'cluster-name': cluster,
          'artifact-name': name,
          overwrite: 'true',
        });
        expect(main.code, main.stdout).toBe(0);
        expect(post.code, post.stdout).toBe(0);
        expect(post.stdout).not.toContain('::warning');
      }
      const kept = scenario.server.artifacts().filter((a) => a.name === name && a.finalized);
      expect(kept).toHaveLength(1);
      const folders = [...(kept[0]?.files().keys() ?? [])].map((f) => f.split('/')[0]);
      expect(folders).toContain(`${runs[1]}-control-plane`);
      expect(folders).not.toContain(`${runs[0]}-control-plane`);

      // Without overwrite, the same name is a warning that says how to fix it.
      const cluster = scenario.cluster('nooverwrite');
      const { post } = await mainThenPost(await scenario.job(), {
        'cluster-name': cluster,
        'artifact-name': name,
      });
      expect(post.code).toBe(0);
      expect(post.stdout).toMatch(
        new RegExp(
          `::warning title=kind-audit::An artifact named "${name}" already exists.*'overwrite: true'`,
        ),
      );
    },
  );
});
