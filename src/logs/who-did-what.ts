import type { SubjectActivity } from './summary-shape.js';
import { Tally } from './tally.js';

/** Separates the parts of a row key; a tab cannot hide in a key because keys are split on the first two. */
const SEP = '\t';

/**
 * "Who did what": per subject, requests folded as verb × resource × namespace. Bounded: at most
 * `subjects` subjects and `rowsPerSubject` rows each are held; the rest count under `(other)`.
 */
export class WhoDidWhat {
  readonly #bySubject = new Map<string, Tally>();
  #seen = new Set<string>();

  constructor(
    private readonly maxSubjects = 200,
    private readonly rowsPerSubject = 1_000,
  ) {}

  /** How many subjects were seen (up to a bound of ten times those held). */
  get subjects(): number {
    return this.#seen.size;
  }

  add(subject: string, verb: string, resource: string, namespace: string): void {
    let rows = this.#bySubject.get(subject);
    if (!rows) {
      if (this.#seen.size < this.maxSubjects * 10) this.#seen.add(subject);
      if (this.#bySubject.size >= this.maxSubjects) return;
      rows = new Tally(this.rowsPerSubject);
      this.#bySubject.set(subject, rows);
    }
    // Verb and resource never hold a tab in real logs; a hostile one only lands in namespace.
    rows.add([verb.replaceAll(SEP, ' '), resource.replaceAll(SEP, ' '), namespace].join(SEP));
  }

  /** Subjects by requests, largest first; each with its `top` largest rows. */
  result(top: number): Record<string, SubjectActivity> {
    const subjects = [...this.#bySubject].sort((a, b) => b[1].total - a[1].total);
    const result: Record<string, SubjectActivity> = {};
    for (const [subject, tally] of subjects.slice(0, top)) {
      const activity: SubjectActivity = { requests: tally.total, rows: [], otherRequests: 0 };
      for (const [key, count] of Object.entries(tally.top(top))) {
        const [verb = '', resource = '', ...rest] = key.split(SEP);
        if (rest.length === 0) activity.otherRequests += count;
        else activity.rows.push({ verb, resource, namespace: rest.join(SEP), count });
      }
      result[subject] = activity;
    }
    return result;
  }
}
