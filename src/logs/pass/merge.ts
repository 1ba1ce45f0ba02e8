import type { EventCounts } from './count.js';
import type { Request } from '../events/index.js';
import { MinHeap } from './min-heap.js';
import type { KeyedLine, UnmadeRequest } from './keyed-line.js';
import { before, earlierKey, reordered, type Entry, type MergeStats } from './reorder-window.js';

/**
 * How many events each source holds back to put them in time order. kube-apiserver writes events in
 * completion order, not by `stageTimestamp` (a stage's event is written when the stage ends,
 * k8s.io/apiserver `pkg/endpoints/filters/audit.go`): a long request's event is written after those
 * of requests that started later. An event written up to this many events after one it precedes in
 * time still comes out in its place. Memory: this many events per source (10,000 events of ~1.5 KB
 * are ~15 MB), and the read buffers their lines are views of, bounded by src/logs/lines/chunk-pins.ts.
 */
export const DEFAULT_WINDOW = 10_000;

/** A merged event, and the source it came from (its index among the sources given). */
export interface MergedEntry {
  readonly line: Buffer;
  readonly source: number;
  /** The request the event tells, when the source's reader parsed it (`madeRequest` makes it). */
  readonly request: Request | UnmadeRequest | undefined;
  /** Keyed without a parse: see {@link KeyedLine.unchecked}. */
  readonly unchecked: boolean;
  /** An unchecked early stage whose request's final stage the source has read and parsed. */
  readonly settled: boolean;
  /** See {@link KeyedLine.counts}. */
  readonly counts: EventCounts | undefined;
}

/** The merged entries in batches (in order within and across batches), and the merge's figures. */
export interface MergedEntries extends AsyncIterable<readonly MergedEntry[]> {
  readonly stats: MergeStats;
}

/** Where a source's ordered events stand: the batch in hand and the next one's place in it. */
interface Cursor {
  stream: AsyncGenerator<Entry[]>;
  batch: Entry[];
  next: number;
}

/** The source's next event, awaiting its next batch only when the one in hand is used up. */
async function advance(cursor: Cursor): Promise<Entry | undefined> {
  while (cursor.next >= cursor.batch.length) {
    const read = await cursor.stream.next();
    if (read.done) return undefined;
    cursor.batch = read.value;
    cursor.next = 0;
  }
  return cursor.batch[cursor.next++];
}

/** Awaits `advance` only when it has to: most events come from the batch in hand. */
function advanceNow(cursor: Cursor): Entry | Promise<Entry | undefined> | undefined {
  return cursor.next < cursor.batch.length ? cursor.batch[cursor.next++] : advance(cursor);
}

/** The k-way merge, handed on in batches of at most {@link OUT_BATCH} events. */
async function* merged(
  sources: AsyncIterable<readonly KeyedLine[]>[],
  window: number,
  stats: MergeStats,
): AsyncGenerator<Entry[]> {
  const cursors: Cursor[] = sources.map((lines, i) => ({
    stream: reordered(lines, i, window, stats),
    batch: [],
    next: 0,
  }));
  try {
    const heads = new MinHeap<Entry>(before);
    for (const cursor of cursors) {
      const first = await advance(cursor);
      if (first) heads.push(first);
    }
    let latest: Entry | undefined;
    let out: Entry[] = [];
    for (let head = heads.peek(); head; head = heads.peek()) {
      if (latest && earlierKey(head, latest)) stats.outOfOrder++;
      else latest = head;
      out.push(head);
      if (out.length >= OUT_BATCH) {
        yield out;
        out = [];
      }
      const pending = advanceNow(cursors[head.source] as Cursor);
      const next = pending instanceof Promise ? await pending : pending;
      if (next) heads.replaceTop(next);
      else heads.pop();
    }
    if (out.length > 0) yield out;
  } finally {
    await Promise.all(cursors.map((cursor) => cursor.stream.return(undefined)));
  }
}

/** Events handed on at a time: enough to make the await per batch cheap, few enough to stream. */
const OUT_BATCH = 1024;

function checkedWindow(options: { window?: number }): number {
  const window = options.window ?? DEFAULT_WINDOW;
  if (!Number.isInteger(window) || window < 0)
    throw new RangeError(`the reorder window must be a whole number of events, not ${window}`);
  return window;
}

/**
 * Every source's events in one stream ordered by (time, auditID, stage rank), each line's bytes
 * unchanged: a streaming k-way merge over per-source reorder buffers of `window` events
 * ({@link DEFAULT_WINDOW}), so memory stays at about window × sources events. Sources key their
 * lines as they read them and hand them on in batches (one await per batch, not per line); lines
 * keyed as no event are skipped and counted in `stats`. The merged events come in batches too,
 * and each says which source it came from.
 */
export function mergeKeyedByTime(
  sources: AsyncIterable<readonly KeyedLine[]>[],
  options: { window?: number } = {},
): MergedEntries {
  const window = checkedWindow(options);
  const stats: MergeStats = { lines: 0, events: 0, skipped: 0, outOfOrder: 0 };
  return { stats, [Symbol.asyncIterator]: () => merged(sources, window, stats) };
}
