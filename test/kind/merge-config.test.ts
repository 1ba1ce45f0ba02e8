// The merge of the audit settings into a user's kind config: byte-compared, so a change in
// comments, order or layout shows up here; and every refusal, with the line it names.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergeKindConfig } from '../../src/kind/merge-config.js';

const MOUNTS = {
  policyHostPath: '/runner/temp/kind-audit/e2e/audit-policy.yaml',
  logHostPaths: [
    '/runner/temp/kind-audit/e2e/logs/e2e-control-plane',
    '/runner/temp/kind-audit/e2e/logs/e2e-control-plane2',
    '/runner/temp/kind-audit/e2e/logs/e2e-control-plane3',
  ],
};

// ---- ha
const HA = `# HA cluster for our e2e suite
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
name: e2e
networking:
  podSubnet: 10.244.0.0/16 # default
kubeadmConfigPatches:
- |
  kind: ClusterConfiguration
  apiServer:
    extraArgs:
      audit-log-maxbackup: "3"
    extraVolumes:
    - name: webhook
      hostPath: /etc/webhook
      mountPath: /etc/webhook
nodes:
# three control planes
- role: control-plane
- role: control-plane
  image: kindest/node:v1.36.1
- role: control-plane
- role: worker
  extraPortMappings:
  - containerPort: 80
    hostPort: 8080
`;
const HA_MERGED = `# kind-audit merged its audit settings into this kind config: a policy and log mount on each
# control-plane node, and the API server patch first among kubeadmConfigPatches.
# HA cluster for our e2e suite
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
name: e2e
networking:
  podSubnet: 10.244.0.0/16 # default
kubeadmConfigPatches:
# kind-audit: the audit flags and volumes; first, so every patch after it still applies
- |
  kind: ClusterConfiguration
  apiServer:
    # enable auditing flags on the API server
    extraArgs:
      audit-log-path: /var/log/kubernetes/kube-apiserver-audit.log
      audit-policy-file: /etc/kubernetes/policies/audit-policy.yaml
    # mount new files / directories on the control plane
    extraVolumes:
      - name: audit-policies
        hostPath: /etc/kubernetes/policies
        mountPath: /etc/kubernetes/policies
        readOnly: true
        pathType: DirectoryOrCreate
      - name: audit-logs
        hostPath: /var/log/kubernetes
        mountPath: /var/log/kubernetes
        readOnly: false
        pathType: DirectoryOrCreate
- |
  kind: ClusterConfiguration
  apiServer:
    extraArgs:
      audit-log-maxbackup: "3"
      # kind-audit: where the audit log goes, and its policy
      audit-log-path: /var/log/kubernetes/kube-apiserver-audit.log
      audit-policy-file: /etc/kubernetes/policies/audit-policy.yaml
    extraVolumes:
    - name: webhook
      hostPath: /etc/webhook
      mountPath: /etc/webhook
    # kind-audit: the audit policy and log folders
    - name: audit-policies
      hostPath: /etc/kubernetes/policies
      mountPath: /etc/kubernetes/policies
      readOnly: true
      pathType: DirectoryOrCreate
    - name: audit-logs
      hostPath: /var/log/kubernetes
      mountPath: /var/log/kubernetes
      readOnly: false
      pathType: DirectoryOrCreate
nodes:
# three control planes
- role: control-plane
  extraMounts:
  # kind-audit: the audit policy, read by the API server
  - hostPath: /runner/temp/kind-audit/e2e/audit-policy.yaml
    containerPath: /etc/kubernetes/policies/audit-policy.yaml
    readOnly: true
  # kind-audit: the node's audit log folder, kept on the runner
  - hostPath: /runner/temp/kind-audit/e2e/logs/e2e-control-plane
    containerPath: /var/log/kubernetes
- role: control-plane
  image: kindest/node:v1.36.1
  extraMounts:
  # kind-audit: the audit policy, read by the API server
  - hostPath: /runner/temp/kind-audit/e2e/audit-policy.yaml
    containerPath: /etc/kubernetes/policies/audit-policy.yaml
    readOnly: true
  # kind-audit: the node's audit log folder, kept on the runner
  - hostPath: /runner/temp/kind-audit/e2e/logs/e2e-control-plane2
    containerPath: /var/log/kubernetes
- role: control-plane
  extraMounts:
  # kind-audit: the audit policy, read by the API server
  - hostPath: /runner/temp/kind-audit/e2e/audit-policy.yaml
    containerPath: /etc/kubernetes/policies/audit-policy.yaml
    readOnly: true
  # kind-audit: the node's audit log folder, kept on the runner
  - hostPath: /runner/temp/kind-audit/e2e/logs/e2e-control-plane3
    containerPath: /var/log/kubernetes
- role: worker
  extraPortMappings:
  - containerPort: 80
    hostPort: 8080
`;

// ---- v3
const V3 = `kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
kubeadmConfigPatches:
- |
  # our webhook, v1beta3 style
  apiVersion: kubeadm.k8s.io/v1beta3
  kind: ClusterConfiguration
  apiServer:
    extraArgs:
      audit-log-maxbackup: "3"
      audit-log-format: json
    extraVolumes:
    - name: webhook
      hostPath: /etc/webhook
      mountPath: /etc/webhook
`;
const V3_MERGED = `# kind-audit merged its audit settings into this kind config: a policy and log mount on each
# control-plane node, and the API server patch first among kubeadmConfigPatches.
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
kubeadmConfigPatches:
# kind-audit: the audit flags and volumes; first, so every patch after it still applies
- |
  kind: ClusterConfiguration
  apiServer:
    # enable auditing flags on the API server
    extraArgs:
      audit-log-path: /var/log/kubernetes/kube-apiserver-audit.log
      audit-policy-file: /etc/kubernetes/policies/audit-policy.yaml
    # mount new files / directories on the control plane
    extraVolumes:
      - name: audit-policies
        hostPath: /etc/kubernetes/policies
        mountPath: /etc/kubernetes/policies
        readOnly: true
        pathType: DirectoryOrCreate
      - name: audit-logs
        hostPath: /var/log/kubernetes
        mountPath: /var/log/kubernetes
        readOnly: false
        pathType: DirectoryOrCreate
- |
  # our webhook, v1beta3 style
  apiVersion: kubeadm.k8s.io/v1beta3
  kind: ClusterConfiguration
  apiServer:
    extraArgs:
      audit-log-maxbackup: "3"
      audit-log-format: json
      # kind-audit: where the audit log goes, and its policy
      audit-log-path: /var/log/kubernetes/kube-apiserver-audit.log
      audit-policy-file: /etc/kubernetes/policies/audit-policy.yaml
    extraVolumes:
    - name: webhook
      hostPath: /etc/webhook
      mountPath: /etc/webhook
    # kind-audit: the audit policy and log folders
    - name: audit-policies
      hostPath: /etc/kubernetes/policies
      mountPath: /etc/kubernetes/policies
      readOnly: true
      pathType: DirectoryOrCreate
    - name: audit-logs
      hostPath: /var/log/kubernetes
      mountPath: /var/log/kubernetes
      readOnly: false
      pathType: DirectoryOrCreate
nodes:
- role: control-plane
  extraMounts:
  # kind-audit: the audit policy, read by the API server
  - hostPath: /runner/temp/kind-audit/e2e/audit-policy.yaml
    containerPath: /etc/kubernetes/policies/audit-policy.yaml
    readOnly: true
  # kind-audit: the node's audit log folder, kept on the runner
  - hostPath: /runner/temp/kind-audit/e2e/logs/e2e-control-plane
    containerPath: /var/log/kubernetes
`;

// ---- v4
const V4 = `kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
nodes:
  - role: control-plane
    kubeadmConfigPatches:
      - |
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            - name: audit-log-maxsize
              value: "1"
          extraVolumes:
            - name: webhook
              hostPath: /etc/webhook
              mountPath: /etc/webhook
      - |
        kind: InitConfiguration
        nodeRegistration:
          kubeletExtraArgs:
            node-labels: "ingress-ready=true"
  - role: worker
`;
const V4_MERGED = `# kind-audit merged its audit settings into this kind config: a policy and log mount on each
# control-plane node, and the API server patch first among kubeadmConfigPatches.
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
nodes:
  - role: control-plane
    kubeadmConfigPatches:
      - |
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            - name: audit-log-maxsize
              value: "1"
            # kind-audit: where the audit log goes, and its policy
            - name: audit-log-path
              value: /var/log/kubernetes/kube-apiserver-audit.log
            - name: audit-policy-file
              value: /etc/kubernetes/policies/audit-policy.yaml
          extraVolumes:
            - name: webhook
              hostPath: /etc/webhook
              mountPath: /etc/webhook
            # kind-audit: the audit policy and log folders
            - name: audit-policies
              hostPath: /etc/kubernetes/policies
              mountPath: /etc/kubernetes/policies
              readOnly: true
              pathType: DirectoryOrCreate
            - name: audit-logs
              hostPath: /var/log/kubernetes
              mountPath: /var/log/kubernetes
              readOnly: false
              pathType: DirectoryOrCreate
      - |
        kind: InitConfiguration
        nodeRegistration:
          kubeletExtraArgs:
            node-labels: "ingress-ready=true"
    extraMounts:
      # kind-audit: the audit policy, read by the API server
      - hostPath: /runner/temp/kind-audit/e2e/audit-policy.yaml
        containerPath: /etc/kubernetes/policies/audit-policy.yaml
        readOnly: true
      # kind-audit: the node's audit log folder, kept on the runner
      - hostPath: /runner/temp/kind-audit/e2e/logs/e2e-control-plane
        containerPath: /var/log/kubernetes
  - role: worker
kubeadmConfigPatches:
  # kind-audit: the audit flags and volumes; first, so every patch after it still applies
  - |
    kind: ClusterConfiguration
    apiServer:
      # enable auditing flags on the API server
      extraArgs:
        audit-log-path: /var/log/kubernetes/kube-apiserver-audit.log
        audit-policy-file: /etc/kubernetes/policies/audit-policy.yaml
      # mount new files / directories on the control plane
      extraVolumes:
        - name: audit-policies
          hostPath: /etc/kubernetes/policies
          mountPath: /etc/kubernetes/policies
          readOnly: true
          pathType: DirectoryOrCreate
        - name: audit-logs
          hostPath: /var/log/kubernetes
          mountPath: /var/log/kubernetes
          readOnly: false
          pathType: DirectoryOrCreate
`;

// ---- nonodes
const NONODES = `kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
# no nodes: kind makes one control plane
networking:
  disableDefaultCNI: true
`;
const NONODES_MERGED = `# kind-audit merged its audit settings into this kind config: a policy and log mount on each
# control-plane node, and the API server patch first among kubeadmConfigPatches.
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
# no nodes: kind makes one control plane
networking:
  disableDefaultCNI: true
nodes:
  - role: control-plane
    extraMounts:
      # kind-audit: the audit policy, read by the API server
      - hostPath: /runner/temp/kind-audit/e2e/audit-policy.yaml
        containerPath: /etc/kubernetes/policies/audit-policy.yaml
        readOnly: true
      # kind-audit: the node's audit log folder, kept on the runner
      - hostPath: /runner/temp/kind-audit/e2e/logs/e2e-control-plane
        containerPath: /var/log/kubernetes
kubeadmConfigPatches:
  # kind-audit: the audit flags and volumes; first, so every patch after it still applies
  - |
    kind: ClusterConfiguration
    apiServer:
      # enable auditing flags on the API server
      extraArgs:
        audit-log-path: /var/log/kubernetes/kube-apiserver-audit.log
        audit-policy-file: /etc/kubernetes/policies/audit-policy.yaml
      # mount new files / directories on the control plane
      extraVolumes:
        - name: audit-policies
          hostPath: /etc/kubernetes/policies
          mountPath: /etc/kubernetes/policies
          readOnly: true
          pathType: DirectoryOrCreate
        - name: audit-logs
          hostPath: /var/log/kubernetes
          mountPath: /var/log/kubernetes
          readOnly: false
          pathType: DirectoryOrCreate
`;

describe('mergeKindConfig', () => {
  it.each([
    [
      'an HA config: 3 control planes, a worker, a port mapping, a patch with volumes',
      HA,
      HA_MERGED,
    ],
    ['a v1beta3 map-style patch of the user with volumes', V3, V3_MERGED],
    ['a v1beta4 list-style node patch of the user with volumes', V4, V4_MERGED],
    ['a config without nodes', NONODES, NONODES_MERGED],
  ])('merges %s, keeping comments and order', (_, input, expected) => {
    expect(mergeKindConfig(input, MOUNTS)).toBe(expected);
  });

  it('gives an empty nodes list the one control plane kind would make', () => {
    const merged = parse(mergeKindConfig(`${NONODES}nodes: []\n`, MOUNTS)) as {
      nodes: { role: string; extraMounts: unknown[] }[];
    };
    expect(merged.nodes.map((n) => [n.role, n.extraMounts.length])).toEqual([['control-plane', 2]]);
  });

  it("keeps every one of the user's own lines, in order", () => {
    const merged = mergeKindConfig(HA, MOUNTS).split('\n');
    let at = 0;
    for (const line of HA.split('\n').filter((l) => l.trim() !== '')) {
      const found = merged.findIndex((m, i) => i >= at && m.trim() === line.trim());
      expect(found, line).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
  });

  it('mounts the policy and each log folder on every control plane, none on workers', () => {
    type Node = { role?: string; extraMounts?: { hostPath: string; containerPath: string }[] };
    const nodes = (parse(mergeKindConfig(HA, MOUNTS)) as { nodes: Node[] }).nodes;
    expect(
      nodes.map((n) => n.extraMounts?.map((m) => `${m.containerPath}<-${m.hostPath}`)),
    ).toEqual([
      ...MOUNTS.logHostPaths.map((log) => [
        `/etc/kubernetes/policies/audit-policy.yaml<-${MOUNTS.policyHostPath}`,
        `/var/log/kubernetes<-${log}`,
      ]),
      undefined,
    ]);
  });

  it("adds to a user's patch only the audit volumes it lacks", () => {
    const withOne = V3.replace(
      '      mountPath: /etc/webhook\n',
      '      mountPath: /etc/webhook\n    - name: audit-logs\n      hostPath: /var/log/kubernetes\n      mountPath: /var/log/kubernetes\n',
    );
    const patches = (parse(mergeKindConfig(withOne, MOUNTS)) as { kubeadmConfigPatches: string[] })
      .kubeadmConfigPatches;
    const names = patches.map((p) =>
      (parse(p) as { apiServer: { extraVolumes: { name: string }[] } }).apiServer.extraVolumes.map(
        (v) => v.name,
      ),
    );
    expect(names).toEqual([
      ['audit-policies', 'audit-logs'],
      ['webhook', 'audit-logs', 'audit-policies'],
    ]);
  });

  it('refuses to merge into a config it already merged into: the flags are then set', () => {
    expect(() => mergeKindConfig(mergeKindConfig(V3, MOUNTS), MOUNTS)).toThrow(/audit-log-path/);
  });
});
