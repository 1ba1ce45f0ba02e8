import { goDurationMs } from '../../text/duration.js';
import {
  eventParts,
  eventTime,
  isComponent,
  resourceOf,
  subjectGroups,
  subjectOf,
  uriPath,
  type AuditEvent,
} from './event.js';
import { elapsedMs, timeMs } from './time-order.js';

/** Keys come from the log, which may hold anything: a key longer than this is cut. */
export const MAX_KEY_LENGTH = 256;

/** A key from the log made fit for a table: cut to {@link MAX_KEY_LENGTH} characters. */
export function fitKey(key: string): string {
  return key.length > MAX_KEY_LENGTH ? `${key.slice(0, MAX_KEY_LENGTH - 1)}…` : key;
}

/**
 * One request as every consumer sees it: the summary's tables and lists, the RBAC, the
 * expectations and the baseline read these fields of the event of its last stage, taken out once.
 * Events come from a cluster that runs the code under test: any field may be missing or of the
 * wrong type, so every string is '' when the event lacks it (or holds something else). Strings
 * are the log's own, whole (RBAC names the very objects); the summary cuts them to fit its tables
 * ({@link fitKey}).
 */
export interface Request {
  auditID: string;
  stage: string;
  /** `stageTimestamp`, else `timestamp` (v1beta1). */
  time: string;
  /** `time` in ms since the epoch; NaN when it is not a time. */
  ms: number;
  /** The subject: the impersonated user when set, else the user. */
  user: string;
  groups: string[];
  /** True for Kubernetes' own components ({@link isComponent}). */
  component: boolean;
  verb: string;
  /** kubectl's spelling, `resource[.group][/subresource]`; '' for a non-resource request. */
  resource: string;
  /** The parts of `resource`, for RBAC rules. */
  apiGroup: string;
  resourceName: string;
  subresource: string;
  namespace: string;
  name: string;
  /** The request URI's path, without its query string (which may hold exec commands). */
  path: string;
  /** The response code; 0 when the event has none. */
  code: number;
  /** The authorizer's reason (`authorization.k8s.io/reason`), for denied requests. */
  reason: string;
  userAgent: string;
  level: string;
  /** The response status's message. */
  message: string;
  /** `group/version resource` of a deprecated API (`k8s.io/deprecated`); '' for any other. */
  deprecatedApi: string;
  /** `k8s.io/removed-release`, when the server said. */
  removedRelease: string;
  /** How long the request took (see {@link timedLatency}); NaN when that cannot be said. */
  latencyMs: number;
  /** Where `latencyMs` comes from. */
  latencyFrom: LatencySource;
}

/** kube-apiserver's own figure, or the event's two timestamps. */
export type LatencySource = 'annotation' | 'timestamps';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * kube-apiserver's long-running requests, which stay open by design (a watch for minutes):
 * `BasicLongRunningRequestCheck(sets.NewString("watch", "proxy"), sets.NewString("attach",
 * "exec", "proxy", "log", "portforward"))` in kube-apiserver's server config
 * (BuildGenericConfig, kubernetes pkg/controlplane/apiserver/config.go). Their time says
 * nothing about how fast the server answered.
 */
const LONG_RUNNING_VERBS = new Set(['watch', 'proxy']);
const LONG_RUNNING_SUBRESOURCES = new Set(['attach', 'exec', 'proxy', 'log', 'portforward']);

/**
 * How long a request took by its two timestamps, `stageTimestamp` − `requestReceivedTimestamp`,
 * which every v1 event carries; NaN for a long-running request, whose time says nothing.
 */
function timedLatency(event: AuditEvent, verb: string, subresource: unknown): number {
  const longRunning =
    LONG_RUNNING_VERBS.has(verb) ||
    (typeof subresource === 'string' && LONG_RUNNING_SUBRESOURCES.has(subresource));
  return longRunning ? NaN : elapsedMs(event.requestReceivedTimestamp, event.stageTimestamp);
}

/** True for a parsed line that is an audit event; anything else is a skipped line. */
export function isEvent(value: unknown): value is AuditEvent {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { stage?: unknown }).stage === 'string'
  );
}

/** The request an event describes (call it for the event of the request's last stage). */
export function requestOf(event: AuditEvent): Request {
  const { ref, status, notes } = eventParts(event);
  const time = str(eventTime(event));
  const user = str(subjectOf(event));
  let groups: string[];
  try {
    groups = strings(subjectGroups(event));
  } catch {
    // impersonatedUser or user of the wrong type: no groups to speak of.
    groups = [];
  }
  const verb = str(event.verb);
  const resourceName = str(ref.resource);
  const apiGroup = resourceName ? str(ref.apiGroup) : '';
  const subresource = resourceName ? str(ref.subresource) : '';
  // kube-apiserver's own figure when it wrote one (it does so only for slow requests).
  const latency = notes['apiserver.latency.k8s.io/total'];
  const noted = typeof latency === 'string' ? goDurationMs(latency) : NaN;
  const annotated = Number.isFinite(noted);
  const deprecated = notes['k8s.io/deprecated'] === 'true';
  return {
    auditID: str(event.auditID),
    stage: str(event.stage),
    time,
    ms: timeMs(time),
    user,
    groups,
    component: isComponent(user, groups),
    verb,
    resource: resourceName ? str(resourceOf(event)) : '',
    apiGroup,
    resourceName,
    subresource,
    namespace: str(ref.namespace),
    name: str(ref.name),
    path: uriPath(str(event.requestURI)),
    code: typeof status.code === 'number' ? status.code : 0,
    reason: str(notes['authorization.k8s.io/reason']),
    userAgent: str(event.userAgent),
    level: str(event.level),
    message: str(status.message),
    deprecatedApi: deprecated
      ? `${str(ref.apiGroup) ? `${str(ref.apiGroup)}/` : ''}${str(ref.apiVersion)} ${resourceName}`
      : '',
    removedRelease: str(notes['k8s.io/removed-release']),
    latencyMs: annotated ? noted : timedLatency(event, verb, ref.subresource),
    latencyFrom: annotated ? 'annotation' : 'timestamps',
  };
}
