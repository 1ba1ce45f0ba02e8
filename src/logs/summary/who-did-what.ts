import type { SubjectActivity } from './shape.js';
import { Tally, type TallyState } from './tally.js';

/** Separates the parts of a row key; a tab cannot hide in a key because keys are split on the first two. */
const SEP = '\t';

/** Who did what as plain data, for a thread to hand back. */
export interface WhoDidWhatState {
  subjects: [string, { seq: number; rows: TallyState }][];
  seen: string[];
}

/**
 * "Who did what": per subject, requests folded as verb × resource × namespace. Bounded: at most
 * `subjects` subjects and `rowsPerSubject` rows each are held; the rest count under `(other)`.
 */
export class WhoDidWhat {
  /** Each subject's rows, and where in the read it was first seen (ties keep that order). */
  readonly #bySubject = new Map<string, { seq: number; rows: Tally }>();
  #seen = new Set<string>();

  constructor(
    private readonly maxSubjects = 200,
    private readonly rowsPerSubject = 1_000,
  ) {}

  /** How many subjects were seen (up to a bound of ten times those held). */
  get subjects(): number {
    return this.#seen.size;
  }

  /** One request of `subject`, read at `seq`. */
  add(subject: string, verb: string, resource: string, namespace: string, seq: number): void {
    // Verb and resource never hold a tab in real logs; a hostile one only lands in namespace.
    const row = [verb.replaceAll(SEP, ' '), resource.replaceAll(SEP, ' '), namespace].join(SEP);
    this.#entry(subject, seq)?.add(row);
  }

  #entry(subject: string, seq: number): Tally | undefined {
    const known = this.#bySubject.get(subject);
    if (known) {
      known.seq = Math.min(known.seq, seq);
      return known.rows;
    }
    if (this.#seen.size < this.maxSubjects * 10) this.#seen.add(subject);
    if (this.#bySubject.size >= this.maxSubjects) return undefined;
    const rows = new Tally(this.rowsPerSubject);
    this.#bySubject.set(subject, { seq, rows });
    return rows;
  }

  toState(): WhoDidWhatState {
    return {
      subjects: [...this.#bySubject].map(([subject, { seq, rows }]) => [
        subject,
        { seq, rows: rows.toState() },
      ]),
      seen: [...this.#seen],
    };
  }

  /** Adds the requests counted over other parts of the same read (exact below the caps). */
  merge(state: WhoDidWhatState): void {
    for (const subject of state.seen)
      if (this.#seen.size < this.maxSubjects * 10) this.#seen.add(subject);
    for (const [subject, other] of state.subjects)
      this.#entry(subject, other.seq)?.merge(other.rows);
  }

  /** Subjects by requests, largest first (ties in the order first seen); each with its `top` largest rows. */
  result(top: number): Record<string, SubjectActivity> {
    const subjects = [...this.#bySubject].sort(
      (a, b) => b[1].rows.total - a[1].rows.total || a[1].seq - b[1].seq,
    );
    const result: [string, SubjectActivity][] = [];
    for (const [subject, { rows: tally }] of subjects.slice(0, top)) {
      const activity: SubjectActivity = { requests: tally.total, rows: [], otherRequests: 0 };
      for (const [key, count] of Object.entries(tally.top(top))) {
        const [verb = '', resource = '', ...rest] = key.split(SEP);
        if (rest.length === 0) activity.otherRequests += count;
        else activity.rows.push({ verb, resource, namespace: rest.join(SEP), count });
      }
      result.push([subject, activity]);
    }
    // A subject named `__proto__` is a key like any other (see Tally.top).
    return Object.fromEntries(result);
  }
}
