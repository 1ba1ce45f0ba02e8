import { describe, expect, it } from 'vitest';
import { patchApiWarnings } from '../../src/kind/patch-api-versions.js';

const CONFIG = `kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
kubeadmConfigPatches:
# no apiVersion: kind converts the mapping for whichever version it writes
- |
  kind: ClusterConfiguration
  apiServer:
    extraArgs:
      audit-log-maxbackup: "4"
- |
  apiVersion: kubeadm.k8s.io/v1beta4
  kind: ClusterConfiguration
  apiServer:
    extraArgs:
      audit-log-maxage: "3"
      v: "2"
    extraVolumes:
    - name: team
      hostPath: /etc/team
      mountPath: /etc/team
  etcd:
    local:
      extraArgs:
        quota-backend-bytes: "8589934592"
nodes:
- role: control-plane
- role: worker
  kubeadmConfigPatches:
  - |
    apiVersion: kubeadm.k8s.io/v1beta4
    kind: JoinConfiguration
    nodeRegistration:
      kubeletExtraArgs:
        v: "4"
`;

describe('patches kind drops without a word', () => {
  it('a v1beta4-named patch writing extraArgs as a mapping: named, with its line and the args', () => {
    const warnings = patchApiWarnings(CONFIG, 'v1beta4');
    expect(warnings).toHaveLength(2);
    const [cluster, worker] = warnings;
    expect(cluster?.line).toBe(14);
    expect(cluster?.message).toBe(
      'kubeadmConfigPatches entry 2 of the cluster (ClusterConfiguration) names kubeadm.k8s.io/v1beta4 ' +
        'but writes apiServer.extraArgs (audit-log-maxage, v), etcd.local.extraArgs ' +
        '(quota-backend-bytes) as a mapping: v1beta4 takes a list of {name, value}, and kind 0.32 ' +
        'and later drop these arguments without a word (the rest of the patch still applies). ' +
        'Write them as a list ("- name: …" / "  value: …"), or leave apiVersion out and kind ' +
        'converts the mapping itself.',
    );
    expect(worker?.line).toBe(33);
    expect(worker?.message).toMatch(
      /^kubeadmConfigPatches entry 1 of node 2 \(worker\) \(JoinConfiguration\) names kubeadm\.k8s\.io\/v1beta4 but writes nodeRegistration\.kubeletExtraArgs \(v\) as a mapping/,
    );
  });

  it('the same patch on a cluster kind writes v1beta3 for is ignored whole', () => {
    const warnings = patchApiWarnings(CONFIG, 'v1beta3');
    expect(warnings.map((w) => w.line)).toEqual([11, 30]);
    expect(warnings[0]?.message).toBe(
      'kubeadmConfigPatches entry 2 of the cluster (ClusterConfiguration) names kubeadm.k8s.io/v1beta4, ' +
        'but kind writes kubeadm.k8s.io/v1beta3 for this kind and node image: kind applies a patch ' +
        'only to a document of the apiVersion it names, so it ignores this whole patch without a ' +
        'word. Leave apiVersion out, and kind applies the patch to whichever version it writes.',
    );
  });

  it('a version not known: only the dropped arguments are certain', () => {
    expect(patchApiWarnings(CONFIG, undefined).map((w) => w.line)).toEqual([14, 33]);
  });

  it('nothing to say about list-form args, unversioned patches, or a version that matches', () => {
    const fine = `kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
kubeadmConfigPatches:
- |
  apiVersion: kubeadm.k8s.io/v1beta4
  kind: ClusterConfiguration
  apiServer:
    extraArgs:
    - name: audit-log-maxage
      value: "3"
- |
  kind: InitConfiguration
  nodeRegistration:
    kubeletExtraArgs:
      v: "2"
- |
  apiVersion: kubelet.config.k8s.io/v1beta1
  kind: KubeletConfiguration
  extraArgs:
    not: kubeadm
`;
    expect(patchApiWarnings(fine, 'v1beta4')).toEqual([]);
    expect(
      patchApiWarnings(
        fine
          .replace(/v1beta4/, 'v1beta3')
          .replace(/- name.*\n.*\n/, '      audit-log-maxage: "3"\n'),
        'v1beta3',
      ),
    ).toEqual([]);
  });

  it('a JSON 6902 patch of another kubeadm version is ignored whole too', () => {
    const config = `kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
kubeadmConfigPatchesJSON6902:
- group: kubeadm.k8s.io
  version: v1beta3
  kind: ClusterConfiguration
  patch: |
    - op: add
      path: /apiServer/certSANs/-
      value: my-host
`;
    const [warning, ...rest] = patchApiWarnings(config, 'v1beta4');
    expect(rest).toEqual([]);
    expect(warning?.line).toBe(4);
    expect(warning?.message).toMatch(
      /^kubeadmConfigPatchesJSON6902\[0\] of the cluster \(ClusterConfiguration\) names kubeadm\.k8s\.io\/v1beta3, but kind writes kubeadm\.k8s\.io\/v1beta4/,
    );
  });
});
