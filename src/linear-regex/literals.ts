import type { Ast } from './parse.js';

/** Alternatives kept at most: more say too little to be worth searching for. */
const MAX_ALTERNATIVES = 8;
/** Shorter words than this are in almost every line: searching for them proves nothing. */
const MIN_LENGTH = 3;

/** The one code unit a set holds, or -1. */
function single(ast: Ast): number {
  return ast.type === 'set' && ast.ranges.length === 2 && ast.ranges[0] === ast.ranges[1]
    ? (ast.ranges[0] as number)
    : -1;
}

/** Items of a sequence with nested sequences spliced in (concatenation is associative). */
function flat(items: readonly Ast[]): Ast[] {
  return items.flatMap((item) => (item.type === 'seq' ? flat(item.items) : [item]));
}

/** The better of two candidates: the one whose shortest word is longest, then fewer words. */
function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  const score = (words: string[]) => Math.min(...words.map((w) => w.length));
  if (score(a) !== score(b)) return score(a) > score(b) ? a : b;
  return a.length <= b.length ? a : b;
}

function required(ast: Ast): string[] | undefined {
  switch (ast.type) {
    case 'set': {
      const unit = single(ast);
      return unit < 0 ? undefined : [String.fromCharCode(unit)];
    }
    case 'assert':
      return undefined;
    case 'repeat':
      return ast.min >= 1 ? required(ast.item) : undefined;
    case 'alt': {
      const words: string[] = [];
      for (const item of ast.items) {
        const found = required(item);
        if (!found) return undefined;
        words.push(...found);
      }
      return words.length <= MAX_ALTERNATIVES ? [...new Set(words)] : undefined;
    }
    case 'seq': {
      let best: string[] | undefined;
      let run = '';
      for (const item of [...flat(ast.items), undefined]) {
        const unit = item ? single(item) : -1;
        if (unit >= 0) {
          run += String.fromCharCode(unit);
          continue;
        }
        if (run) best = better(best, [run]);
        run = '';
        if (item) best = better(best, required(item));
      }
      return best;
    }
  }
}

/**
 * Printable ASCII but the quote and the backslash: what JSON writes as it is, so a word of these
 * is in a line's bytes unless an escape (`\uXXXX`, `\/`) spells one of its characters.
 */
const VERBATIM = /^[\x20-\x21\x23-\x5b\x5d-\x7e]+$/;

/**
 * Words of which every match of `ast` contains at least one, as written (a pattern with `(?i)`
 * has none: its letters match either case); `undefined` when there are none worth searching for
 * (each must be at least 3 characters JSON writes as they are). A text without any of them holds
 * no match.
 */
export function requiredWords(ast: Ast, ignoreCase: boolean): string[] | undefined {
  if (ignoreCase) return undefined;
  const words = required(ast);
  return words && words.every((w) => w.length >= MIN_LENGTH && VERBATIM.test(w))
    ? words
    : undefined;
}
