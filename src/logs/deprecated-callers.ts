import type { RequestFacts } from './request-facts.js';
import type { DeprecatedRow } from './summary-shape.js';

/** Callers of deprecated APIs, one row per subject and API; at most `keep` rows, every call counted. */
export class DeprecatedCallers {
  readonly #rows = new Map<string, DeprecatedRow>();
  total = 0;

  constructor(private readonly keep: number) {}

  add(f: RequestFacts): void {
    this.total++;
    const key = `${f.user}\n${f.deprecatedApi}`;
    const known = this.#rows.get(key);
    if (known) known.count++;
    else if (this.#rows.size < this.keep)
      this.#rows.set(key, {
        user: f.user,
        api: f.deprecatedApi,
        removedRelease: f.removedRelease,
        count: 1,
      });
  }

  /** The rows, most calls first. */
  get rows(): DeprecatedRow[] {
    return [...this.#rows.values()].sort((a, b) => b.count - a.count);
  }
}
