import { isFinalStage } from '../events/index.js';

export interface EventCounts {
  /** Lines that are audit events (one per request stage). */
  events: number;
  /** Requests seen at their final stage (ResponseComplete or Panic): each request counted once. */
  requests: number;
  /** Lines that are not JSON events (legacy text, a last line cut off mid-write), or a damaged .gz tail. */
  unreadable: number;
}

/** Counts of a file not read yet: the one pass over the events fills them in. */
export function notCounted(): EventCounts {
  return { events: 0, requests: 0, unreadable: 0 };
}

/** Counts a line handed on: an event (by its key), a request at its final stage, or neither. */
export function tally(counts: EventCounts, { key }: { key: { stage: string } | undefined }): void {
  if (!key) counts.unreadable++;
  else {
    counts.events++;
    if (isFinalStage(key.stage)) counts.requests++;
  }
}
