import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notCounted } from '../../../src/logs/pass/count.js';
import { passOverNodes } from '../../../src/logs/pass/one-pass.js';
import type { InsightState, RunState } from '../../../src/state/run-state.js';
import { buildArtifact } from '../../../src/steps/post/artifact.js';
import { DEFAULT_INSIGHTS } from '../../../src/steps/post/insight-artifact.js';
import type { CollectReport } from '../../../src/steps/post/collect.js';
import { cli } from '../../support/cli-in-process.js';
import { recordingLogger } from '../../support/recording-logger.js';
import { runStateIn } from '../../support/run-state.js';

const DEMO = path.join(import.meta.dirname, '../../fixtures/audit-logs/audit2rbac-demo.log');
const NODE = 'kind-control-plane';

const EXPECTATIONS = `- name: nobody lists secrets
  forbid:
    verb: list
    resource: secrets
- name: alice lists pods
  require:
    user: alice
    verb: list
    resource: pods
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'w1-insight-artifact-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function state(insights: Partial<InsightState> = {}): RunState {
  return runStateIn(dir, {
    policyOrigin: 'policy level Metadata',
    controlPlaneNodes: [NODE],
    verifiedNodes: [NODE],
    insights: { ...DEFAULT_INSIGHTS, ...insights },
  });
}

function collected(): CollectReport {
  const file = path.join(dir, 'collected', NODE, 'kube-apiserver-audit.log');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, readFileSync(DEMO));
  const entry = { path: file, bytes: readFileSync(file).length, ...notCounted() };
  return {
    outDir: path.join(dir, 'collected'),
    files: [file],
    nodes: [{ node: NODE, container: 'running', source: 'runner', files: [entry] }],
  };
}

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function build(insights: Partial<InsightState>, name = 'artifact') {
  const outDir = path.join(dir, name);
  const built = await buildArtifact(recordingLogger(), state(insights), collected(), outDir, {
    redact: true,
    rawFiles: false,
  });
  return { outDir, built };
}

describe('the artifact of a run with insights', () => {
  it("holds alice's RBAC, baseline.tsv, and a violated forbid in summary.json and summary.md", async () => {
    const { outDir } = await build({
      expectPath: file('expect.yaml', EXPECTATIONS),
      baselinePath: file('committed.tsv', 'alice\tlist\tpods\tns1\nalice\tdelete\tpods\tns1\n'),
    });
    expect(readdirSync(path.join(outDir, 'rbac'))).toContain('alice.yaml');
    expect(readdirSync(path.join(outDir, 'rbac'))).toContain('system~serviceaccount~ns1~sa1.yaml');
    const alice = readFileSync(path.join(outDir, 'rbac', 'alice.yaml'), 'utf8');
    expect(alice).toMatch(/kind: Role\n/);
    expect(alice).toMatch(/namespace: ns1/);
    for (const resource of ['configmaps', 'pods', 'secrets']) expect(alice).toContain(resource);

    const baseline = readFileSync(path.join(outDir, 'baseline.tsv'), 'utf8');
    expect(baseline.split('\n')).toContain('alice\tlist\tsecrets\tns1');
    // Kubernetes' own components are left out.
    expect(baseline).not.toMatch(/^system:kube-controller-manager\t/m);

    const summary = JSON.parse(readFileSync(path.join(outDir, 'summary.json'), 'utf8')) as {
      violations: { name: string; kind: string; violated: boolean; matched: number }[];
      drift: { added: string[]; gone: string[]; addedTotal: number; goneTotal: number };
      rbac: { subject: string; file: string }[];
    };
    expect(summary.violations).toEqual([
      expect.objectContaining({ name: 'nobody lists secrets', kind: 'forbid', violated: true }),
      expect.objectContaining({ name: 'alice lists pods', kind: 'require', violated: false }),
    ]);
    expect(summary.drift.gone).toEqual(['alice\tdelete\tpods\tns1']);
    expect(summary.drift.added).toContain('alice\tlist\tsecrets\tns1');
    expect(summary.rbac).toContainEqual(
      expect.objectContaining({ subject: 'alice', file: 'rbac/alice.yaml' }),
    );
    expect(readFileSync(path.join(outDir, 'baseline-diff.txt'), 'utf8')).toContain(
      '-alice\tdelete\tpods\tns1\n',
    );

    const page = readFileSync(path.join(outDir, 'summary.md'), 'utf8');
    expect(page).toContain('<strong>Expectations: 1 of 2 violated</strong>');
    expect(page).toContain('**violated**: nobody lists secrets');
    expect(page).toMatch(
      /<strong>Drift from <code>committed.tsv<\/code>: \d+ added, 1 gone<\/strong>/,
    );
    expect(page).toMatch(/<summary><code>alice<\/code>.*rbac\/alice.yaml/);
  });

  it('holds the same RBAC files, byte for byte, as `kind-audit rbac --all --out` writes from the log', async () => {
    const { outDir } = await build({});
    const fromCli = path.join(dir, 'rbac-cli');
    expect((await cli(['rbac', DEMO, '--all', '--out', fromCli])).code).toBe(0);
    const yamls = (d: string) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.yaml'))
        .sort();
    expect(yamls(fromCli)).toEqual([
      'alice.yaml',
      'bob.yaml',
      'system~serviceaccount~ns1~sa1.yaml',
    ]);
    expect(yamls(path.join(outDir, 'rbac'))).toEqual(yamls(fromCli));
    for (const name of yamls(fromCli))
      expect(readFileSync(path.join(outDir, 'rbac', name), 'utf8')).toBe(
        readFileSync(path.join(fromCli, name), 'utf8'),
      );
  });

  it('leaves RBAC out with rbac: false, or makes it only for the subjects of rbac-for', async () => {
    const off = await build({ rbac: false }, 'off');
    expect(readdirSync(off.outDir)).not.toContain('rbac');
    expect(readdirSync(off.outDir)).toContain('baseline.tsv');
    const some = await build({ rbacFor: ['system:serviceaccount:ns1:*'] }, 'some');
    // sa1 was also denied requests: the file of those sits beside its RBAC.
    expect(readdirSync(path.join(some.outDir, 'rbac')).sort()).toEqual([
      'system~serviceaccount~ns1~sa1.denied.tsv',
      'system~serviceaccount~ns1~sa1.yaml',
    ]);
  });

  it('lists what the cluster grants a subject and it never used, when the grants can be read', async () => {
    const outDir = path.join(dir, 'granted');
    const lists = {
      clusterRoles: {
        items: [
          {
            metadata: { name: 'pods' },
            rules: [{ verbs: ['list', 'delete'], apiGroups: [''], resources: ['pods'] }],
          },
        ],
      },
      roles: { items: [] },
      clusterRoleBindings: { items: [] },
      roleBindings: {
        items: [
          {
            metadata: { namespace: 'ns1', name: 'alice-pods' },
            roleRef: { kind: 'ClusterRole', name: 'pods' },
            subjects: [{ kind: 'User', name: 'alice' }],
          },
        ],
      },
    };
    const built = await buildArtifact(recordingLogger(), state(), collected(), outDir, {
      redact: true,
      rawFiles: false,
      readGrants: () => Promise.resolve(lists),
    });
    expect(readFileSync(path.join(outDir, 'rbac', 'alice.unused.tsv'), 'utf8')).toBe(
      'ns1\tdelete\tpods\n',
    );
    expect(built.insights.rbac.find((e) => e.subject === 'alice')).toMatchObject({
      unused: 1,
      unusedFirst: ['ns1\tdelete\tpods'],
    });
    expect(built.insights.rbac.find((e) => e.subject === 'bob')).toMatchObject({ unused: 0 });
    // bob's 403s in the demo log: counted, the first ones kept with what was refused.
    const bob = built.insights.rbac.find((e) => e.subject === 'bob');
    expect(bob?.denied).toBeGreaterThan(0);
    expect(bob?.deniedFirst[0]).toMatchObject({
      verb: 'list',
      target: 'pods',
      namespace: 'default',
    });
    expect(readFileSync(path.join(outDir, 'rbac', 'bob.denied.tsv'), 'utf8')).toContain(
      '\tlist\tpods\tdefault\t-\t',
    );

    const log = recordingLogger();
    const failed = await buildArtifact(log, state(), collected(), path.join(dir, 'no-grants'), {
      redact: true,
      rawFiles: false,
      readGrants: () => Promise.reject(new Error('connection refused')),
    });
    expect(failed.insights.rbac.every((e) => e.unused === null)).toBe(true);
    expect(
      readdirSync(path.join(dir, 'no-grants', 'rbac')).some((f) => f.endsWith('.unused.tsv')),
    ).toBe(false);
    expect(log.lines).toContainEqual([
      'warning',
      "Could not read the cluster's RBAC to list permissions granted but unused: connection refused",
      { title: 'kind-audit: RBAC' },
    ]);
  });

  it('folds namespaces in baseline.tsv', async () => {
    const { outDir } = await build({ foldNamespaces: 'ns*' });
    const baseline = readFileSync(path.join(outDir, 'baseline.tsv'), 'utf8');
    expect(baseline).toContain('alice\tlist\tsecrets\tns*');
    expect(baseline).not.toContain('\tns1\n');
  });

  it('parses each line once: the summary and every insight add no parse to what the reader does', async () => {
    const report = collected();
    const parse = vi.spyOn(JSON, 'parse');
    // The pass with no consumer at all: the reader's one parse of each line, nothing else.
    await passOverNodes(
      [{ node: NODE, files: report.files }],
      path.join(dir, 'merged.jsonl'),
      () => undefined,
      { redact: true },
    );
    const readerAlone = parse.mock.calls.length;
    parse.mockClear();
    await build({ expectPath: file('e.yaml', EXPECTATIONS) }, 'all');
    expect(parse.mock.calls.length).toBe(readerAlone);
    expect(readerAlone).toBeGreaterThanOrEqual(37);
  });
});
