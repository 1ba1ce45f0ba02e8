/**
 * The audit policy model of kube-apiserver (`audit.k8s.io/v1` Policy), as this project reads,
 * checks and evaluates it. Field names match the YAML so a decoded file maps onto them directly.
 */

/** How much of a request kube-apiserver records, in increasing order of detail. */
export const AUDIT_LEVELS = ['None', 'Metadata', 'Request', 'RequestResponse'] as const;

/** One of {@link AUDIT_LEVELS}. Case-sensitive, as kube-apiserver compares them. */
export type AuditLevel = (typeof AUDIT_LEVELS)[number];

/** The stages at which an audit event can be written, in the order kube-apiserver lists them. */
export const STAGES = ['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic'] as const;

/** One of {@link STAGES}. */
export type Stage = (typeof STAGES)[number];

/** The only apiVersion kube-apiserver ≥ 1.24 accepts for a policy file. */
export const POLICY_API_VERSION = 'audit.k8s.io/v1';

/** Narrows a string to {@link AuditLevel}. */
export function isAuditLevel(value: string): value is AuditLevel {
  return (AUDIT_LEVELS as readonly string[]).includes(value);
}

/** Narrows a string to {@link Stage}. */
export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

/** Resources of one API group a rule applies to; `group: ""` (or absent) is the core group. */
export interface GroupResources {
  group?: string;
  /**
   * `pods`, `pods/log`, `pods/*` (pods and all its subresources), `*` (everything), or a star, a
   * slash and a subresource name (that subresource of any resource); empty means all of the group.
   */
  resources?: string[];
  /** Object names; only meaningful together with `resources`. */
  resourceNames?: string[];
}

/** One rule; every list that is set must match (AND), an empty or absent list matches all. */
export interface PolicyRule {
  level: AuditLevel;
  users?: string[];
  userGroups?: string[];
  verbs?: string[];
  resources?: GroupResources[];
  /** `""` matches cluster-scoped requests. Setting it makes the rule apply to resources only. */
  namespaces?: string[];
  /** `*`, an exact path, or a prefix ending in `*`. Cannot be combined with resources/namespaces. */
  nonResourceURLs?: string[];
  omitStages?: Stage[];
  omitManagedFields?: boolean;
}

/** A whole policy file. `omitStages` here is added to every rule's own. */
export interface Policy {
  apiVersion: typeof POLICY_API_VERSION;
  kind: 'Policy';
  rules: PolicyRule[];
  omitStages?: Stage[];
  omitManagedFields?: boolean;
}

/** Something kube-apiserver accepts but that probably does not do what its author meant. */
export interface PolicyWarning {
  message: string;
  /** Field path, e.g. `rules[0].resources[0].verbs`. */
  path?: string;
  /** 1-based line in the checked text, when known. */
  line?: number;
}

/** The outcome of checking a policy file the way kube-apiserver loads it. */
export interface PolicyCheck {
  /** Whether kube-apiserver would start with this policy. */
  valid: boolean;
  /** kube's own error texts (all field errors at once), or why the text could not be decoded. */
  errors: string[];
  warnings: PolicyWarning[];
  /** The decoded policy, present only when `valid`. */
  policy?: Policy;
}
