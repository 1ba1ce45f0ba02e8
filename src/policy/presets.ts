import { sensitiveGroupResources } from './sensitive.js';
import type { AuditLevel } from './types.js';

/**
 * A policy with one catch-all rule at `level`. For Metadata this is, byte for byte, the policy of
 * the kind auditing guide (https://kind.sigs.k8s.io/docs/user/auditing/).
 */
export function levelPolicy(level: AuditLevel): string {
  return `apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: ${level}\n`;
}

/** Names of the built-in policies, as users write them in the `policy` input. */
export const PRESETS = ['metadata', 'recommended'] as const;

/** One of {@link PRESETS}. */
export type PresetName = (typeof PRESETS)[number];

/** Narrows a string to {@link PresetName}. */
export function isPresetName(value: string): value is PresetName {
  return (PRESETS as readonly string[]).includes(value);
}

// Modelled on the kube-up (GCE) policy
// (kubernetes/kubernetes cluster/gce/gci/configure-helper.sh, create-master-audit-policy),
// trimmed for a short-lived CI cluster: drop the chatter, never record credentials, keep the
// bodies of writes because those explain what a test changed.
const RECOMMENDED = `# kind-audit "recommended" audit policy: the first matching rule wins.
apiVersion: audit.k8s.io/v1
kind: Policy
# RequestReceived repeats what ResponseComplete (or ResponseStarted for watches) says later.
omitStages:
  - RequestReceived
rules:
  # Probes and version checks arrive every few seconds and say nothing about the workload.
  - level: None
    nonResourceURLs:
      - /healthz*
      - /livez*
      - /readyz*
      - /version
      - /version/
  # kube-proxy watches Services and Endpoints on every node for the cluster's whole life.
  - level: None
    users: ["system:kube-proxy"]
    verbs: ["watch"]
    resources:
      - group: ""
        resources: ["endpoints", "services", "services/status"]
      - group: discovery.k8s.io
        resources: ["endpointslices"]
  # Kubelets read their own Node objects over and over.
  - level: None
    userGroups: ["system:nodes"]
    verbs: ["get"]
    resources:
      - group: ""
        resources: ["nodes", "nodes/status"]
  # Leader election and node heartbeats renew Leases every few seconds.
  - level: None
    verbs: ["get", "update"]
    namespaces: ["kube-system", "kube-node-lease"]
    resources:
      - group: coordination.k8s.io
        resources: ["leases"]
  # Events are a log of their own; auditing them doubles the volume.
  - level: None
    resources:
      - group: ""
        resources: ["events"]
      - group: events.k8s.io
        resources: ["events"]
  # Bodies here hold credentials, and the uploaded artifact is readable by anyone who can read
  # the repository: record who touched them, never what they contain.
  - level: Metadata
    resources:
${sensitiveGroupResources('      ')}  # Writes: keep the body that was sent, which is what explains a change a test made.
  - level: Request
    verbs: ["create", "update", "patch", "delete", "deletecollection"]
  # Everything else (reads, watches, other URLs): who did what, without bodies.
  - level: Metadata
`;

/** The YAML text of a built-in policy, with comments explaining each rule. */
export function presetPolicy(name: PresetName): string {
  return name === 'metadata' ? levelPolicy('Metadata') : RECOMMENDED;
}
