import { stageRank, type AuditEvent } from './event.js';
import type { KeyedLine, MergeStats } from './merge.js';
import { MinHeap } from './min-heap.js';
import { sortableTime } from './time-order.js';

/** An event in the merge: its order key, where it came from, and its bytes. */
export interface Entry {
  time: string;
  auditID: string;
  rank: number;
  /** Which source, then the line's place in it: equal keys keep the order they were read in. */
  source: number;
  seq: number;
  line: Buffer;
  event: AuditEvent | undefined;
}

/** Ordered by (time, auditID, stage rank): DESIGN.md, "A request". */
export function earlierKey(a: Entry, b: Entry): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.auditID !== b.auditID) return a.auditID < b.auditID;
  return a.rank < b.rank;
}

export function before(a: Entry, b: Entry): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.auditID !== b.auditID) return a.auditID < b.auditID;
  if (a.rank !== b.rank) return a.rank < b.rank;
  return a.source !== b.source ? a.source < b.source : a.seq < b.seq;
}

/**
 * One source's events, put in order through a reorder buffer of `window` events, handed on in
 * batches (one per batch read): the merge then awaits once per batch, not once per event.
 */
export async function* reordered(
  batches: AsyncIterable<readonly KeyedLine[]>,
  source: number,
  window: number,
  stats: MergeStats,
): AsyncGenerator<Entry[]> {
  const held = new MinHeap<Entry>(before);
  let seq = 0;
  for await (const batch of batches) {
    const out: Entry[] = [];
    for (const { line, key, event } of batch) {
      stats.lines++;
      if (!key) {
        stats.skipped++;
        continue;
      }
      stats.events++;
      const entry: Entry = {
        time: sortableTime(key.time),
        auditID: key.auditID,
        rank: stageRank(key.stage),
        source,
        seq: seq++,
        // A copy: the reader's line shares its chunk, which a held line would otherwise keep alive.
        line: Buffer.from(line),
        event,
      };
      if (held.size < window) held.push(entry);
      else out.push(held.pushPop(entry));
    }
    if (out.length > 0) yield out;
  }
  const rest: Entry[] = [];
  for (let entry = held.pop(); entry; entry = held.pop()) rest.push(entry);
  if (rest.length > 0) yield rest;
}
