import type { Request } from '../events/index.js';
import type { Counts } from './tally.js';

/**
 * One request as the summary's lists show it: fields of the request, its strings cut to a fair
 * length; the insights' rows (OffendingRequest, DeniedRequest) take theirs from the request too.
 */
export type RequestRow = Pick<Request, 'time' | 'user' | 'verb' | 'namespace' | 'name'> & {
  /** kubectl's spelling, or the URL path of a non-resource request. */
  resource: string;
};

/** A 403, with the authorizer's reason (`authorization.k8s.io/reason`). */
export interface DeniedRow extends RequestRow {
  reason: string;
}

/** A 5xx answer. */
export interface ServerErrorRow extends RequestRow {
  code: number;
  message: string;
}

/**
 * A slow request: by `apiserver.latency.k8s.io/total` when the event has it, else by
 * `stageTimestamp` − `requestReceivedTimestamp` (long-running requests such as watches left out).
 */
export interface SlowRow extends RequestRow {
  latencyMs: number;
  /** Where `latencyMs` comes from: kube-apiserver's annotation, or the event's two timestamps. */
  latencyFrom: 'annotation' | 'timestamps';
  code: string;
}

/** Who called a deprecated API (`k8s.io/deprecated`), and how often. */
export interface DeprecatedRow {
  user: string;
  /** `apiVersion resource`, e.g. `batch/v1beta1 cronjobs.batch`. */
  api: string;
  /** `k8s.io/removed-release`, when the server said. */
  removedRelease: string;
  count: number;
}

/** One subject's requests, folded as verb × resource × namespace. */
export interface SubjectActivity {
  requests: number;
  rows: { verb: string; resource: string; namespace: string; count: number }[];
  /** Requests in rows not listed. */
  otherRequests: number;
}

/** One control-plane node's share. `null` where the source could not say (see summarizeFiles). */
export interface NodeSummary {
  files: number;
  bytes: number;
  requests: number | null;
  first: string | null;
  last: string | null;
}

/** Requests over time per node, in equal buckets (at most {@link MAX_BUCKETS}). */
export interface Timeline {
  /** The first bucket's start, RFC 3339. */
  start: string | null;
  bucketMinutes: number;
  /** Node → requests per bucket; '' is the node of events read without one. */
  nodes: Record<string, number[]>;
  /** Requests whose time could not be placed. */
  unplaced: number;
}

export const MAX_BUCKETS = 60;

/**
 * summary.json. Every table and list is capped, with its total beside it (docs/definitions.md,
 * "Bounded memory"); count tables end in an `(other)` key for what was cut.
 */
export interface Summary {
  /** Requests, each auditID counted once at its last stage seen. */
  requests: number;
  /** Non-empty lines read. */
  lines: number;
  /** Non-empty lines that are not audit events (not JSON, cut off, another kind of object). */
  skipped: number;
  /** Lines that are events (a request writes one per stage). */
  events: number;
  first: string | null;
  last: string | null;
  byVerb: Counts;
  byResource: Counts;
  byUser: Counts;
  byNamespace: Counts;
  byCode: Counts;
  byUserAgent: Counts;
  byLevel: Counts;
  denied: DeniedRow[];
  deniedTotal: number;
  errors5xx: ServerErrorRow[];
  errors5xxTotal: number;
  deprecated: DeprecatedRow[];
  deprecatedTotal: number;
  slowest: SlowRow[];
  /** Subjects that are not Kubernetes' own components (docs/definitions.md). */
  whoDidWhat: Record<string, SubjectActivity>;
  whoDidWhatSubjects: number;
  nodes: Record<string, NodeSummary>;
  timeline: Timeline;
  /** What reading met on the way (a damaged .gz, an oversized line), capped. */
  warnings: string[];
}
