/**
 * Users' regular expressions, run in time linear in the text whatever the pattern: a finite
 * automaton (parse.ts → program.ts), asked first whether a text may hold a match at all
 * (search.ts, a lazily built DFA) and only then where (cover.ts, a one-pass simulation). No
 * `RegExp` ever runs a user's pattern, so none can backtrack catastrophically on hostile text.
 */
import { coveredSpans } from './cover.js';
import { requiredWords } from './literals.js';
import { ALLOWED_SYNTAX, MAX_COUNT, parsePattern, PatternError, type Ast } from './parse.js';
import { compileProgram, MAX_STATES, type Program } from './program.js';
import { LazyDfa } from './search.js';

export { ALLOWED_SYNTAX, MAX_COUNT, MAX_STATES, PatternError };

/** Several patterns, matched as one. */
export class PatternSet {
  private readonly dfa: LazyDfa;

  private constructor(
    /** The patterns as written. */
    readonly patterns: readonly string[],
    private readonly program: Program,
    /**
     * Words of which every match of some pattern contains one (see literals.ts); `undefined` when
     * a pattern has none worth searching for. A text that holds none of them holds no match.
     */
    readonly requiredWords: readonly string[] | undefined,
  ) {
    this.dfa = new LazyDfa(program);
  }

  /**
   * Compiles `patterns`; throws a {@link PatternError} whose message starts with the pattern
   * that is not allowed (or says that all of them together are too large).
   */
  static compile(patterns: readonly string[]): PatternSet {
    const asts: Ast[] = patterns.map((pattern) => {
      try {
        return parsePattern(pattern);
      } catch (error) {
        if (error instanceof PatternError) throw new PatternError(error.reason, pattern);
        throw error;
      }
    });
    const words: string[] = [];
    for (const [i, ast] of asts.entries()) {
      const found = requiredWords(ast, patterns[i]?.startsWith('(?i)') ?? false);
      if (!found) return new PatternSet(patterns, compileProgram(asts), undefined);
      words.push(...found);
    }
    return new PatternSet(patterns, compileProgram(asts), [...new Set(words)]);
  }

  /** True when a string value of the JSON text `buf[start, end)` may hold a match. */
  mayMatchJson(buf: Buffer, start: number, end: number): boolean {
    return this.dfa.mayMatchJson(buf, start, end);
  }

  /**
   * `text` with every stretch some match of some pattern covers replaced by `marker`, or
   * `undefined` when nothing matches.
   */
  replace(text: string, marker: string): string | undefined {
    if (!this.dfa.mayMatchText(text)) return undefined;
    const spans = coveredSpans(this.program, text);
    if (spans.length === 0) return undefined;
    let out = '';
    let at = 0;
    for (let i = 0; i < spans.length; i += 2) {
      out += text.slice(at, spans[i]) + marker;
      at = spans[i + 1]!;
    }
    return out + text.slice(at);
  }
}
