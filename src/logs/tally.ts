/**
 * Bounded counting for summaries (DESIGN.md, "Bounded memory"): a table keeps at most a fixed
 * number of distinct keys however many the log holds, and says how much it could not place.
 */

/** The key that collects everything a capped table did not keep. */
export const OTHER = '(other)';

/** Keys come from the log, which may hold anything: a key longer than this is cut. */
export const MAX_KEY_LENGTH = 256;

/** A key from the log made fit for a table: cut to {@link MAX_KEY_LENGTH} characters. */
export function fitKey(key: string): string {
  return key.length > MAX_KEY_LENGTH ? `${key.slice(0, MAX_KEY_LENGTH - 1)}…` : key;
}

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

  /** The `top` largest entries, largest first (ties by key), the rest summed under `(other)`. */
  top(top: number): Counts {
    const sorted = [...this.#counts]
      .map(([key, { n }]) => [key, n] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const result: Counts = {};
    let other = this.#other;
    sorted.forEach(([key, count], i) => {
      if (i < top) result[key] = count;
      else other += count;
    });
    if (other > 0) result[OTHER] = (result[OTHER] ?? 0) + other;
    return result;
  }
}

/** A list that keeps the first `keep` items and counts every one. */
export class FirstItems<T> {
  readonly items: T[] = [];
  total = 0;

  constructor(private readonly keep = 100) {}

  add(make: () => T): void {
    this.total++;
    if (this.items.length < this.keep) this.items.push(make());
  }
}

/** The `keep` largest items by a score, largest first; memory stays at `keep` items. */
export class LargestItems<T> {
  readonly #items: { score: number; item: T }[] = [];

  constructor(private readonly keep = 20) {}

  /** True when an item of this score would be kept: lets a caller skip building it. */
  wants(score: number): boolean {
    const last = this.#items[this.keep - 1];
    return this.#items.length < this.keep || (last !== undefined && score > last.score);
  }

  add(score: number, item: T): void {
    if (!this.wants(score)) return;
    let i = this.#items.length;
    while (i > 0 && (this.#items[i - 1]?.score ?? 0) < score) i--;
    this.#items.splice(i, 0, { score, item });
    if (this.#items.length > this.keep) this.#items.pop();
  }

  get items(): T[] {
    return this.#items.map((x) => x.item);
  }
}
