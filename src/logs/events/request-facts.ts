import { goDurationMs } from '../../duration.js';
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
 * What the summary needs from one event, taken out once. Events come from a cluster that runs the
 * code under test: any field may be missing or of the wrong type, and strings may be huge.
 */
export interface RequestFacts {
  auditID: string;
  stage: string;
  time: string;
  /** `time` in ms since the epoch; NaN when it is not a time. */
  ms: number;
  verb: string;
  resource: string;
  namespace: string;
  name: string;
  user: string;
  component: boolean;
  /** The response code as text; '' when the event has none. */
  code: string;
  userAgent: string;
  level: string;
  reason: string;
  message: string;
  deprecatedApi: string;
  removedRelease: string;
  /** How long the request took (see {@link latencyOf}); NaN when that cannot be said. */
  latencyMs: number;
  /** Where `latencyMs` comes from. */
  latencyFrom: LatencySource;
}

/** kube-apiserver's own figure, or the event's two timestamps. */
export type LatencySource = 'annotation' | 'timestamps';

const text = (value: unknown): string => (typeof value === 'string' ? fitKey(value) : '');

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

/** The facts of one event. */
export function factsOf(event: AuditEvent): RequestFacts {
  const { ref, status, notes } = eventParts(event);
  const time = text(eventTime(event));
  const user = text(safe(() => subjectOf(event)));
  const groups = safe(() => subjectGroups(event).filter((g) => typeof g === 'string'), []);
  const deprecated = notes['k8s.io/deprecated'] === 'true';
  const verb = text(event.verb);
  // kube-apiserver's own figure when it wrote one (it does so only for slow requests).
  const latency = notes['apiserver.latency.k8s.io/total'];
  const noted = typeof latency === 'string' ? goDurationMs(latency) : NaN;
  const annotated = Number.isFinite(noted);
  return {
    auditID: text(event.auditID),
    stage: text(event.stage),
    time,
    ms: timeMs(time),
    verb,
    resource: text(safe(() => resourceOf(event)) ?? uriPath(text(event.requestURI))),
    namespace: text(ref.namespace),
    name: text(ref.name),
    user,
    component: isComponent(user, groups),
    code: typeof status.code === 'number' ? String(status.code) : '',
    userAgent: text(event.userAgent),
    level: text(event.level),
    reason: text(notes['authorization.k8s.io/reason']),
    message: text(status.message),
    deprecatedApi: deprecated
      ? fitKey(
          `${text(ref.apiGroup) ? `${text(ref.apiGroup)}/` : ''}${text(ref.apiVersion)} ${text(ref.resource)}`,
        )
      : '',
    removedRelease: text(notes['k8s.io/removed-release']),
    latencyMs: annotated ? noted : timedLatency(event, verb, ref.subresource),
    latencyFrom: annotated ? 'annotation' : 'timestamps',
  };
}

/** The shared helpers assume well-typed fields; a hostile event must not throw out of the summary. */
function safe<T>(fn: () => T, fallback?: T): T {
  try {
    return fn();
  } catch {
    return fallback as T;
  }
}
