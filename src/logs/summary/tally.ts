/**
 * Bounded counting for summaries (docs/definitions.md, "Bounded memory"): a table keeps at most a
 * fixed number of distinct keys however many the log holds, and says how much it could not place.
 */
import { fitKey } from '../events/index.js';

/** The key that collects everything a capped table did not keep. */
export const OTHER = '(other)';

/** A table as summary.json holds it: key → count, largest first, capped with an `(other)` key. */
export type Counts = Record<string, number>;

/**
 * A counter with at most `keep` distinct keys in memory. Once full, new keys count under
 * `(other)`: the keys seen first keep exact counts, which is what a log with a few hot keys needs.
 */
export class Tally {
  /** Each count in a box of its own: counting a known key is a get, not a get and a set. */
  readonly #counts = new Map<string, { n: number }>();
  #other = 0;
  #total = 0;

  constructor(private readonly keep = 10_000) {}

  /** Counts one (or `n`) of `key`. */
  add(key: string, n = 1): void {
    this.#total += n;
    const fitted = fitKey(key);
    const known = this.#counts.get(fitted);
    if (known) known.n += n;
    else if (this.#counts.size < this.keep) this.#counts.set(fitted, { n });
    else this.#other += n;
  }

  /** Everything counted, placed or not. */
  get total(): number {
    return this.#total;
  }

  /** How many distinct keys are held. */
  get size(): number {
    return this.#counts.size;
  }

  /** The counts as plain data, for a thread to hand back ({@link Tally.merge}). */
  toState(): TallyState {
    return { counts: [...this.#counts].map(([key, { n }]) => [key, n]), other: this.#other };
  }

  /**
   * Adds the counts of another tally. Below the cap the sum is exact; past it, a key the other
   * tally kept may find this one full and count under `(other)`: the total stays exact.
   */
  merge(state: TallyState): void {
    this.#other += state.other;
    this.#total += state.other;
    for (const [key, n] of state.counts) this.add(key, n);
  }

  /** The `top` largest entries, largest first (ties by key), the rest summed under `(other)`. */
  top(top: number): Counts {
    const sorted = [...this.#counts]
      .map(([key, { n }]) => [key, n] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const shown = sorted.slice(0, top);
    let other = this.#other;
    for (const [, count] of sorted.slice(top)) other += count;
    if (other > 0) {
      const at = shown.findIndex(([key]) => key === OTHER);
      if (at === -1) shown.push([OTHER, other]);
      else shown[at] = [OTHER, (shown[at]?.[1] ?? 0) + other];
    }
    // Keys come from the log: `__proto__` must be a key like any other, which assignment to a
    // plain object would not make it (fromEntries defines each key as its own property).
    return Object.fromEntries(shown);
  }
}

/** A tally as plain data (structured-cloneable). */
export interface TallyState {
  counts: [string, number][];
  other: number;
}

/**
 * An item and its place in the read (`seq`): lists kept by several threads, each over its own
 * part of the read, merge back in read order.
 */
export interface Placed<T> {
  seq: number;
  item: T;
}

/** A list that keeps the first `keep` items in read order and counts every one. */
export class FirstItems<T> {
  #placed: Placed<T>[] = [];
  total = 0;

  constructor(private readonly keep = 100) {}

  /** One item, read at `seq`; a list's items come in read order. */
  add(seq: number, make: () => T): void {
    this.total++;
    if (this.#placed.length < this.keep) this.#placed.push({ seq, item: make() });
  }

  get items(): T[] {
    return this.#placed.map((p) => p.item);
  }

  toState(): FirstItemsState<T> {
    return { placed: this.#placed, total: this.total };
  }

  /** Adds a list kept over other parts of the same read: the first `keep` of both, in read order. */
  merge(state: FirstItemsState<T>): void {
    this.total += state.total;
    this.#placed = [...this.#placed, ...state.placed]
      .sort((a, b) => a.seq - b.seq)
      .slice(0, this.keep);
  }
}

/** A {@link FirstItems} as plain data. */
export interface FirstItemsState<T> {
  placed: Placed<T>[];
  total: number;
}

/** An item with its score and its place in the read. */
export interface Scored<T> extends Placed<T> {
  score: number;
}

/**
 * The `keep` largest items by a score, largest first, ties in read order; memory stays at `keep`
 * items.
 */
export class LargestItems<T> {
  #items: Scored<T>[] = [];

  constructor(private readonly keep = 20) {}

  /** True when an item of this score would be kept: lets a caller skip building it. */
  wants(score: number): boolean {
    const last = this.#items[this.keep - 1];
    return this.#items.length < this.keep || (last !== undefined && score > last.score);
  }

  /** One item, read at `seq`; items come in read order, so a tie goes after those before it. */
  add(score: number, item: T, seq: number): void {
    if (!this.wants(score)) return;
    let i = this.#items.length;
    while (i > 0 && (this.#items[i - 1]?.score ?? 0) < score) i--;
    this.#items.splice(i, 0, { score, item, seq });
    if (this.#items.length > this.keep) this.#items.pop();
  }

  get items(): T[] {
    return this.#items.map((x) => x.item);
  }

  toState(): Scored<T>[] {
    return this.#items;
  }

  /** Adds the items kept over other parts of the same read. */
  merge(state: Scored<T>[]): void {
    this.#items = [...this.#items, ...state]
      .sort((a, b) => b.score - a.score || a.seq - b.seq)
      .slice(0, this.keep);
  }
}
