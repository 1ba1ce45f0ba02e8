import { PatternError, type Assertion, type Ast, type Ranges } from './parse.js';

/**
 * Patterns compiled into one nondeterministic automaton (Thompson's construction): each state
 * either consumes one code unit of a set, splits, tests a position, or accepts. The automaton's
 * size bounds the work per character of text, so it is capped.
 */

export const OP = { char: 0, split: 1, assert: 2, match: 3 } as const;

/** The most states all patterns together may compile to (a count of steps per character). */
export const MAX_STATES = 2000;

const ASSERTIONS: readonly Assertion[] = ['start', 'end', 'word', 'notWord'];

export interface Program {
  /** Per state: its {@link OP}. */
  readonly op: Uint8Array;
  /** Per state: the next state (char, assert) or the first branch (split). */
  readonly next: Int32Array;
  /** Per split state: the second branch; per char state: its set; per assert: its kind. */
  readonly arg: Int32Array;
  readonly start: number;
  /** The class of each code unit: code units of one class are in the same sets. */
  readonly classOf: Uint16Array;
  readonly classes: number;
  /** Per set: which classes it holds, `classes` bytes each. */
  readonly setHas: Uint8Array;
  /** The assertion of an assert state's `arg`. */
  readonly assertions: readonly Assertion[];
}

class Builder {
  readonly op: number[] = [];
  readonly next: number[] = [];
  readonly arg: number[] = [];
  readonly sets: Ranges[] = [];
  private readonly setIds = new Map<string, number>();

  add(op: number, next: number, arg: number): number {
    if (this.op.length >= MAX_STATES)
      throw new PatternError(
        `the patterns are too large once their repetitions are spelled out (at most ${MAX_STATES} steps together; a{100} counts 100): use fewer or smaller counts`,
      );
    this.op.push(op);
    this.next.push(next);
    this.arg.push(arg);
    return this.op.length - 1;
  }

  setId(ranges: Ranges): number {
    const key = ranges.join(',');
    let id = this.setIds.get(key);
    if (id === undefined) {
      id = this.sets.length;
      this.sets.push(ranges);
      this.setIds.set(key, id);
    }
    return id;
  }

  /** The entry state of `ast` followed by `next` (built back to front). */
  compile(ast: Ast, next: number): number {
    switch (ast.type) {
      case 'set':
        return this.add(OP.char, next, this.setId(ast.ranges));
      case 'assert':
        return this.add(OP.assert, next, ASSERTIONS.indexOf(ast.what));
      case 'seq': {
        let entry = next;
        for (let i = ast.items.length - 1; i >= 0; i--) entry = this.compile(ast.items[i]!, entry);
        return entry;
      }
      case 'alt': {
        const entries = ast.items.map((item) => this.compile(item, next));
        let entry = entries[entries.length - 1]!;
        for (let i = entries.length - 2; i >= 0; i--)
          entry = this.add(OP.split, entries[i]!, entry);
        return entry;
      }
      case 'repeat': {
        let tail = next;
        if (ast.max === -1) {
          const loop = this.add(OP.split, -1, next);
          this.next[loop] = this.compile(ast.item, loop);
          tail = loop;
        } else
          for (let k = ast.min; k < ast.max; k++)
            tail = this.add(OP.split, this.compile(ast.item, tail), next);
        for (let k = 0; k < ast.min; k++) tail = this.compile(ast.item, tail);
        return tail;
      }
    }
  }
}

/** One automaton matching any of `asts`. */
export function compileProgram(asts: readonly Ast[]): Program {
  const builder = new Builder();
  const match = builder.add(OP.match, -1, -1);
  const entries = asts.map((ast) => builder.compile(ast, match));
  let start = entries[entries.length - 1] ?? match;
  for (let i = entries.length - 2; i >= 0; i--) start = builder.add(OP.split, entries[i]!, start);
  // The alphabet: the code units split at every set's bounds, so a class is in a set or not.
  const bounds = new Set<number>([0]);
  for (const set of builder.sets)
    for (let i = 0; i < set.length; i += 2) {
      bounds.add(set[i]!);
      if (set[i + 1]! < 0xffff) bounds.add(set[i + 1]! + 1);
    }
  const starts = [...bounds].sort((a, b) => a - b);
  const classOf = new Uint16Array(0x10000);
  for (let c = 0; c < starts.length; c++) classOf.fill(c, starts[c], starts[c + 1] ?? 0x10000);
  const classes = starts.length;
  const setHas = new Uint8Array(builder.sets.length * classes);
  builder.sets.forEach((set, id) => {
    for (let c = 0; c < classes; c++) {
      const unit = starts[c]!;
      for (let i = 0; i < set.length; i += 2)
        if (unit >= set[i]! && unit <= set[i + 1]!) setHas[id * classes + c] = 1;
    }
  });
  return {
    op: Uint8Array.from(builder.op),
    next: Int32Array.from(builder.next),
    arg: Int32Array.from(builder.arg),
    start,
    classOf,
    classes,
    setHas,
    assertions: ASSERTIONS,
  };
}
