import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { levelPolicy } from '../../src/policy/index.js';
import { readInputs } from '../../src/inputs/read.js';
import { renderFiles } from '../../src/kind/render.js';
import { readPolicySource } from '../../src/policy/load.js';

const METADATA = levelPolicy('Metadata');

const guide = (name: string) =>
  readFileSync(new URL(`../fixtures/guide/${name}`, import.meta.url), 'utf8');

interface KindNode {
  role: string;
  image?: string;
  kubeadmConfigPatches?: string[];
  extraMounts?: { hostPath: string; containerPath: string; readOnly: boolean }[];
}

/** A kind config with its string patches parsed too, so comments and quoting do not matter. */
function parsedConfig(text: string): {
  kind: string;
  apiVersion: string;
  nodes: (Omit<KindNode, 'kubeadmConfigPatches'> & { kubeadmConfigPatches?: unknown[] })[];
} {
  const config = parse(text) as { kind: string; apiVersion: string; nodes: KindNode[] };
  return {
    ...config,
    nodes: config.nodes.map((node) => ({
      ...node,
      kubeadmConfigPatches: node.kubeadmConfigPatches?.map((p) => parse(p) as unknown),
    })),
  };
}

describe('the files main writes with default inputs', async () => {
  const inputs = readInputs(() => '').cluster;
  const { text } = await readPolicySource(inputs.policySource, '/workspace');
  const files = renderFiles({
    policyText: text,
    dir: '/runner/temp/kind-audit/kind',
    image: inputs.nodeImage,
  });

  it('writes the guide policy, byte for byte', () => {
    expect(files.policy.text).toBe(guide('audit-policy.yaml'));
    expect(files.policy.path).toBe('/runner/temp/kind-audit/kind/audit-policy.yaml');
  });

  it('holds every element of the guide kind config at the same paths with the same values', () => {
    const ours = parsedConfig(files.kindConfig.text);
    const theirs = parsedConfig(guide('kind-config.yaml'));
    // The one intended difference: the policy is mounted from an absolute path, not kind's cwd.
    const theirMount = theirs.nodes[0]?.extraMounts?.[0];
    expect(theirMount?.hostPath).toBe('./audit-policy.yaml');
    expect(ours.nodes[0]?.extraMounts?.[0]?.hostPath).toBe(files.policy.path);
    if (theirMount) theirMount.hostPath = files.policy.path;
    expect(ours).toEqual(theirs);
  });

  it('writes the ClusterConfiguration patch without apiVersion, so kind converts it for v1beta4', () => {
    const patch = parsedConfig(files.kindConfig.text).nodes[0]?.kubeadmConfigPatches?.[0] as Record<
      string,
      unknown
    >;
    expect(patch.kind).toBe('ClusterConfiguration');
    expect(patch).not.toHaveProperty('apiVersion');
  });
});

describe('renderFiles', () => {
  it('resolves a relative folder to an absolute policy path', () => {
    const files = renderFiles({ policyText: METADATA, dir: 'out' });
    expect(path.isAbsolute(files.policy.path)).toBe(true);
    expect(parsedConfig(files.kindConfig.text).nodes[0]?.extraMounts?.[0]?.hostPath).toBe(
      path.resolve('out/audit-policy.yaml'),
    );
  });

  it.each(['None', 'Request', 'RequestResponse'] as const)(
    'writes a single-rule %s policy',
    (level) => {
      const policy = parse(
        renderFiles({ policyText: levelPolicy(level), dir: '/d' }).policy.text,
      ) as unknown;
      expect(policy).toEqual({ apiVersion: 'audit.k8s.io/v1', kind: 'Policy', rules: [{ level }] });
    },
  );

  it('gives every control-plane node the patch and the policy mount', () => {
    const config = parsedConfig(
      renderFiles({ policyText: METADATA, dir: '/d', controlPlanes: 3 }).kindConfig.text,
    );
    expect(config.nodes).toHaveLength(3);
    for (const node of config.nodes) {
      expect(node.role).toBe('control-plane');
      expect(node.extraMounts).toEqual([
        {
          hostPath: '/d/audit-policy.yaml',
          containerPath: '/etc/kubernetes/policies/audit-policy.yaml',
          readOnly: true,
        },
      ]);
      expect(node.kubeadmConfigPatches).toEqual(config.nodes[0]?.kubeadmConfigPatches);
    }
  });

  it('adds the workers asked for, without the audit patch they do not need', () => {
    const config = parsedConfig(
      renderFiles({ policyText: METADATA, dir: '/d', controlPlanes: 1, workers: 2 }).kindConfig
        .text,
    );
    expect(config.nodes.map((n) => n.role)).toEqual(['control-plane', 'worker', 'worker']);
    expect(config.nodes[1]).toEqual({ role: 'worker' });
  });

  it('sets the node image on every node when one is given', () => {
    const config = parsedConfig(
      renderFiles({ policyText: METADATA, dir: '/d', image: 'kindest/node:v1.36.1' }).kindConfig
        .text,
    );
    expect(config.nodes[0]?.image).toBe('kindest/node:v1.36.1');
  });

  it('quotes a policy path that YAML would otherwise misread', () => {
    const files = renderFiles({ policyText: METADATA, dir: '/tmp/a dir: #1' });
    expect(parsedConfig(files.kindConfig.text).nodes[0]?.extraMounts?.[0]?.hostPath).toBe(
      '/tmp/a dir: #1/audit-policy.yaml',
    );
  });
});
