import { NODE_PATHS } from './node.js';

/** What shapes the kind config: where the policy lives on the runner, and how many nodes. */
export interface KindConfigOptions {
  /** Absolute path of the policy file on the runner (kind resolves relative paths against its cwd). */
  policyHostPath: string;
  controlPlanes?: number;
  workers?: number;
  /** Node image for every node; kind's default when absent. */
  image?: string | undefined;
  /**
   * A runner folder per control-plane node, mounted as that node's log folder so the audit log
   * lives on the runner and outlasts the cluster; none keeps the logs in the nodes (the guide's way).
   */
  logHostPaths?: readonly string[];
}

/** The API server's audit flags of the guide, as the patch below writes them. */
export const AUDIT_FLAGS = [
  { name: 'audit-log-path', value: NODE_PATHS.logFile },
  { name: 'audit-policy-file', value: NODE_PATHS.policyFile },
] as const;

/** The API server's two volumes of the guide, as the patch below writes them. */
export const AUDIT_VOLUMES = [
  {
    name: 'audit-policies',
    hostPath: NODE_PATHS.policyDir,
    mountPath: NODE_PATHS.policyDir,
    readOnly: true,
    pathType: 'DirectoryOrCreate',
  },
  {
    name: 'audit-logs',
    hostPath: NODE_PATHS.logDir,
    mountPath: NODE_PATHS.logDir,
    readOnly: false,
    pathType: 'DirectoryOrCreate',
  },
] as const;

/**
 * The ClusterConfiguration patch of the guide: audit flags plus the two volumes. It names no
 * `apiVersion` on purpose — kind ≥ 0.32 then converts it to whichever kubeadm version it renders,
 * while a patch naming v1beta3 is silently dropped on v1beta4 clusters (kind
 * `pkg/internal/patch/resource.go`, `pkg/internal/patch/kubeadm_merge.go`; kind PR #4173).
 */
export function apiServerPatch(): string {
  return `kind: ClusterConfiguration
apiServer:
  # enable auditing flags on the API server
  extraArgs:
    audit-log-path: ${NODE_PATHS.logFile}
    audit-policy-file: ${NODE_PATHS.policyFile}
  # mount new files / directories on the control plane
  extraVolumes:
    - name: audit-policies
      hostPath: ${NODE_PATHS.policyDir}
      mountPath: ${NODE_PATHS.policyDir}
      readOnly: true
      pathType: DirectoryOrCreate
    - name: audit-logs
      hostPath: ${NODE_PATHS.logDir}
      mountPath: ${NODE_PATHS.logDir}
      readOnly: false
      pathType: DirectoryOrCreate
`;
}

function imageLine(image: string | undefined): string {
  return image ? `  image: ${JSON.stringify(image)}\n` : '';
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .trimEnd()
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}

/**
 * Every control-plane node gets the patch and the policy mount: `extraMounts` are per node, and a
 * second control plane without the policy fails to join (kubernetes/test-infra#36204).
 */
function controlPlaneNode(
  policyHostPath: string,
  image: string | undefined,
  logHostPath: string | undefined,
): string {
  const logMount = logHostPath
    ? `
  # keep the audit log on the runner, where it outlasts the node
  - hostPath: ${JSON.stringify(logHostPath)}
    containerPath: ${NODE_PATHS.logDir}`
    : '';
  return `- role: control-plane
${imageLine(image)}  kubeadmConfigPatches:
  - |
${indent(apiServerPatch(), 4)}
  # mount the policy file from the runner into the node
  extraMounts:
  - hostPath: ${JSON.stringify(policyHostPath)}
    containerPath: ${NODE_PATHS.policyFile}
    readOnly: true${logMount}`;
}

/** The kind config of the guide, with an absolute policy path; more nodes when asked. */
export function renderKindConfig(options: KindConfigOptions): string {
  const { policyHostPath, controlPlanes = 1, workers = 0, image, logHostPaths = [] } = options;
  const nodes = [
    ...Array.from({ length: controlPlanes }, (_, i) =>
      controlPlaneNode(policyHostPath, image, logHostPaths[i]),
    ),
    ...Array.from({ length: workers }, () => `- role: worker\n${imageLine(image)}`.trimEnd()),
  ];
  return `# Written by kind-audit: kind's auditing guide, with the policy mounted from an absolute path.
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
nodes:
${nodes.join('\n')}
`;
}
