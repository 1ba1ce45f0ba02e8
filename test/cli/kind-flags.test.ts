import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli-in-process.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kind-audit-h4-cli-'));
const STAR = path.join(dir, 'star.yaml');
writeFileSync(
  STAR,
  'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Request\n  resources:\n  - group: "*"\n    resources: ["deployments"]\n- level: Metadata\n',
);
const GROUP_ERROR = 'rules[0].resources.group: Invalid value: "*"';

describe('policy validate --kubernetes-version', () => {
  it('accepts group "*" by default (1.37, the pinned kind\'s default image)', async () => {
    const result = await cli(['policy', 'validate', STAR]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('kube-apiserver 1.37.0 would accept this policy');
  });

  it("rejects it for 1.35, with kube's error", async () => {
    const result = await cli(['policy', 'validate', STAR, '--kubernetes-version', 'v1.35.0']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(GROUP_ERROR);
  });

  it('refuses a version that is none, as a usage error', async () => {
    const result = await cli(['policy', 'validate', STAR, '--kubernetes-version', 'banana']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--kubernetes-version "banana" is not a Kubernetes version');
  });
});

describe('policy explain and group "*"', () => {
  it.each(['apps', '', 'example.com'])('matches deployments in group %j', async (group) => {
    const argv = ['policy', 'explain', STAR, '--verb', 'get', '--resource', 'deployments'];
    const result = await cli([...argv, '--group', group]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^level: Request\nrule: rules\[0\]/);
  });

  it('refuses to explain under a version that rejects the policy', async () => {
    const argv = ['policy', 'explain', STAR, '--verb', 'get', '--resource', 'pods'];
    const result = await cli([...argv, '--kubernetes-version', '1.35']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('kube-apiserver 1.35 would reject this policy');
  });
});

describe('render --kind-version', () => {
  const out = (name: string): string => path.join(dir, name);

  it('refuses kind 0.31 with a 1.37 image before writing anything, without downloading', async () => {
    const argv = ['render', '--out', out('bad-pair'), '--kind-version', 'v0.31.0'];
    const result = await cli([
      ...argv,
      '--image',
      'kindest/node:v1.37.0',
      '--kind-mirror',
      'http://127.0.0.1:9/never-asked',
    ]);
    // A known-bad pair is an input mistake (2), caught before anything is created.
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/kind v0\.31\.0 .*Kubernetes 1\.37\.0.*Use kind v0\.32\.0/);
    expect(readdirSync(dir)).not.toContain('bad-pair');
  });

  it("checks the policy against kind 0.31's default image, 1.35", async () => {
    const argv = ['render', '--out', out('old'), '--kind-version', '0.31.0'];
    const result = await cli([...argv, '--policy-file', STAR]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(GROUP_ERROR);
  });

  it('renders the same policy for kind 0.32 (default image 1.36)', async () => {
    const argv = ['render', '--out', out('new'), '--kind-version', '0.32.0'];
    const result = await cli([...argv, '--policy-file', STAR]);
    expect(result.stderr).not.toContain('Invalid value');
    expect(result.code).toBe(0);
    expect(readdirSync(out('new')).sort()).toEqual(['audit-policy.yaml', 'kind-config.yaml']);
  });

  it('checks as the image says when the image names a version', async () => {
    const argv = ['render', '--out', out('img'), '--kind-version', '0.32.0'];
    const result = await cli([...argv, '--policy-file', STAR, '--image', 'kindest/node:v1.35.0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(GROUP_ERROR);
  });
});

describe('bad flag values', () => {
  it('are all reported at once, with exit 2, before anything is written', async () => {
    const out = path.join(dir, 'not-written');
    const result = await cli([
      'up',
      '--name',
      'Bad_Name',
      '--workers',
      '99',
      '--on-drift',
      'panic',
      '--dir',
      out,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      [
        'kind-audit up: 3 options have bad values:',
        'Option --name has the value "Bad_Name": kind accepts at most 50 lowercase letters, digits, "-" and ".", starting with a letter or digit, e.g. "kind" or "e2e-1".',
        'Option --workers has the value "99": expected a whole number from 0 to 16.',
        'Option --on-drift has the value "panic": expected warn or fail.',
        '',
      ].join('\n'),
    );
    expect(() => readdirSync(out)).toThrow();
  });
});
