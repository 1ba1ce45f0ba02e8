import { ChunkPins } from '../lines/index.js';
import type { EventCounts } from './count.js';
import { isFinalStage, stageRank, type Request } from '../events/index.js';
import type { KeyedLine, UnmadeRequest } from './keyed-line.js';
import { MinHeap } from './min-heap.js';
import { timeOrderValue } from '../events/index.js';

/** What a merge saw; filled in as it runs, final once the merged stream ends. */
export interface MergeStats {
  /** Non-empty lines read. */
  lines: number;
  /** Lines that are audit events: every one of them is in the output. */
  events: number;
  /** Lines that are not JSON events (legacy text, a line cut off mid-write): counted, left out. */
  skipped: number;
  /**
   * Events that came later than the window allowed: each is written as soon as it is read, so it
   * stands after some event of a later time. Never dropped.
   */
  outOfOrder: number;
}

/** An event in the merge: its order key, where it came from, and its bytes. */
export interface Entry {
  /** The event's time in microseconds (src/logs/events/time-order.ts): compared as a number. */
  time: number;
  auditID: string;
  rank: number;
  /** Which source, then the line's place in it: equal keys keep the order they were read in. */
  source: number;
  seq: number;
  line: Buffer;
  request: Request | UnmadeRequest | undefined;
  /** Keyed without a parse (an early stage): see `KeyedLine.unchecked`. */
  unchecked: boolean;
  /** An unchecked early stage whose request's final stage this source has read and parsed. */
  settled: boolean;
  /** The counts of the file an unchecked line came from. */
  counts: EventCounts | undefined;
}

/** Ordered by (time, auditID, stage rank): docs/definitions.md, "A request". */
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

/** Bytes of read buffers the held lines of one source may keep alive beyond their own. */
const PIN_LIMIT = 64 * 1024 * 1024;

/**
 * One source's events, put in order through a reorder buffer of `window` events, handed on in
 * batches (one per batch read): the merge then awaits once per batch, not once per event.
 *
 * An unchecked early stage (keyed unparsed) is marked `settled` when its request's final stage is
 * read, parsed, while it is still held: the request is then told by that final stage, and the early
 * line needs no parse (docs/definitions.md: a request counts once, at its last stage). Real logs
 * write the final stage within a few events of the early one; a request still open when its early
 * stage leaves the window is left unsettled, and the line is parsed before it is written.
 */
export async function* reordered(
  batches: AsyncIterable<readonly KeyedLine[]>,
  source: number,
  window: number,
  stats: MergeStats,
): AsyncGenerator<Entry[]> {
  const held = new MinHeap<Entry>(before);
  /** The unchecked early stages held, by auditID (the latest, when a request has two). */
  const early = new Map<string, Entry>();
  const pins = new ChunkPins(PIN_LIMIT);
  const leaving = (entry: Entry) => {
    if (entry.unchecked && early.get(entry.auditID) === entry) early.delete(entry.auditID);
    pins.release(entry.line);
    return entry;
  };
  let seq = 0;
  for await (const batch of batches) {
    const out: Entry[] = [];
    for (const { line, key, request, unchecked = false, counts } of batch) {
      stats.lines++;
      if (!key) {
        stats.skipped++;
        continue;
      }
      stats.events++;
      const entry: Entry = {
        time: timeOrderValue(key.time),
        auditID: key.auditID,
        rank: stageRank(key.stage),
        source,
        seq: seq++,
        // A view of the reader's chunk, not a copy: src/logs/lines/chunk-pins.ts bounds what that keeps alive.
        line,
        request,
        unchecked,
        settled: false,
        counts,
      };
      if (unchecked) early.set(entry.auditID, entry);
      else if (request && isFinalStage(key.stage)) {
        const waiting = early.get(entry.auditID);
        if (waiting) {
          waiting.settled = true;
          early.delete(entry.auditID);
        }
      }
      pins.hold(line);
      if (held.size < window) held.push(entry);
      else out.push(leaving(held.pushPop(entry)));
      if (pins.due) pins.compact(held.values());
    }
    if (out.length > 0) yield out;
  }
  const rest: Entry[] = [];
  for (let entry = held.pop(); entry; entry = held.pop()) rest.push(leaving(entry));
  if (rest.length > 0) yield rest;
}
