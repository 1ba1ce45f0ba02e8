/**
 * Audit events as the log holds them, and the shared definitions every consumer uses
 * (docs/definitions.md): subject, resource spelling, stage order, time, components. Real logs hold
 * v1 and v1beta1 events, events without kind/apiVersion and failed authentications with an empty
 * user, so every field is optional.
 */
export interface AuditEvent {
  kind?: string;
  apiVersion?: string;
  level?: string;
  auditID?: string;
  stage?: string;
  requestURI?: string;
  verb?: string;
  user?: UserInfo;
  impersonatedUser?: UserInfo;
  sourceIPs?: string[];
  userAgent?: string;
  objectRef?: {
    resource?: string;
    namespace?: string;
    name?: string;
    apiGroup?: string;
    apiVersion?: string;
    subresource?: string;
  };
  responseStatus?: { code?: number; status?: string; reason?: string; message?: string };
  requestObject?: unknown;
  responseObject?: unknown;
  annotations?: Record<string, string>;
  requestReceivedTimestamp?: string;
  stageTimestamp?: string;
  /** v1beta1 events carry `timestamp` instead of `stageTimestamp`. */
  timestamp?: string;
}

export interface UserInfo {
  username?: string;
  uid?: string;
  groups?: string[];
  extra?: Record<string, string[]>;
}

/** Lifecycle order of stages: a request is counted once, at the last stage seen. */
export const STAGE_RANK: Readonly<Record<string, number>> = {
  RequestReceived: 0,
  ResponseStarted: 1,
  ResponseComplete: 2,
  Panic: 2,
};

/** The rank of a stage; an unknown stage sorts last. */
export function stageRank(stage: string | undefined): number {
  return (stage !== undefined ? STAGE_RANK[stage] : undefined) ?? 3;
}

/** True for the stages that end a request. */
export function isFinalStage(stage: string | undefined): boolean {
  return stage === 'ResponseComplete' || stage === 'Panic';
}

/** An event's time: `stageTimestamp`, else `timestamp` (v1beta1); '' when it has neither. */
export function eventTime(event: AuditEvent): string {
  return event.stageTimestamp ?? event.timestamp ?? '';
}

/** The subject of a request: the impersonated user when set, else the authenticated user. */
export function subjectOf(event: AuditEvent): string {
  return event.impersonatedUser?.username || event.user?.username || '';
}

/** The subject's groups, from the same user the subject came from. */
export function subjectGroups(event: AuditEvent): string[] {
  return (
    (event.impersonatedUser?.username ? event.impersonatedUser.groups : event.user?.groups) ?? []
  );
}

/**
 * kubectl's spelling of what a request touched: `resource[.group][/subresource]`, e.g. `pods`,
 * `pods/log`, `deployments.apps/scale`; `undefined` for non-resource requests.
 */
export function resourceOf(event: AuditEvent): string | undefined {
  const ref = event.objectRef;
  if (!ref?.resource) return undefined;
  const group = ref.apiGroup ? `.${ref.apiGroup}` : '';
  const sub = ref.subresource ? `/${ref.subresource}` : '';
  return `${ref.resource}${group}${sub}`;
}

const COMPONENT_USERS = new Set([
  'system:kube-controller-manager',
  'system:kube-scheduler',
  'system:kube-proxy',
  'system:apiserver',
]);
const COMPONENT_NAMESPACES = new Set([
  'kube-system',
  'kube-public',
  'kube-node-lease',
  'local-path-storage',
]);

/**
 * Kubernetes' own components (docs/definitions.md): left out of "who did what", RBAC and baselines
 * by default. `kubernetes-admin`, which tests use, is not one.
 */
export function isComponent(subject: string, groups: readonly string[] = []): boolean {
  if (COMPONENT_USERS.has(subject) || subject.startsWith('system:node:')) return true;
  if (groups.includes('system:nodes')) return true;
  if (!subject.startsWith('system:serviceaccount:')) return false;
  const sa = /^system:serviceaccount:([^:]+):/.exec(subject);
  return sa !== null && COMPONENT_NAMESPACES.has(sa[1] ?? '');
}

/** The path of a request URI without its query string (which may hold exec commands). */
export function uriPath(uri: string): string {
  const q = uri.indexOf('?');
  return q === -1 ? uri : uri.slice(0, q);
}

/** What an event's parts are when read from a hostile log: each an object, empty when it is not. */
export interface EventParts {
  ref: NonNullable<AuditEvent['objectRef']>;
  status: NonNullable<AuditEvent['responseStatus']>;
  notes: Record<string, unknown>;
}

/** An event's objectRef, responseStatus and annotations, each an object whatever the log held. */
export function eventParts(event: AuditEvent): EventParts {
  const object = <T>(value: T | undefined): T | Record<string, never> =>
    typeof value === 'object' && value !== null ? value : {};
  return {
    ref: object(event.objectRef),
    status: object(event.responseStatus),
    notes: object(event.annotations),
  };
}
