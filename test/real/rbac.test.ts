// Scenario: least-privilege RBAC, proven on a real API server. A user and a service account
// (kubectl --as) do a mixed workload, some of it allowed by bindings made for the run and some of
// it refused; post writes rbac/<subject>.yaml for each. Each file goes to a second, fresh real
// cluster, and every request its subject made is replayed there as a SubjectAccessReview: all
// must be allowed. Requests of the same shape that the subject never made (another verb,
// namespace or name; access-review.ts picks only those no grant may cover) must be denied.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { mainThenPost, nodeFile, Scenario } from '../integration/harness.js';
import { realKindEnv, realNodeImage, requireRealParts } from '../support/real-parts.js';
import { KIND, KUBERNETES, kubectl, plainRequests, realJob } from './harness.js';
import { accessKey, accessOf, allowed, subjectOf, unmadeVariants } from './access-review.js';
import { promisify } from 'node:util';

const real = await requireRealParts();
const execFileAsync = promisify(execFile);
const LOG = '/var/log/kubernetes/kube-apiserver-audit.log';

const JANE = { user: 'jane', as: ['--as=jane', '--as-group=developers'] };
const OPERATOR = {
  user: 'system:serviceaccount:app:operator',
  as: ['--as=system:serviceaccount:app:operator'],
};

const DEPLOYMENT = JSON.stringify({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'team-a' },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'web', image: 'registry.k8s.io/pause:3.10' }] },
    },
  },
});

/** What each subject does, and whether the workload cluster's bindings let it. */
const WORKLOAD: [typeof JANE, string[], 'allowed' | 'denied', string?][] = [
  [JANE, ['-n', 'team-a', 'create', 'configmap', 'settings', '--from-literal=a=b'], 'allowed'],
  [JANE, ['-n', 'team-a', 'get', 'configmap', 'settings', '-o', 'yaml'], 'allowed'],
  [JANE, ['apply', '-f', '-'], 'allowed', DEPLOYMENT],
  [JANE, ['-n', 'team-a', 'scale', 'deployment', 'web', '--replicas=2'], 'allowed'],
  [JANE, ['-n', 'team-a', 'get', 'pods'], 'allowed'],
  [JANE, ['-n', 'team-a', 'get', 'secret', 'app-config'], 'allowed'],
  [JANE, ['-n', 'team-a', 'delete', 'configmap', 'settings'], 'allowed'],
  [JANE, ['-n', 'team-b', 'get', 'secrets'], 'denied'],
  [JANE, ['get', 'nodes'], 'denied'],
  [JANE, ['get', '--raw', '/metrics'], 'denied'],
  [OPERATOR, ['-n', 'app', 'create', 'secret', 'generic', 'db', '--from-literal=x=y'], 'allowed'],
  [OPERATOR, ['-n', 'app', 'get', 'secret', 'db'], 'allowed'],
  [OPERATOR, ['-n', 'app', 'get', 'configmap', 'operator-config'], 'allowed'],
  [OPERATOR, ['get', 'namespaces'], 'allowed'],
  [OPERATOR, ['-n', 'team-a', 'get', 'configmaps'], 'allowed'],
  [OPERATOR, ['-n', 'team-b', 'get', 'configmaps'], 'allowed'],
  [OPERATOR, ['-n', 'app', 'label', 'secret', 'db', 'checked=yes'], 'allowed'],
  [OPERATOR, ['-n', 'app', 'delete', 'secret', 'db'], 'allowed'],
  [OPERATOR, ['-n', 'app', 'get', 'deployments'], 'allowed'],
  [OPERATOR, ['-n', 'kube-system', 'create', 'configmap', 'x', '--from-literal=a=b'], 'denied'],
];

/** The groups a SubjectAccessReview gives a subject: its own, without the run's bindings. */
function groupsOf(user: string): string[] {
  const sa = /^system:serviceaccount:([^:]+):/.exec(user);
  return sa
    ? ['system:serviceaccounts', `system:serviceaccounts:${sa[1]}`, 'system:authenticated']
    : ['system:authenticated'];
}

/** Waits up to two minutes for `check` to hold. */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`waited two minutes for this in vain: ${what}`);
}

/** The artifact's file name for a subject (README: `:` becomes `~`). */
const rbacFile = (user: string) => `rbac/${user.replace(/:/g, '~')}.yaml`;

describe.skipIf(!real.available)('generated RBAC on a fresh real API server', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await Scenario.start();
  });
  afterAll(() => scenario?.stop());

  it(
    'allows every request each subject made, and denies what it never made',
    { timeout: 420_000 },
    async () => {
      const cluster = scenario.cluster('rbac');
      const fresh = scenario.cluster('fresh');
      const { job, image } = await realJob(scenario);
      // The fresh cluster starts while the workload runs: real kind, no action, nothing bound.
      const freshCreated = execFileAsync(
        'kind',
        [
          'create',
          'cluster',
          '--name',
          fresh,
          '--image',
          await realNodeImage(KUBERNETES),
          '--wait',
          '3m',
        ],
        { env: realKindEnv(KIND) },
      );
      let log = '';
      const { post } = await mainThenPost(
        job,
        { 'cluster-name': cluster, 'node-image': image, 'delete-cluster': 'true' },
        async (main) => {
          expect(main.code, main.stdout).toBe(0);
          const admin = main.outputs.kubeconfig ?? '';
          for (const args of [
            ['create', 'namespace', 'team-a'],
            ['create', 'namespace', 'team-b'],
            ['create', 'namespace', 'app'],
            [
              '-n',
              'team-a',
              'create',
              'rolebinding',
              'developers-edit',
              '--clusterrole=edit',
              '--group=developers',
            ],
            ['-n', 'team-a', 'create', 'secret', 'generic', 'app-config', '--from-literal=k=v'],
            ['-n', 'app', 'create', 'serviceaccount', 'operator'],
            [
              '-n',
              'app',
              'create',
              'rolebinding',
              'operator-edit',
              '--clusterrole=edit',
              '--serviceaccount=app:operator',
            ],
            [
              'create',
              'clusterrolebinding',
              'operator-view',
              '--clusterrole=view',
              '--serviceaccount=app:operator',
            ],
            ['-n', 'app', 'create', 'configmap', 'operator-config', '--from-literal=k=v'],
          ]) {
            const setup = await kubectl(admin, args);
            expect(setup.code, setup.stderr).toBe(0);
          }
          // edit and view are aggregated ClusterRoles: the controller manager fills their rules
          // a moment after the cluster starts (kube-controller-manager clusterrole-aggregation).
          await until(async () => {
            const rules = await kubectl(admin, [
              'get',
              'clusterrole',
              'edit',
              'view',
              '-o',
              'jsonpath={.items[*].rules[0].verbs}',
            ]);
            return rules.stdout.trim().split(' ').filter(Boolean).length === 2;
          }, 'the edit and view ClusterRoles have rules');
          for (const [subject, args, outcome, input] of WORKLOAD) {
            const run = await kubectl(
              admin,
              [...subject.as, ...args],
              input === undefined ? {} : { input },
            );
            const said = `${subject.user}: kubectl ${args.join(' ')}: ${run.stderr}`;
            if (outcome === 'allowed') expect(run.code, said).toBe(0);
            else expect(run.stderr, said).toMatch(/forbidden/i);
          }
          const node = `${cluster}-control-plane`;
          log = (await nodeFile(node, LOG)).toString();
        },
      );
      expect(post.code, post.stdout).toBe(0);
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();

      await freshCreated;
      const freshConfig = path.join(job.temp, 'fresh.kubeconfig');
      await execFileAsync(
        'kind',
        ['export', 'kubeconfig', '--name', fresh, '--kubeconfig', freshConfig],
        {
          env: realKindEnv(KIND),
        },
      );

      const requests = [...plainRequests(log).values()];
      for (const { user } of [JANE, OPERATOR]) {
        const yaml = files.get(rbacFile(user))?.toString();
        expect(yaml, `${rbacFile(user)} in the artifact`).toBeDefined();
        // The Roles' namespaces exist on the fresh cluster, as they would where a team applies it.
        const namespaces = new Set(
          parseAllDocuments(yaml ?? '')
            .map((d) => d.toJS() as { metadata?: { namespace?: string } } | null)
            .flatMap((o) => o?.metadata?.namespace ?? []),
        );
        for (const ns of namespaces) await kubectl(freshConfig, ['create', 'namespace', ns]);
        const applied = await kubectl(freshConfig, ['apply', '-f', '-'], { input: yaml ?? '' });
        expect(applied.code, applied.stderr).toBe(0);

        const made = [
          ...new Map(
            requests
              .filter((e) => subjectOf(e) === user)
              .map((e) => [accessKey(accessOf(e)), accessOf(e)]),
          ).values(),
        ];
        expect(made.length, `${user} made requests`).toBeGreaterThan(WORKLOAD.length / 4);
        const replayed = await allowed(freshConfig, user, groupsOf(user), made);
        const refused = made.filter((_, i) => !replayed[i]);
        expect(refused, `requests of ${user} its RBAC does not allow`).toEqual([]);

        const variants = unmadeVariants(made);
        const answers = await allowed(freshConfig, user, groupsOf(user), variants);
        const granted = variants.filter((_, i) => answers[i]);
        expect(granted, `requests ${user} never made that its RBAC allows`).toEqual([]);
        console.log(
          `${user}: ${made.length} distinct requests replayed, all allowed; ${variants.length} never made (other verb, namespace or name), all denied`,
        );
        expect(variants.length).toBeGreaterThan(made.length / 2);
      }
    },
  );
});
