// The action's built bundles, run as the runner runs them (Node 24, INPUT_*, the GITHUB_* files,
// STATE_* for post), against a real Docker engine and the real artifact upload protocol, with the
// stand-in kind of test/kind-standin: for what needs a fault real parts cannot be made to show
// (a check failing in a cluster that was created, a create that fails on cue, a step interrupted
// at a chosen moment) or only the action's own wiring (names, uploads, inputs), quickly. What the
// action claims about a cluster is proven on real kind and Kubernetes in test/real.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, dockerChecked, requireDocker } from '../support/docker.js';
import { containersOf, kind, mainThenPost, nodeFile, Scenario } from './harness.js';

const engine = await requireDocker();
const LOG = '/var/log/kubernetes/kube-apiserver-audit.log';
/** What every artifact holds at its top (docs/how-it-works.md, "What the post step does"). */
const ARTIFACT_TOP = [
  'audit-policy.yaml',
  'kind-config.yaml',
  'audit.jsonl',
  'summary.json',
  'summary.md',
  'baseline.tsv',
];

/**
 * The job summary's layout, read at a glance: the headline (requests, subjects, denied, 5xx and
 * the gates' verdicts), the first rows of the count tables, one per-node table, then the long
 * lists folded, and the collection's part last; one byte format on the page.
 */
function expectAtAGlance(page: string, requests: number): void {
  expect(page.split('\n').slice(0, 5)).toEqual([
    '## Kubernetes audit log',
    '',
    '| requests | subjects | denied (403) | server errors (5xx) | expectations | drift |',
    '| ---: | ---: | ---: | ---: | :--- | :--- |',
    `| **${requests}** | 1 | 0 | 0 | none given | no baseline |`,
  ]);
  const order = [
    '### Most requests\n\n| verb | requests | user | requests | resource | requests | code | requests |',
    '| `kubernetes-admin` |',
    '### Per node\n\n| node | state | files | size | requests | first request | last request |',
    '<details><summary><strong>Denied (403): 0</strong>',
    '<details><summary><strong>Server errors (5xx): 0</strong>',
    '<details><summary><strong>Slowest requests',
    '<details><summary><strong>Requests over time</strong>',
    '<details><summary><strong>Who did what: 1 subjects',
    '<details><summary><strong>Least-privilege RBAC: 1 subjects</strong>',
    '<details><summary><strong>All counts:',
    '### Collection',
  ].map((text) => page.indexOf(text));
  expect(
    order.every((at) => at >= 0),
    String(order),
  ).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(page.match(/### Per node/g)).toHaveLength(1);
  expect(page).not.toMatch(/\d (KB|MB|GB)\b/);
  expect(page).toContain('"plotColorPalette"');
}

describe.skipIf(!engine.available)('the action against a real Docker engine', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await Scenario.start({ conflictNames: ['taken-by-another-leg'] });
  });
  afterAll(() => scenario?.stop());

  // The page's layout on a run whose figures are known (the stand-in's events); the same run on
  // real Kubernetes is test/real/guide.test.ts.
  it(
    'happy path: one control plane verified, its log uploaded byte for byte with the policy and config',
    { timeout: 60_000 },
    async () => {
      const cluster = scenario.cluster('one');
      const job = await scenario.job();
      const main = await job.step('main', { 'cluster-name': cluster });
      expect(main.code, main.stdout).toBe(0);
      const node = `${cluster}-control-plane`;
      expect(main.outputs).toEqual({
        'cluster-name': cluster,
        'kubeconfig-context': `kind-${cluster}`,
        'policy-path': `${job.temp}/kind-audit/${cluster}/audit-policy.yaml`,
        'kind-config-path': `${job.temp}/kind-audit/${cluster}/kind-config.yaml`,
        'audit-log-path': LOG,
        'audit-log-dir': `${job.temp}/kind-audit/${cluster}/logs`,
        'control-plane-nodes': JSON.stringify([node]),
        kubeconfig: `${job.temp}/kind-audit/${cluster}/kubeconfig`,
      });
      for (const check of ['policy mounted', 'API server flags', 'audit log live'])
        expect(main.stdout).toContain(`✓ ${node}: ${check}`);

      const log = await nodeFile(node, LOG);
      const post = await job.step('post', {}, main.state);
      expect(post.code, post.stdout).toBe(0);
      expect(post.stdout).not.toContain('::warning');
      // Node 24 runs the bundle, which finds the pass threads' bundle beside it: the artifact
      // below is theirs.
      expect(post.stdout).toContain(
        '::debug::The lines of plain audit files are redacted and keyed on the pass threads (file://',
      );
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      expect([...files.keys()].sort()).toEqual(
        [
          ...ARTIFACT_TOP,
          `${node}/kube-apiserver-audit.log`,
          // The probe's request, made as kubernetes-admin (not one of Kubernetes' components).
          'rbac/kubernetes-admin.yaml',
          // The node still runs in post: what it is granted and never used (nothing by name).
          'rbac/kubernetes-admin.unused.tsv',
        ].sort(),
      );
      expect(files.get(`${node}/kube-apiserver-audit.log`)?.equals(log)).toBe(true);
      expect(files.get('audit-policy.yaml')?.toString()).toBe(
        'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n',
      );
      const summary = JSON.parse(files.get('summary.json')?.toString() ?? '{}') as {
        requests: number;
        slowest: { latencyFrom: string }[];
      };
      expect(summary.requests).toBeGreaterThan(0);
      expect(post.summary).toMatch(
        new RegExp(
          `\\| \`${node}\` \\| running \\| 1 \\| [\\d.,]+ (B|KiB) \\| ${summary.requests} \\|`,
        ),
      );
      expectAtAGlance(post.summary, summary.requests);
      // Every stand-in event carries both timestamps and no latency annotation, as kube-apiserver
      // writes a quick request: the slowest requests are timed from them.
      expect(summary.slowest.length).toBeGreaterThan(0);
      expect(summary.slowest.every((r) => r.latencyFrom === 'timestamps')).toBe(true);
      expect(post.summary).toMatch(/<strong>Slowest requests: [\d.,]+ ms the slowest<\/strong>/);
      // summary.md is the job summary: the same page, before the collection's part and the link.
      const page = files.get('summary.md')?.toString() ?? '';
      expect(page.length).toBeGreaterThan(0);
      expect(post.summary.replace(/\n\n\[Download the artifact\][^\n]*/, '')).toContain(page);
    },
  );

  it.each([
    ['no-policy-mount', 'policy mounted', /cannot be read in the node/],
    ['no-audit-flags', 'API server flags', /--audit-log-path is missing/],
    ['no-audit-log', 'audit log live', /no event for the probe GET .* after 2s/],
  ])(
    'fault %s fails main naming node and check "%s", shows diagnostics, and post still uploads',
    { timeout: 60_000 },
    async (fault, check, evidence) => {
      const cluster = scenario.cluster(fault.replaceAll('-', ''));
      const job = await scenario.job({ fault });
      const { main, post } = await mainThenPost(job, {
        'cluster-name': cluster,
        'verify-timeout': '2s',
      });
      const node = `${cluster}-control-plane`;
      expect(main.code).toBe(1);
      const error = main.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
      expect(error).toContain(`${node}: ${check} failed`);
      expect(error).toMatch(evidence);
      expect(main.stdout).toContain(`✗ ${node}: ${check}`);
      expect(main.stdout).toContain(`::group::Diagnostics for ${node}`);
      expect(main.stdout).toContain(`$ docker exec ${node} ls -la /etc/kubernetes/policies`);
      expect(main.stdout).toContain(
        `$ docker exec ${node} grep audit /etc/kubernetes/manifests/kube-apiserver.yaml`,
      );
      expect(main.stdout).toMatch(
        /# The API server's last log lines\n\$ docker exec \S+ sh -c 'crictl logs/,
      );
      expect(post.code, post.stdout).toBe(0);
      expect(post.stdout).toContain(
        `::warning title=kind-audit::The audit log of ${node} holds no event.`,
      );
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      expect([...files.keys()].sort()).toEqual(
        [...ARTIFACT_TOP, `${node}/kube-apiserver-audit.log`].sort(),
      );
      expect(files.get(`${node}/kube-apiserver-audit.log`)?.length).toBe(0);
    },
  );

  it(
    'kind create failing: main names the command, exit code and output tail; post collects the nodes kind kept',
    { timeout: 60_000 },
    async () => {
      const cluster = scenario.cluster('createfails');
      const job = await scenario.job({ fault: 'kubeadm-init-fails' });
      const { main, post } = await mainThenPost(job, { 'cluster-name': cluster });
      expect(main.code).toBe(1);
      const error = main.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
      expect(error).toMatch(
        new RegExp(
          `^::error::\`kind create cluster --name ${cluster} --config \\S+ --wait 120s --retain\` exited with code 1:`,
        ),
      );
      expect(post.code).toBe(0);
      // --retain kept the node: post finds it instead of a cluster that does not exist.
      expect(post.stdout).not.toContain('does not exist');
      expect(post.stdout).toContain(`${cluster}-control-plane: the API server's log,`);
    },
  );

  it(
    'rotated files, plain and gzipped, are all collected; other files are not',
    { timeout: 60_000 },
    async () => {
      const cluster = scenario.cluster('rotated');
      const job = await scenario.job();
      const node = `${cluster}-control-plane`;
      const rotated = Buffer.from('{"kind":"Event","stage":"ResponseComplete","auditID":"old"}\n');
      const gzipped = gzipSync(
        Buffer.from('{"kind":"Event","stage":"ResponseComplete","auditID":"older"}\n'),
      );
      const { main, post } = await mainThenPost(job, { 'cluster-name': cluster }, async () => {
        for (const [name, bytes] of [
          ['kube-apiserver-audit-2026-11-26T15-16-49.123.log', rotated],
          ['kube-apiserver-audit-2026-11-26T09-00-00.000.log.gz', gzipped],
          ['unrelated.log', Buffer.from('not audit\n')],
        ] as const) {
          await dockerChecked(
            ['exec', '-i', node, 'sh', '-c', `base64 -d > /var/log/kubernetes/${name}`],
            bytes.toString('base64'),
          );
        }
      });
      expect(main.code).toBe(0);
      expect(post.code).toBe(0);
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      expect(
        files.get(`${node}/kube-apiserver-audit-2026-11-26T15-16-49.123.log`)?.equals(rotated),
      ).toBe(true);
      expect(
        files.get(`${node}/kube-apiserver-audit-2026-11-26T09-00-00.000.log.gz`)?.equals(gzipped),
      ).toBe(true);
      expect(files.has(`${node}/kube-apiserver-audit.log`)).toBe(true);
      expect(files.has(`${node}/unrelated.log`)).toBe(false);
      expect(post.summary).toMatch(new RegExp(`\\| \`${node}\` \\| running \\| 3 \\|`));
    },
  );

  it('a node stopped before post: its files are still collected', { timeout: 60_000 }, async () => {
    const cluster = scenario.cluster('stopped');
    const job = await scenario.job();
    const node = `${cluster}-control-plane`;
    let log: Buffer = Buffer.alloc(0);
    const { main, post } = await mainThenPost(job, { 'cluster-name': cluster }, async () => {
      log = await nodeFile(node, LOG);
      await dockerChecked(['stop', '--time', '1', node]);
    });
    expect(main.code).toBe(0);
    expect(post.code, post.stdout).toBe(0);
    expect(log.length).toBeGreaterThan(0);
    expect(
      scenario
        .artifact(`kind-audit-e2e-${cluster}-0`)
        .files()
        .get(`${node}/kube-apiserver-audit.log`)
        ?.equals(log),
    ).toBe(true);
    expect(post.summary).toMatch(new RegExp(`\\| \`${node}\` \\| stopped \\| 1 \\|`));
  });

  it(
    'a name already taken in the run: a warning naming the artifact and the fix, exit 0',
    { timeout: 60_000 },
    async () => {
      const cluster = scenario.cluster('conflict');
      const job = await scenario.job();
      const { main, post } = await mainThenPost(job, {
        'cluster-name': cluster,
        'artifact-name': 'taken-by-another-leg',
      });
      expect(main.code).toBe(0);
      expect(post.code).toBe(0);
      const warning = post.stdout.split('\n').find((l) => l.startsWith('::warning')) ?? '';
      expect(warning).toMatch(
        /^::warning title=kind-audit::An artifact named "taken-by-another-leg" already exists in this workflow run/,
      );
      expect(warning).toContain(`'artifact-name' input`);
      expect(post.summary).toContain('Artifact **taken-by-another-leg** was not uploaded');
    },
  );

  it(
    'upload: false keeps the files on the runner and uploads nothing',
    { timeout: 60_000 },
    async () => {
      const cluster = scenario.cluster('noupload');
      const job = await scenario.job();
      const before = scenario.server.artifacts().length;
      const { main, post } = await mainThenPost(job, { 'cluster-name': cluster, upload: 'false' });
      expect(main.code).toBe(0);
      expect(post.code).toBe(0);
      expect(scenario.server.artifacts().length).toBe(before);
      const kept = path.join(job.temp, 'kind-audit', cluster, 'artifact');
      expect(readdirSync(path.join(kept, `${cluster}-control-plane`))).toEqual([
        'kube-apiserver-audit.log',
      ]);
      expect(post.summary).toContain(
        `was not uploaded: the 'upload' input is false. The files are on the runner in \`${kept}\``,
      );
    },
  );

  it('two matrix legs with default names never collide', { timeout: 90_000 }, async () => {
    const cluster = scenario.cluster('matrix');
    for (const jobIndex of ['0', '1']) {
      const job = await scenario.job({ jobIndex });
      // Each leg has a runner of its own on GitHub; here they share an engine, so one at a time.
      const { post } = await mainThenPost(job, { 'cluster-name': cluster });
      expect(post.stdout).not.toContain('::warning');
      await kind(['delete', 'cluster', '--name', cluster]);
    }
    expect(scenario.artifact(`kind-audit-e2e-${cluster}-0`).finalized).toBe(true);
    expect(scenario.artifact(`kind-audit-e2e-${cluster}-1`).finalized).toBe(true);
  });

  it(
    'main interrupted while waiting for the log exits non-zero, and post still collects',
    { timeout: 60_000 },
    async () => {
      const cluster = scenario.cluster('sigint');
      const job = await scenario.job({ fault: 'no-audit-log' });
      const main = await job.step(
        'main',
        { 'cluster-name': cluster, 'verify-timeout': '60s' },
        {},
        (child) => {
          child.stdout?.on('data', (chunk: Buffer) => {
            if (chunk.toString().includes('::group::Verifying audit logging'))
              setTimeout(() => child.kill('SIGINT'), 300);
          });
        },
      );
      expect(main.code).toBe(1);
      expect(main.stdout).toContain(
        '::error::kind-audit was cancelled (SIGINT); whatever it had started was stopped, and the post step collects',
      );
      const post = await job.step('post', {}, main.state);
      expect(post.code).toBe(0);
      expect(post.stdout).toContain(`Collecting audit logs of cluster "${cluster}"`);
      expect([...scenario.artifact(`kind-audit-e2e-${cluster}-0`).files().keys()]).toContain(
        'kind-config.yaml',
      );
    },
  );

  it.each([
    [{ 'retention-days': '0' }, `Input 'retention-days' has the value "0"`],
    [
      { policy: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Everything\n' },
      'rules[0].level: Unsupported value: "Everything"',
    ],
    [
      { preset: 'recommended', 'policy-level': 'Request' },
      `Inputs 'preset' ("recommended") and 'policy-level' ("Request") were given together`,
    ],
  ])(
    'bad input %j: exit 1, a clear message, no container created',
    { timeout: 30_000 },
    async (inputs, message) => {
      const cluster = scenario.cluster('bad');
      const job = await scenario.job();
      const main = await job.step('main', { 'cluster-name': cluster, ...inputs });
      expect(main.code).toBe(1);
      expect(main.stdout).toContain(message);
      expect(await containersOf(cluster)).toEqual([]);
      expect(main.state).toEqual({});
      expect(
        (
          await docker([
            'ps',
            '--all',
            '--quiet',
            '--filter',
            `label=io.x-k8s.kind.cluster=${cluster}`,
          ])
        ).stdout,
      ).toBe('');
    },
  );
});
