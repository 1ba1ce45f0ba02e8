import { OP, type Program } from './program.js';

/** Lazily built states kept at most; past this the cache starts over (memory stays bounded). */
const MAX_DFA_STATES = 1024;

const BACKSLASH = 0x5c;
const LOWER_U = 0x75;

/**
 * The automaton run as a deterministic one, built lazily (subset construction as text comes):
 * each character costs one table lookup once its transition is known, and at most one pass over
 * the program when it is not. It answers only whether some match may lie in a text: anchors and
 * `\b` are taken as always true, which can only say "maybe" more often, never less. It is the
 * quick no of redaction: a text it rejects holds no match.
 */
export class LazyDfa {
  /** One more column than classes: the "any character" of an escape whose value is not read. */
  private readonly any: number;
  private readonly stride: number;
  private transitions: Int32Array;
  private accepting: Uint8Array;
  private sets: Int32Array[] = [];
  private readonly ids = new Map<string, number>();
  /** Per set: whether it holds any code unit at all (an escape's unknown value may be in it). */
  private readonly setHasAny: Uint8Array;
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(private readonly program: Program) {
    this.any = program.classes;
    this.stride = program.classes + 1;
    this.transitions = new Int32Array(64 * this.stride).fill(-1);
    this.accepting = new Uint8Array(64);
    this.seen = new Int32Array(program.op.length);
    const sets = program.setHas.length / program.classes;
    this.setHasAny = new Uint8Array(sets);
    for (let s = 0; s < sets; s++)
      this.setHasAny[s] = program.setHas
        .subarray(s * program.classes, (s + 1) * program.classes)
        .includes(1)
        ? 1
        : 0;
    this.reset();
  }

  /** True when some match may lie in `text`'s code units. */
  mayMatchText(text: string): boolean {
    const classOf = this.program.classOf;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = this.step(state, classOf[text.charCodeAt(i)]!);
      if (this.accepting[state]) return true;
    }
    return false;
  }

  /**
   * True when some match may lie in a string value of the JSON text `buf[start, end)`. The bytes
   * are read as they are, quotes and keys included (more "maybe", never less); an escape counts
   * as one character that may be any, as it decodes to one code unit. A byte above 0x7f answers
   * "maybe" at once: UTF-8 does not map byte for byte onto code units.
   */
  mayMatchJson(buf: Buffer, start: number, end: number): boolean {
    const classOf = this.program.classOf;
    let state = 0;
    for (let i = start; i < end; i++) {
      const byte = buf[i]!;
      let cls: number;
      if (byte >= 0x80) return true;
      if (byte === BACKSLASH) {
        cls = this.any;
        i += buf[i + 1] === LOWER_U ? 5 : 1;
      } else cls = classOf[byte]!;
      state = this.step(state, cls);
      if (this.accepting[state]) return true;
    }
    return false;
  }

  private step(state: number, cls: number): number {
    const known = this.transitions[state * this.stride + cls]!;
    return known >= 0 ? known : this.build(state, cls);
  }

  private build(state: number, cls: number): number {
    const { op, next, arg, setHas, classes } = this.program;
    const seeds: number[] = [];
    for (const s of this.sets[state]!) {
      if (op[s] !== OP.char) continue;
      const set = arg[s]!;
      if (cls === this.any ? this.setHasAny[set] : setHas[set * classes + cls])
        seeds.push(next[s]!);
    }
    const target = this.closure(seeds);
    if (this.sets.length >= MAX_DFA_STATES) {
      this.reset();
      return this.intern(target);
    }
    const id = this.intern(target);
    this.transitions[state * this.stride + cls] = id;
    return id;
  }

  /** Empties the cache; state 0 is the start again. */
  private reset(): void {
    this.sets = [];
    this.ids.clear();
    this.transitions.fill(-1);
    this.accepting.fill(0);
    this.intern(this.closure([]));
  }

  /** The states `seeds` reach without consuming, with the start's (a match may begin anywhere). */
  private closure(seeds: number[]): Int32Array {
    const { op, next, arg } = this.program;
    const stamp = ++this.stamp;
    const found: number[] = [];
    const stack = [this.program.start, ...seeds];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (this.seen[s] === stamp) continue;
      this.seen[s] = stamp;
      const kind = op[s];
      if (kind === OP.char || kind === OP.match) found.push(s);
      else if (kind === OP.split) stack.push(arg[s]!, next[s]!);
      else stack.push(next[s]!);
    }
    return Int32Array.from(found.sort((a, b) => a - b));
  }

  private intern(set: Int32Array): number {
    const key = set.join(',');
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.sets.length;
    this.sets.push(set);
    this.ids.set(key, id);
    if ((id + 1) * this.stride > this.transitions.length) {
      const grown = new Int32Array(this.transitions.length * 2).fill(-1);
      grown.set(this.transitions);
      this.transitions = grown;
      const accepting = new Uint8Array(this.accepting.length * 2);
      accepting.set(this.accepting);
      this.accepting = accepting;
    }
    this.accepting[id] = set.some((s) => this.program.op[s] === OP.match) ? 1 : 0;
    return id;
  }
}
