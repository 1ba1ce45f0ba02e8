// What kind-audit refuses in a user's kind config, each with the line it names, and what it reads.
import { describe, expect, it } from 'vitest';
import { mergeKindConfig } from '../../src/kind/merge-config.js';
import { controlPlaneImages, KindConfigError } from '../../src/kind/user-config.js';

const HEAD = 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n';
const MOUNTS = { policyHostPath: '/tmp/audit-policy.yaml' };

/** A cluster-level ClusterConfiguration patch whose `apiServer` holds `body` (indented 4). */
const clusterPatch = (body: string): string =>
  `${HEAD}kubeadmConfigPatches:\n- |\n  kind: ClusterConfiguration\n  apiServer:\n${body}`;

/** The error a merge throws, or undefined. */
function refusal(text: string): KindConfigError | undefined {
  try {
    mergeKindConfig(text, MOUNTS);
    return undefined;
  } catch (error) {
    if (error instanceof KindConfigError) return error;
    throw error;
  }
}

const bomb = [
  HEAD.trimEnd(),
  'a0: &a0 [x, x, x, x, x, x, x, x, x, x]',
  ...Array.from(
    { length: 8 },
    (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`,
  ),
].join('\n');

describe('refusals, naming the line', () => {
  it.each([
    [
      'audit-log-path in a node patch (v1beta3 map form)',
      `${HEAD}nodes:\n- role: control-plane\n  kubeadmConfigPatches:\n  - |\n    kind: ClusterConfiguration\n    apiServer:\n      extraArgs:\n        audit-log-path: /tmp/x.log\n`,
      10,
      /sets audit-log-path; kind-audit sets it itself/,
    ],
    [
      'audit-policy-file in a cluster patch (v1beta4 list form)',
      clusterPatch('    extraArgs:\n    - name: audit-policy-file\n      value: /p.yaml\n'),
      8,
      /sets audit-policy-file/,
    ],
    [
      'a legacy audit-log-format',
      clusterPatch(
        '    extraArgs:\n      audit-log-maxsize: "1"\n      audit-log-format: legacy\n',
      ),
      9,
      /audit-log-format to "legacy"; kind-audit reads the json format only/,
    ],
    [
      'an API server volume inside the log folder',
      clusterPatch(
        '    extraVolumes:\n    - name: mine\n      hostPath: /data\n      mountPath: /var/log/kubernetes/mine\n',
      ),
      8,
      /volume "mine" at "\/var\/log\/kubernetes\/mine" takes a name or folder kind-audit needs/,
    ],
    [
      'an API server volume named as one of ours',
      clusterPatch(
        '    extraVolumes:\n    - name: audit-logs\n      hostPath: /data\n      mountPath: /data\n',
      ),
      8,
      /volume "audit-logs"/,
    ],
    [
      'a control-plane mount at the policy folder',
      `${HEAD}nodes:\n- role: control-plane\n  extraMounts:\n  - hostPath: ./policies\n    containerPath: /etc/kubernetes/policies\n`,
      6,
      /extraMounts entry 1 of node 1 \(a control plane\) mounts at "\/etc\/kubernetes\/policies", inside \/etc\/kubernetes: a control-plane mount may not cover or enter/,
    ],
    [
      'a JSON 6902 patch that replaces the API server volumes',
      `${HEAD}kubeadmConfigPatchesJSON6902:\n- group: kubeadm.k8s.io\n  version: v1beta3\n  kind: ClusterConfiguration\n  patch: |\n    - op: replace\n      path: /apiServer/extraVolumes\n      value: []\n`,
      8,
      /"replace" at \/apiServer\/extraVolumes/,
    ],
    [
      // Real kind 0.33 then creates a cluster whose API server has no audit flag at all.
      'a patch that sets apiServer to null',
      `${HEAD}kubeadmConfigPatches:\n- |\n  kind: ClusterConfiguration\n  apiServer: null\n`,
      6,
      /sets apiServer to null, which would remove kind-audit's audit flags and volumes/,
    ],
    [
      'an apiServer left empty (null) in a control plane patch',
      `${HEAD}nodes:\n- role: control-plane\n  kubeadmConfigPatches:\n  - |\n    kind: ClusterConfiguration\n    apiServer:\n`,
      8,
      /sets apiServer to null/,
    ],
    [
      'extraArgs set to null (kind 0.31, or a v1beta3 cluster, deletes them)',
      clusterPatch('    extraArgs: null\n'),
      7,
      /sets apiServer\.extraArgs to null, which would remove kind-audit's audit flags/,
    ],
    [
      'extraVolumes set to a string',
      clusterPatch('    extraVolumes: none\n'),
      7,
      /sets apiServer\.extraVolumes to "none", which would remove kind-audit's audit volumes/,
    ],
    [
      'a JSON 6902 patch that moves the API server flags away',
      `${HEAD}kubeadmConfigPatchesJSON6902:\n- group: kubeadm.k8s.io\n  version: v1beta4\n  kind: ClusterConfiguration\n  patch: |\n    - op: move\n      from: /apiServer/extraArgs\n      path: /controllerManager/extraArgs\n`,
      8,
      /"move" from \/apiServer\/extraArgs/,
    ],
    [
      'another kind',
      'kind: Config\napiVersion: kind.x-k8s.io/v1alpha4\n',
      1,
      /kind must be Cluster/,
    ],
    [
      'another apiVersion',
      'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha3\n',
      2,
      /apiVersion must be kind.x-k8s.io\/v1alpha4.*not "kind.x-k8s.io\/v1alpha3"/,
    ],
    ['no apiVersion', 'kind: Cluster\n', 1, /apiVersion must be .*the file sets none/],
    ['a second document', `${HEAD}---\n${HEAD}`, 4, /kind reads one document/],
    [
      'a role kind does not know',
      `${HEAD}nodes:\n- role: master\n`,
      4,
      /role must be control-plane or worker/,
    ],
    ['only workers', `${HEAD}nodes:\n- role: worker\n`, 4, /at least one control-plane node/],
    [
      'a name kind refuses',
      `${HEAD}name: My_Cluster\n`,
      3,
      /name must be a cluster name kind accepts/,
    ],
    [
      'a node written as an alias',
      `${HEAD}x: &cp {role: control-plane}\nnodes:\n- *cp\n`,
      5,
      /written out, not an alias/,
    ],
    ['a YAML syntax error', `${HEAD}nodes: [\n`, 4, /.+/],
    [
      'a node built with a merge key',
      `${HEAD}base: &w {role: worker}\nnodes:\n- role: control-plane\n- <<: *w\n  image: x\n`,
      6,
      /merge key/,
    ],
    // The parser finds the list unclosed at the end of the patch, the line after it opens.
    ['a YAML syntax error inside a patch', clusterPatch('    extraArgs: [\n'), 8, /^in a patch: /],
    [
      'an alias for the API server volumes of a patch',
      clusterPatch('    extraVolumes: *vols\n'),
      7,
      /alias; write it out/,
    ],
    ['an alias bomb', bomb, undefined, /excessive aliasing/],
  ])('refuses %s', (_, text, line, message) => {
    const error = refusal(text);
    expect(error?.problem).toMatch(message);
    expect(error?.line).toBe(line);
    if (line !== undefined) expect(error?.message).toMatch(new RegExp(`^line ${line}: `));
  });

  it.each([
    ['audit-log-format json', clusterPatch('    extraArgs:\n      audit-log-format: json\n')],
    [
      'the rotation flags, map form',
      clusterPatch(
        '    extraArgs:\n      audit-log-maxsize: "1"\n      audit-log-maxbackup: "3"\n      audit-log-maxage: "2"\n      audit-log-compress: "true"\n',
      ),
    ],
    [
      'the rotation flags, list form',
      clusterPatch('    extraArgs:\n    - name: audit-log-maxbackup\n      value: "3"\n'),
    ],
    [
      'the guide’s own volume',
      clusterPatch(
        '    extraVolumes:\n    - name: audit-logs\n      hostPath: /var/log/kubernetes\n      mountPath: /var/log/kubernetes\n',
      ),
    ],
    [
      "a worker's mount at /var/log/kubernetes",
      `${HEAD}nodes:\n- role: control-plane\n- role: worker\n  extraMounts:\n  - hostPath: /tmp\n    containerPath: /var/log/kubernetes\n`,
    ],
    [
      'a JSON 6902 patch that adds one volume',
      `${HEAD}kubeadmConfigPatchesJSON6902:\n- group: kubeadm.k8s.io\n  version: v1beta3\n  kind: ClusterConfiguration\n  patch: |\n    - op: add\n      path: /apiServer/extraVolumes/-\n      value: {name: x, hostPath: /x, mountPath: /x}\n`,
    ],
  ])('accepts %s', (_, text) => {
    expect(refusal(text)).toBeUndefined();
  });
});

describe('controlPlaneImages', () => {
  it("names each control plane's image, in order, undefined where it names none", () => {
    const text = `${HEAD}nodes:\n- role: control-plane\n  image: kindest/node:v1.35.0\n- role: worker\n  image: kindest/node:v1.34.0\n- role: control-plane\n- {}\n- role: ""\n`;
    expect(controlPlaneImages(text)).toEqual([
      'kindest/node:v1.35.0',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('gives the one control plane kind makes for a config without nodes', () => {
    expect(controlPlaneImages(HEAD)).toEqual([undefined]);
    expect(controlPlaneImages(`${HEAD}nodes: []\n`)).toEqual([undefined]);
  });

  it('throws for a file that is not a kind Cluster', () => {
    expect(() => controlPlaneImages('kind: Pod\n')).toThrow(KindConfigError);
  });
});
