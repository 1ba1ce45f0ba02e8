// The repository's GitHub configuration, which cannot run here: third-party actions pinned by
// commit, permissions set in every workflow, and the e2e matrix kept in step with the checks of
// legs.ts, with the kind/Kubernetes pairs that can work and the configs its legs name.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/action-runner.js';
import { parseExpectations } from '../../src/insight/expect/index.js';
import { LEGS, UNKNOWN_FLAG } from './legs.js';

const GITHUB = path.join(ROOT, '.github');
const WORKFLOWS = fs
  .readdirSync(path.join(GITHUB, 'workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => path.join(GITHUB, 'workflows', f));
const read = (file: string) => fs.readFileSync(file, 'utf8');

/** `uses:` references of a workflow's text that are not pinned to a full commit with its version. */
function unpinned(text: string): string[] {
  const refs = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)];
  return refs
    .filter(([, ref]) => !ref?.startsWith('./') && !ref?.startsWith('docker://'))
    .filter(([, ref, rest]) => !/@[0-9a-f]{40}$/.test(ref ?? '') || !/#\s*v\d+/.test(rest ?? ''))
    .map(([, ref]) => ref ?? '');
}

/** Every `uses` value in a parsed workflow, wherever it sits. */
function usesIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(usesIn);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'uses' && typeof value === 'string' ? [value] : usesIn(value),
  );
}

describe('third-party actions', () => {
  it('the check rejects a tag, a short SHA and a SHA without its version comment', () => {
    const text = [
      '      - uses: actions/checkout@v7',
      '      - uses: actions/checkout@3d3c42e # v7.0.1',
      '        uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020',
      '      - uses: actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0',
      '      - uses: ./',
    ].join('\n');
    expect(unpinned(text)).toEqual([
      'actions/checkout@v7',
      'actions/checkout@3d3c42e',
      'actions/setup-node@820762786026740c76f36085b0efc47a31fe5020',
    ]);
  });

  it.each(WORKFLOWS.map((f) => [path.basename(f), f]))(
    '%s pins each by a 40-hex commit with the version in a comment',
    (_name, file) => {
      const text = read(file);
      expect(unpinned(text)).toEqual([]);
      // The line scan saw every `uses` the YAML holds.
      const all = usesIn(parse(text));
      const lines = [...text.matchAll(/^\s*(?:-\s+)?uses:/gm)];
      expect(lines.length).toBe(all.length);
    },
  );
});

describe('permissions', () => {
  it.each(WORKFLOWS.map((f) => [path.basename(f), f]))(
    '%s defaults to contents: read',
    (_name, file) => {
      const workflow = parse(read(file)) as { permissions?: unknown };
      expect(workflow.permissions).toEqual({ contents: 'read' });
    },
  );

  it('only the release and CodeQL jobs may write, and only what they need', () => {
    for (const file of WORKFLOWS) {
      const { jobs } = parse(read(file)) as { jobs: Record<string, { permissions?: object }> };
      for (const [name, job] of Object.entries(jobs)) {
        const writes = Object.entries(job.permissions ?? {}).filter(([, v]) => v === 'write');
        const allowed =
          path.basename(file) === 'release.yml'
            ? ['contents', 'id-token']
            : path.basename(file) === 'codeql.yml'
              ? ['security-events']
              : [];
        for (const [scope] of writes)
          expect(allowed, `${path.basename(file)} ${name}`).toContain(scope);
      }
    }
  });
});

interface MatrixLeg {
  name: string;
  cluster?: string;
  nodes?: number;
  evidence?: string;
  inputs: string;
}
const e2e = parse(read(path.join(GITHUB, 'workflows/e2e.yml'))) as {
  jobs: Record<string, { strategy?: { matrix: { include: MatrixLeg[] } } }>;
};
const matrix = e2e.jobs.kind?.strategy?.matrix.include ?? [];
const inputsOf = (leg: MatrixLeg) => JSON.parse(leg.inputs) as Record<string, string>;

/**
 * kubeadm's config version kind renders (kind `pkg/cluster/internal/kubeadm/config.go`): kind
 * ≤ 0.31 always v1beta3.
 */
function kubeadmVersion(kind: [number, number] | 'runner', kube: number): string {
  if (kind !== 'runner' && kind[0] === 0 && kind[1] <= 31) return 'v1beta3';
  return kube < 36 ? 'v1beta3' : 'v1beta4';
}

describe('the e2e matrix', () => {
  it('has a leg for every check of legs.ts, and the check one for every leg that uploads', () => {
    const expectations = (e2e.jobs.expectations?.strategy?.matrix.include ?? []).map((l) => l.name);
    expect(expectations).toEqual(['expect-holds', 'expect-violated']);
    const uploading = [...matrix.map((l) => l.name), ...expectations, 'failed-create'];
    expect(uploading.sort()).toEqual(LEGS.map((l) => l.name).sort());
    for (const leg of matrix) {
      const check = LEGS.find((l) => l.name === leg.name);
      expect(check?.cluster, leg.name).toBe(leg.cluster ?? 'kind');
      expect(check?.controlPlanes, leg.name).toBe(leg.nodes ?? 1);
      expect(check?.canaryEvidence ?? check?.rotationEvidence, leg.name).toBe(leg.evidence);
      expect(check?.kindLogs === true, leg.name).toBe(inputsOf(leg)['export-logs'] === 'true');
      expect(check?.rotated === true, leg.name).toBe(
        inputsOf(leg).config === 'test/e2e/configs/rotation.yaml',
      );
    }
    expect(matrix[0]?.name).toBe('guide');
    expect(LEGS.find((l) => l.defaultName)?.name).toBe('guide');
  });

  it("covers the runner's kind, a pinned 0.31 and a pinned 0.32+, with kubeadm v1beta3 and v1beta4, and never kind ≤ 0.31 with 1.37+", () => {
    const seen = new Set<string>();
    for (const leg of matrix) {
      const inputs = inputsOf(leg);
      const pinned = /^v?(\d+)\.(\d+)\.\d+$/.exec(inputs['kind-version'] ?? '');
      const kind = pinned ? ([Number(pinned[1]), Number(pinned[2])] as [number, number]) : 'runner';
      const image = /:v1\.(\d+)\./.exec(inputs['node-image'] ?? '');
      if (!image) continue;
      const kube = Number(image[1]);
      if (kind !== 'runner' && kind[0] === 0 && kind[1] <= 31)
        expect(kube, leg.name).toBeLessThan(37);
      const label = kind === 'runner' ? 'runner' : kind[1] <= 31 ? '0.31' : '0.32+';
      seen.add(`${label} ${kubeadmVersion(kind, kube)}`);
    }
    expect([...seen].sort()).toEqual(
      ['0.31 v1beta3', '0.32+ v1beta3', '0.32+ v1beta4', 'runner v1beta3', 'runner v1beta4'].sort(),
    );
  });

  it('names only scripts and configs that exist', () => {
    const text = read(path.join(GITHUB, 'workflows/e2e.yml'));
    const files = [...text.matchAll(/test\/e2e\/[\w/.-]+\.(?:ts|yaml)/g)].map((m) => m[0]);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(fs.existsSync(path.join(ROOT, file)), file).toBe(true);
  });
});

describe('the configs of the e2e legs', () => {
  const config = (name: string) => read(path.join(ROOT, 'test/e2e/configs', name));
  interface Node {
    role: string;
    extraPortMappings?: unknown[];
  }

  it('user-config: 3 control planes, a worker, a port mapping, comments, and the leg’s cluster name', () => {
    const text = config('ha.yaml');
    const parsed = parse(text) as { kind: string; apiVersion: string; name: string; nodes: Node[] };
    expect([parsed.kind, parsed.apiVersion]).toEqual(['Cluster', 'kind.x-k8s.io/v1alpha4']);
    expect(parsed.nodes.map((n) => n.role)).toEqual([
      'control-plane',
      'control-plane',
      'control-plane',
      'worker',
    ]);
    expect(parsed.nodes[0]?.extraPortMappings).toHaveLength(1);
    expect(text.split('\n').filter((l) => l.trim().startsWith('#')).length).toBeGreaterThan(3);
    expect(parsed.name).toBe(LEGS.find((l) => l.name === 'user-config')?.cluster);
  });

  it('rotation sets a 1 MB maxsize with compression; failed-create passes the unknown flag', () => {
    const patch = (name: string) =>
      parse(
        (parse(config(name)) as { kubeadmConfigPatches: string[] }).kubeadmConfigPatches[0] ?? '',
      ) as {
        apiServer: { extraArgs: Record<string, string> };
      };
    expect(patch('rotation.yaml').apiServer.extraArgs).toEqual({
      'audit-log-maxsize': '1',
      'audit-log-compress': 'true',
    });
    expect(patch('bad-flag.yaml').apiServer.extraArgs).toEqual({ [UNKNOWN_FLAG]: 'true' });
  });
});

describe('dependabot', () => {
  it('updates npm and GitHub Actions, grouped', () => {
    const config = parse(read(path.join(GITHUB, 'dependabot.yml'))) as {
      updates: { 'package-ecosystem': string; groups?: object }[];
    };
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm',
    ]);
    for (const update of config.updates)
      expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0);
  });
});

describe('the expectation files of the expectation legs', () => {
  it.each(['expect-holds', 'expect-violated'])(
    '%s: its file is valid and names exactly the expectations its check looks at',
    (name) => {
      const legOf = e2e.jobs.expectations?.strategy?.matrix.include.find((l) => l.name === name);
      const file = (legOf as { expect?: string } | undefined)?.expect ?? '';
      const names = parseExpectations(fs.readFileSync(path.join(ROOT, file), 'utf8'), file).map(
        (e) => e.name,
      );
      expect(names.sort()).toEqual(
        Object.keys(LEGS.find((l) => l.name === name)?.verdicts ?? {}).sort(),
      );
    },
  );
});
