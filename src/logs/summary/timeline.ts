import { MAX_BUCKETS, type Timeline } from './shape.js';

const MINUTE = 60_000;
/** Distinct minutes held; a log that spans more (or a hostile time) counts the rest as unplaced. */
const MAX_MINUTES = 50_000;
const MAX_NODES = 64;

/** A timeline as plain data, for a thread to hand back. */
export interface TimelineState {
  minutes: [number, [string, number][]][];
  unplaced: number;
}

/** Requests per minute per node, folded at the end into at most {@link MAX_BUCKETS} buckets. */
export class TimelineCounter {
  readonly #minutes = new Map<number, Map<string, number>>();
  readonly #nodes = new Set<string>();
  #unplaced = 0;

  add(ms: number, node: string): void {
    if (!Number.isFinite(ms)) this.#unplaced++;
    else this.#add(Math.floor(ms / MINUTE), node, 1);
  }

  #add(minute: number, node: string, count: number): void {
    let byNode = this.#minutes.get(minute);
    if (!this.#nodes.has(node) && this.#nodes.size >= MAX_NODES) {
      this.#unplaced += count;
      return;
    }
    if (!byNode) {
      if (this.#minutes.size >= MAX_MINUTES) {
        this.#unplaced += count;
        return;
      }
      byNode = new Map();
      this.#minutes.set(minute, byNode);
    }
    this.#nodes.add(node);
    byNode.set(node, (byNode.get(node) ?? 0) + count);
  }

  toState(): TimelineState {
    return {
      minutes: [...this.#minutes].map(([minute, byNode]) => [minute, [...byNode]]),
      unplaced: this.#unplaced,
    };
  }

  /** Adds the requests counted over other parts of the same read (exact below the caps). */
  merge(state: TimelineState): void {
    this.#unplaced += state.unplaced;
    for (const [minute, byNode] of state.minutes)
      for (const [node, count] of byNode) this.#add(minute, node, count);
  }

  result(): Timeline {
    const minutes = [...this.#minutes.keys()];
    if (minutes.length === 0)
      return { start: null, bucketMinutes: 1, nodes: {}, unplaced: this.#unplaced };
    const first = minutes.reduce((a, b) => Math.min(a, b));
    const span = minutes.reduce((a, b) => Math.max(a, b)) - first + 1;
    const bucketMinutes = Math.max(1, Math.ceil(span / MAX_BUCKETS));
    const buckets = Math.ceil(span / bucketMinutes);
    const series = new Map<string, number[]>();
    for (const node of [...this.#nodes].sort())
      series.set(node, new Array<number>(buckets).fill(0));
    for (const [minute, byNode] of this.#minutes) {
      const i = Math.floor((minute - first) / bucketMinutes);
      for (const [node, count] of byNode) {
        const counts = series.get(node);
        if (counts) counts[i] = (counts[i] ?? 0) + count;
      }
    }
    // A node named `__proto__` is a key like any other (see Tally.top).
    const nodes = Object.fromEntries(series);
    return {
      start: new Date(first * MINUTE).toISOString(),
      bucketMinutes,
      nodes,
      unplaced: this.#unplaced,
    };
  }
}
