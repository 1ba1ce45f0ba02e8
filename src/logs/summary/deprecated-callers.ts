import type { DeprecatedRow } from './shape.js';

/** A row and where in the read its first call was: rows with as many calls keep that order. */
interface Kept {
  seq: number;
  row: DeprecatedRow;
}

/** The callers as plain data, for a thread to hand back. */
export interface DeprecatedCallersState {
  rows: [string, Kept][];
  total: number;
}

/** Callers of deprecated APIs, one row per subject and API; at most `keep` rows, every call counted. */
export class DeprecatedCallers {
  readonly #rows = new Map<string, Kept>();
  total = 0;

  constructor(private readonly keep: number) {}

  /** One call of `api` by `user`, read at `seq` (the strings as the summary keeps them). */
  add(user: string, api: string, removedRelease: string, seq: number): void {
    this.#add(`${user}\n${api}`, { seq, row: { user, api, removedRelease, count: 1 } });
  }

  #add(key: string, other: Kept): void {
    this.total += other.row.count;
    const known = this.#rows.get(key);
    if (known) {
      known.row.count += other.row.count;
      known.seq = Math.min(known.seq, other.seq);
    } else if (this.#rows.size < this.keep)
      this.#rows.set(key, { ...other, row: { ...other.row } });
  }

  toState(): DeprecatedCallersState {
    return { rows: [...this.#rows], total: this.total };
  }

  /** Adds the calls counted over other parts of the same read (exact below the cap). */
  merge(state: DeprecatedCallersState): void {
    let placed = 0;
    for (const [key, kept] of state.rows) {
      this.#add(key, kept);
      placed += kept.row.count;
    }
    this.total += state.total - placed;
  }

  /** The rows, most calls first; ties in the order first called. */
  get rows(): DeprecatedRow[] {
    return [...this.#rows.values()]
      .sort((a, b) => b.row.count - a.row.count || a.seq - b.seq)
      .map((kept) => kept.row);
  }
}
