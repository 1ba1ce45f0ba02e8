/**
 * The audit event: its fields, its one parse, its time and stage order, a stage read from the
 * bytes without a parse, and the facts of one request. The one module others import.
 */
export {
  eventParts,
  eventTime,
  isComponent,
  isFinalStage,
  resourceOf,
  stageRank,
  subjectGroups,
  subjectOf,
  uriPath,
  type AuditEvent,
} from './event.js';
export { parseLine, type ParsedLine } from './parse.js';
export { fitKey, isEvent, requestOf, type LatencySource, type Request } from './request.js';
export { MAX_WAITING, PendingRequests, type OpenRequest, type PendingSink } from './pending.js';
export { peekEarlyStage, peekStage, type EarlyStageKey } from './stage-peek.js';
export { timeOrderValue } from './time-order.js';
