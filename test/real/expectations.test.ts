// Scenario: expectations on real traffic. A service account, authenticated by the real API server
// with a token it issued (no impersonation), reads a Secret that an `expect` entry forbids; post
// fails the job naming the expectation and the request, uploads the artifact all the same, and
// says the expectation that holds holds.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { mainThenPost, Scenario } from '../integration/harness.js';
import { requireRealParts } from '../support/real-parts.js';
import { kubectl, realJob } from './harness.js';

const real = await requireRealParts();

const EXPECT = `- name: the app's service accounts never read Secrets
  forbid:
    user: system:serviceaccount:app:*
    verb: [get, list, watch]
    resource: secrets
- name: the reader lists ConfigMaps
  require:
    user: system:serviceaccount:app:reader
    verb: list
    resource: configmaps
`;

interface Kubeconfig {
  clusters: { name: string; cluster: Record<string, unknown> }[];
}

/** A kubeconfig for the same cluster whose only credential is `token`. */
function tokenKubeconfig(admin: string, token: string, file: string): string {
  const config = parse(readFileSync(admin, 'utf8')) as Kubeconfig;
  const cluster = config.clusters[0];
  writeFileSync(
    file,
    stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [cluster],
      users: [{ name: 'reader', user: { token } }],
      contexts: [{ name: 'reader', context: { cluster: cluster?.name, user: 'reader' } }],
      'current-context': 'reader',
    }),
    { mode: 0o600 },
  );
  return file;
}

interface SummaryJson {
  violations?: { name: string; violated: boolean; matched: number }[];
}

describe.skipIf(!real.available)('expectations on real traffic', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await Scenario.start();
  });
  afterAll(() => scenario?.stop());

  it(
    'a service account reads a forbidden Secret: post fails the job naming the expectation and the request',
    { timeout: 300_000 },
    async () => {
      const cluster = scenario.cluster('expect');
      const { job, image } = await realJob(scenario);
      const { post } = await mainThenPost(
        job,
        { 'cluster-name': cluster, 'node-image': image, expect: EXPECT, 'delete-cluster': 'true' },
        async (main) => {
          expect(main.code, main.stdout).toBe(0);
          const admin = main.outputs.kubeconfig ?? '';
          const k = async (config: string, args: string[]) => {
            const result = await kubectl(config, args);
            expect(result.code, `kubectl ${args.join(' ')}: ${result.stderr}`).toBe(0);
            return result.stdout;
          };
          await k(admin, ['create', 'namespace', 'app']);
          await k(admin, ['-n', 'app', 'create', 'serviceaccount', 'reader']);
          await k(admin, [
            '-n',
            'app',
            'create',
            'secret',
            'generic',
            'db-password',
            '--from-literal=password=s3cr3t',
          ]);
          await k(admin, [
            '-n',
            'app',
            'create',
            'role',
            'reader',
            '--verb=get',
            '--resource=secrets',
            '--verb=list',
            '--resource=configmaps',
          ]);
          await k(admin, [
            '-n',
            'app',
            'create',
            'rolebinding',
            'reader',
            '--role=reader',
            '--serviceaccount=app:reader',
          ]);
          const token = (await k(admin, ['-n', 'app', 'create', 'token', 'reader'])).trim();
          const reader = tokenKubeconfig(admin, token, path.join(job.temp, 'reader.kubeconfig'));
          // The code under test, as the service account.
          await k(reader, ['-n', 'app', 'get', 'configmaps']);
          await k(reader, ['-n', 'app', 'get', 'secret', 'db-password', '-o', 'name']);
        },
      );
      expect(post.code, post.stdout).toBe(1);
      expect(post.stdout).toMatch(
        /::error title=kind-audit%3A expectations and drift::Expectation "the app's service accounts never read Secrets" is violated by 1 request, .*"system:serviceaccount:app:reader" "get" "\/api\/v1\/namespaces\/app\/secrets\/db-password" → 200\./,
      );
      expect(post.stdout).toContain(
        '::error::1 expectation or drift check failed: see the annotations above and the job summary.',
      );
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      const summary = JSON.parse(files.get('summary.json')?.toString() ?? '{}') as SummaryJson;
      expect(summary.violations?.map((v) => [v.name, v.violated, v.matched])).toEqual([
        ["the app's service accounts never read Secrets", true, 1],
        ['the reader lists ConfigMaps', false, 1],
      ]);
      expect(post.summary).toContain("**violated**: the app's service accounts never read Secrets");
    },
  );
});
