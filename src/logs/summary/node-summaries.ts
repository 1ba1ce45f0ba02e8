import type { NodeSummary } from './shape.js';

/** A time as the log wrote it, its ms, and where in the read it was: ties go to the earlier read. */
export interface PlacedTime {
  ms: number;
  seq: number;
  time: string | null;
}

/** A first time that any time comes before. */
export const noFirst = (): PlacedTime => ({ ms: Infinity, seq: Infinity, time: null });
/** A last time that any time comes after. */
export const noLast = (): PlacedTime => ({ ms: -Infinity, seq: Infinity, time: null });

/**
 * Sets a time in place: a summary's last time changes with nearly every request of a merged log,
 * and a new object each time is garbage.
 */
export function place(target: PlacedTime, ms: number, seq: number, time: string): void {
  target.ms = ms;
  target.seq = seq;
  target.time = time;
}

/** True when `a` comes before `b` in time, or at the same time but read earlier. */
export const earlier = (a: PlacedTime, b: PlacedTime): boolean =>
  a.ms < b.ms || (a.ms === b.ms && a.seq < b.seq);

/** True when `a` comes after `b` in time, or at the same time but read earlier. */
export const later = (a: PlacedTime, b: PlacedTime): boolean =>
  a.ms > b.ms || (a.ms === b.ms && a.seq < b.seq);

/** One node's counts, with its first and last time kept as {@link PlacedTime}s. */
interface NodeEntry {
  files: number;
  bytes: number;
  /** `null`: its requests are counted elsewhere (a raw copy beside an artifact's audit.jsonl). */
  requests: number | null;
  first: PlacedTime;
  last: PlacedTime;
}

/** The nodes' part of a summary as plain data, for a thread to hand back. */
export type NodeSummariesState = [string, NodeEntry][];

/** Files, bytes, requests and time span per node; at most `max` nodes. */
export class NodeSummaries {
  readonly #nodes = new Map<string, NodeEntry>();

  constructor(private readonly max: number) {}

  #entry(node: string): NodeEntry | undefined {
    let entry = this.#nodes.get(node);
    if (!entry && this.#nodes.size < this.max) {
      entry = { files: 0, bytes: 0, requests: 0, first: noFirst(), last: noLast() };
      this.#nodes.set(node, entry);
    }
    return entry;
  }

  addFile(node: string, bytes: number, files = 1): void {
    const entry = this.#entry(node);
    if (!entry) return;
    entry.files += files;
    entry.bytes += bytes;
  }

  /** A node known by its files alone: its requests were counted elsewhere. */
  markUnattributed(node: string): void {
    const entry = this.#entry(node);
    if (entry) Object.assign(entry, { requests: null, first: noFirst(), last: noLast() });
  }

  /** One request of `node`, at `ms` (its time as written: `time`), read at `seq`. */
  addRequest(node: string, ms: number, time: string, seq: number): void {
    const entry = this.#entry(node);
    if (!entry || entry.requests === null) return;
    entry.requests++;
    if (ms < entry.first.ms) place(entry.first, ms, seq, time);
    if (ms > entry.last.ms) place(entry.last, ms, seq, time);
  }

  /** `count` requests of `node` from `first` to `last`. */
  addRequests(node: string, count: number, first: PlacedTime, last: PlacedTime): void {
    const entry = this.#entry(node);
    if (!entry || entry.requests === null) return;
    entry.requests += count;
    if (earlier(first, entry.first)) entry.first = { ...first };
    if (later(last, entry.last)) entry.last = { ...last };
  }

  toState(): NodeSummariesState {
    return [...this.#nodes];
  }

  /** Adds the nodes counted over other parts of the same read. */
  merge(state: NodeSummariesState): void {
    for (const [node, other] of state) {
      this.addFile(node, other.bytes, other.files);
      if (other.requests === null) this.markUnattributed(node);
      else if (other.requests > 0) this.addRequests(node, other.requests, other.first, other.last);
    }
  }

  /** The nodes by name, as summary.json has them. */
  result(): Record<string, NodeSummary> {
    return Object.fromEntries(
      [...this.#nodes]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([node, e]) => [
          node,
          {
            files: e.files,
            bytes: e.bytes,
            requests: e.requests,
            first: e.requests === null ? null : e.first.time,
            last: e.requests === null ? null : e.last.time,
          },
        ]),
    );
  }
}
