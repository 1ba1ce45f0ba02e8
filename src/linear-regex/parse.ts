/**
 * The syntax of a user's pattern: a subset of JavaScript's regular expressions (without the `u`
 * flag: a character is a UTF-16 code unit) that a finite automaton can run, so that matching costs
 * time linear in the text whatever the pattern (no backtracking, unlike `RegExp`). What a finite
 * automaton cannot do — backreferences, lookaround — is refused, as are lazy quantifiers: matches
 * here cover every character any match covers, so laziness would have no effect and mislead.
 */

/** A set of UTF-16 code units: sorted, disjoint, non-adjacent inclusive ranges `[lo, hi, …]`. */
export type Ranges = readonly number[];

/** Zero-width tests: start and end of the text, a word boundary (`\b`) and its negation. */
export type Assertion = 'start' | 'end' | 'word' | 'notWord';

export type Ast =
  | { type: 'set'; ranges: Ranges }
  | { type: 'seq'; items: Ast[] }
  | { type: 'alt'; items: Ast[] }
  /** `max` -1: unbounded. */
  | { type: 'repeat'; item: Ast; min: number; max: number }
  | { type: 'assert'; what: Assertion };

/** A pattern this engine cannot run, with what is wrong and where. */
export class PatternError extends Error {
  override name = 'PatternError';

  constructor(
    /** What is wrong, and where. */
    readonly reason: string,
    /** The pattern, when one alone is at fault. */
    readonly pattern?: string,
  ) {
    super(pattern === undefined ? reason : `${JSON.stringify(pattern)}: ${reason}`);
  }
}

/** What the syntax allows, in one sentence, for error messages. */
export const ALLOWED_SYNTAX =
  'characters and escapes (\\. \\d \\w \\s \\b \\xHH \\uHHHH …), [classes], . ^ $, groups ( ) (?: ), |, the quantifiers * + ? {n} {n,} {n,m} (n, m at most 1000), and (?i) at the very start for ASCII letters in either case';

/** The largest count a `{n,m}` quantifier may name. */
export const MAX_COUNT = 1000;

const MAX_UNIT = 0xffff;

const DIGIT: Ranges = [0x30, 0x39];
const WORD: Ranges = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
// JavaScript's \s: WhiteSpace and LineTerminator of ECMA-262.
const SPACE: Ranges = [
  0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f,
  0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff,
];
const LINE_TERMINATORS: Ranges = [0x0a, 0x0a, 0x0d, 0x0d, 0x2028, 0x2029];

/** The union of any number of range sets. */
export function union(...sets: Ranges[]): Ranges {
  const pairs: [number, number][] = [];
  for (const set of sets)
    for (let i = 0; i < set.length; i += 2) pairs.push([set[i]!, set[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of pairs) {
    const last = out.length - 1;
    if (last > 0 && lo <= out[last]! + 1) out[last] = Math.max(out[last]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

/** Every code unit not in `set`. */
export function complement(set: Ranges): Ranges {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < set.length; i += 2) {
    if (set[i]! > next) out.push(next, set[i]! - 1);
    next = set[i + 1]! + 1;
  }
  if (next <= MAX_UNIT) out.push(next, MAX_UNIT);
  return out;
}

/** `set` with each ASCII letter's other case added. */
function caseFolded(set: Ranges): Ranges {
  const extra: number[] = [];
  for (let i = 0; i < set.length; i += 2) {
    for (const [from, to, shift] of [
      [0x41, 0x5a, 0x20],
      [0x61, 0x7a, -0x20],
    ] as const) {
      const lo = Math.max(set[i]!, from);
      const hi = Math.min(set[i + 1]!, to);
      if (lo <= hi) extra.push(lo + shift, hi + shift);
    }
  }
  return union(set, extra);
}

class Parser {
  private at = 0;
  private ignoreCase = false;

  constructor(private readonly text: string) {}

  parse(): Ast {
    if (this.text.startsWith('(?i)')) {
      this.ignoreCase = true;
      this.at = 4;
    }
    const ast = this.alternation();
    if (this.at < this.text.length) {
      // Only an unmatched `)` stops an alternation early.
      throw this.error(`")" closes no group`);
    }
    return ast;
  }

  private error(message: string, at = this.at): PatternError {
    return new PatternError(`at character ${at + 1}: ${message}`);
  }

  private peek(): string | undefined {
    return this.text[this.at];
  }

  private alternation(): Ast {
    const items = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      items.push(this.sequence());
    }
    return items.length === 1 ? items[0]! : { type: 'alt', items };
  }

  private sequence(): Ast {
    const items: Ast[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      const start = this.at;
      const atom = this.atom();
      items.push(this.quantified(atom, start));
    }
    return items.length === 1 ? items[0]! : { type: 'seq', items };
  }

  private quantified(atom: Ast, start: number): Ast {
    const quantifier = this.quantifier();
    if (!quantifier) return atom;
    if (atom.type === 'assert')
      throw this.error('a quantifier cannot follow an anchor or \\b: it repeats nothing', start);
    if (this.peek() === '?')
      throw this.error(
        'lazy quantifiers (*? +? ?? {n,m}?) are not supported: every character any match covers is redacted, so laziness would change nothing; use a narrower class, e.g. [^&]*',
      );
    if (this.peek() !== undefined && '*+{'.includes(this.peek()!) && this.quantifierAhead())
      throw this.error('a quantifier cannot follow a quantifier; group the first, e.g. (a+)*');
    return { type: 'repeat', item: atom, ...quantifier };
  }

  /** True when a quantifier starts here (a `{` only when it is a whole `{n,m}`). */
  private quantifierAhead(): boolean {
    const c = this.peek();
    if (c === '*' || c === '+' || c === '?') return true;
    return c === '{' && /^\{\d+(,\d*)?\}/.test(this.text.slice(this.at));
  }

  private quantifier(): { min: number; max: number } | undefined {
    const c = this.peek();
    if (c === '*' || c === '+' || c === '?') {
      this.at++;
      return c === '*' ? { min: 0, max: -1 } : c === '+' ? { min: 1, max: -1 } : { min: 0, max: 1 };
    }
    if (c !== '{') return undefined;
    const found = /^\{(\d+)(,(\d*))?\}/.exec(this.text.slice(this.at));
    if (!found) throw this.error('"{" starts no {n}, {n,} or {n,m}; write \\{ for the character');
    const min = Number(found[1]);
    const max = found[2] === undefined ? min : found[3] === '' ? -1 : Number(found[3]);
    if (min > MAX_COUNT || max > MAX_COUNT)
      throw this.error(`a count above ${MAX_COUNT} is not allowed`);
    if (max !== -1 && max < min) throw this.error(`{${min},${max}} counts down`);
    this.at += found[0].length;
    return { min, max };
  }

  private atom(): Ast {
    const c = this.text[this.at]!;
    const start = this.at;
    this.at++;
    switch (c) {
      case '(':
        return this.group(start);
      case '[':
        return this.set(this.classBody(start));
      case '.':
        return this.set(complement(LINE_TERMINATORS));
      case '^':
        return { type: 'assert', what: 'start' };
      case '$':
        return { type: 'assert', what: 'end' };
      case '\\':
        return this.escapeAtom(start);
      case '*':
      case '+':
      case '?':
        throw this.error(`"${c}" repeats nothing: escape it as \\${c} for the character`, start);
      case '{':
        throw this.error(
          this.quantifierAhead() || /^\{\d/.test(this.text.slice(start))
            ? '{n,m} repeats nothing'
            : '"{" starts no {n}, {n,} or {n,m}; write \\{ for the character',
          start,
        );
      case ']':
      case '}':
        throw this.error(`"${c}" opens nothing: escape it as \\${c} for the character`, start);
      default:
        return this.set([c.charCodeAt(0), c.charCodeAt(0)]);
    }
  }

  private set(ranges: Ranges): Ast {
    return { type: 'set', ranges: this.ignoreCase ? caseFolded(ranges) : ranges };
  }

  private group(start: number): Ast {
    if (this.text.startsWith('?', this.at)) {
      const rest = this.text.slice(this.at);
      if (rest.startsWith('?:')) this.at += 2;
      else if (/^\?<[A-Za-z_$][\w$]*>/.test(rest)) this.at += rest.indexOf('>') + 1;
      else if (/^\?(=|!|<=|<!)/.test(rest))
        throw this.error('lookahead and lookbehind are not supported', start);
      else if (rest.startsWith('?i)'))
        throw this.error('(?i) is only allowed at the very start of the pattern', start);
      else throw this.error('"(?" starts no supported group: use ( ) or (?: )', start);
    }
    const inner = this.alternation();
    if (this.peek() !== ')') throw this.error('"(" is never closed', start);
    this.at++;
    return inner;
  }

  /** After a `\` outside a class. */
  private escapeAtom(start: number): Ast {
    const c = this.text[this.at];
    if (c === 'b' || c === 'B') {
      this.at++;
      return { type: 'assert', what: c === 'b' ? 'word' : 'notWord' };
    }
    return this.set(this.escape(start, false));
  }

  /** After a `\`, in a class or not: the code units it stands for. */
  private escape(start: number, inClass: boolean): Ranges {
    const c = this.text[this.at];
    if (c === undefined) throw this.error('the pattern ends with a lone "\\"', start);
    this.at++;
    switch (c) {
      case 'd':
        return DIGIT;
      case 'D':
        return complement(DIGIT);
      case 'w':
        return WORD;
      case 'W':
        return complement(WORD);
      case 's':
        return SPACE;
      case 'S':
        return complement(SPACE);
      case 't':
        return [9, 9];
      case 'n':
        return [10, 10];
      case 'v':
        return [11, 11];
      case 'f':
        return [12, 12];
      case 'r':
        return [13, 13];
      case 'x':
      case 'u': {
        const digits = c === 'x' ? 2 : 4;
        const hex = this.text.slice(this.at, this.at + digits);
        if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(hex))
          throw this.error(`\\${c} needs ${digits} hexadecimal digits`, start);
        this.at += digits;
        const unit = parseInt(hex, 16);
        return [unit, unit];
      }
      case '0':
        if (!/\d/.test(this.peek() ?? '')) return [0, 0];
    }
    if (/[1-9]/.test(c)) throw this.error('backreferences (\\1 …) are not supported', start);
    if (c === 'b' && inClass) throw this.error('[\\b] is not supported: write \\x08', start);
    if (/[A-Za-z0-9]/.test(c))
      throw this.error(`\\${c} is not a supported escape (${ALLOWED_SYNTAX})`, start);
    return [c.charCodeAt(0), c.charCodeAt(0)];
  }

  /** After a `[`: the class's code units. */
  private classBody(start: number): Ranges {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const parts: Ranges[] = [];
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw this.error('"[" is never closed', start);
      if (c === ']' && !first) break;
      if (c === ']') throw this.error('an empty class [] matches nothing', start);
      first = false;
      const from = this.classAtom();
      if (this.peek() === '-' && this.text[this.at + 1] !== ']' && this.text[this.at + 1]) {
        const dash = this.at;
        this.at++;
        const to = this.classAtom();
        if (from.length !== 2 || to.length !== 2 || from[0] !== from[1] || to[0] !== to[1])
          throw this.error('a range must run between two single characters', dash);
        if (to[0]! < from[0]!) throw this.error('the range runs backwards', dash);
        parts.push([from[0]!, to[0]!]);
      } else parts.push(from);
    }
    this.at++;
    // As RegExp does with `i`: the class is folded first, then negated ([^a] excludes A too).
    const set = this.ignoreCase ? caseFolded(union(...parts)) : union(...parts);
    return negated ? complement(set) : set;
  }

  private classAtom(): Ranges {
    const start = this.at;
    const c = this.text[this.at]!;
    this.at++;
    if (c === '\\') return this.escape(start, true);
    if (c === '[' && this.text[this.at] === ':')
      throw this.error('POSIX classes ([:alpha:]) are not supported; use \\w, \\d, \\s', start);
    return [c.charCodeAt(0), c.charCodeAt(0)];
  }
}

/** True when `ast` can match without consuming a character. */
export function nullable(ast: Ast): boolean {
  switch (ast.type) {
    case 'set':
      return false;
    case 'assert':
      return true;
    case 'seq':
      return ast.items.every(nullable);
    case 'alt':
      return ast.items.some(nullable);
    case 'repeat':
      return ast.min === 0 || nullable(ast.item);
  }
}

/**
 * Parses `pattern`; throws a {@link PatternError} that says what is not allowed, and where. A
 * pattern that can match the empty string is refused: it would redact nothing.
 */
export function parsePattern(pattern: string): Ast {
  if (pattern === '') throw new PatternError('the pattern is empty');
  const ast = new Parser(pattern).parse();
  if (nullable(ast))
    throw new PatternError(
      'it can match the empty string, which redacts nothing: every match must hold at least one character (e.g. x+ rather than x*)',
    );
  return ast;
}
