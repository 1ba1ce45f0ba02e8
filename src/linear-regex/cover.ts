import { OP, type Program } from './program.js';

/** The threads alive at one position: automaton states, each with the earliest start reaching it. */
class ThreadList {
  readonly states: Int32Array;
  readonly starts: Int32Array;
  length = 0;
  /** Earliest start of a match ending here; -1 for none. */
  matchStart = -1;
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(size: number) {
    this.states = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.seen = new Int32Array(size);
  }

  clear(): void {
    this.length = 0;
    this.matchStart = -1;
    this.stamp++;
  }

  /** Marks `state` as reached; false when it was already (by an earlier start). */
  visit(state: number): boolean {
    if (this.seen[state] === this.stamp) return false;
    this.seen[state] = this.stamp;
    return true;
  }
}

const isWord = (unit: number) =>
  (unit >= 0x30 && unit <= 0x39) ||
  (unit >= 0x41 && unit <= 0x5a) ||
  unit === 0x5f ||
  (unit >= 0x61 && unit <= 0x7a);

/**
 * Every stretch of `text` that some match covers, as merged `[start, end)` pairs in order. One
 * pass, as Thompson's simulation of the automaton (Pike's VM): a thread starts at every position,
 * and of the threads that reach a state only the earliest-started is kept, so each position costs
 * at most the program's size — linear in the text. At each end position the earliest start of a
 * match ending there is known; every match lies inside the stretch from that start to that end,
 * so the stretches together cover exactly the characters some match covers.
 */
export function coveredSpans(program: Program, text: string): number[] {
  const { op, next, arg, classOf, setHas, classes, assertions } = program;
  const size = op.length;
  let current = new ThreadList(size);
  let following = new ThreadList(size);
  const stack: number[] = [];
  const spans: number[] = [];
  const wordAt = (i: number) => i >= 0 && i < text.length && isWord(text.charCodeAt(i));
  const holds = (kind: number, at: number): boolean => {
    switch (assertions[kind]) {
      case 'start':
        return at === 0;
      case 'end':
        return at === text.length;
      case 'word':
        return wordAt(at - 1) !== wordAt(at);
      default:
        return wordAt(at - 1) === wordAt(at);
    }
  };
  const add = (list: ThreadList, entry: number, start: number, at: number) => {
    stack.push(entry);
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (!list.visit(s)) continue;
      const kind = op[s];
      if (kind === OP.char) {
        list.states[list.length] = s;
        list.starts[list.length++] = start;
      } else if (kind === OP.match) {
        if (list.matchStart < 0) list.matchStart = start;
      } else if (kind === OP.split) stack.push(arg[s]!, next[s]!);
      else if (holds(arg[s]!, at)) stack.push(next[s]!);
    }
  };
  current.clear();
  for (let at = 0; ; at++) {
    // The new thread comes after the older ones, so each state keeps its earliest start.
    add(current, program.start, at, at);
    if (current.matchStart >= 0) record(spans, current.matchStart, at);
    if (at === text.length) break;
    const cls = classOf[text.charCodeAt(at)]!;
    following.clear();
    for (let i = 0; i < current.length; i++) {
      const s = current.states[i]!;
      if (setHas[arg[s]! * classes + cls]) add(following, next[s]!, current.starts[i]!, at + 1);
    }
    [current, following] = [following, current];
  }
  return spans;
}

/** Adds `[start, end)` to the ordered stretches, merging those it overlaps or touches. */
function record(spans: number[], start: number, end: number): void {
  let from = start;
  while (spans.length > 0 && from <= spans[spans.length - 1]!) {
    spans.pop();
    from = Math.min(from, spans.pop()!);
  }
  spans.push(from, end);
}
