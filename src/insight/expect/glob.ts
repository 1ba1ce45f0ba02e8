/**
 * A compiled `*` glob: `*` matches any run of characters (none included), every other character
 * only itself. Patterns come from users and are matched against values from a hostile log, so no
 * regular expression is built from them: matching is a scan of literal parts with `indexOf`,
 * without backtracking.
 */
export interface Glob {
  /** The pattern as written. */
  readonly text: string;
  matches(value: string): boolean;
}

/** Compiles `pattern`; `*` is the only special character. */
export function compileGlob(pattern: string): Glob {
  const parts = pattern.split('*');
  if (parts.length === 1) return { text: pattern, matches: (value) => value === pattern };
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const middle = parts.slice(1, -1).filter((p) => p !== '');
  const fixed = first.length + last.length;
  return {
    text: pattern,
    matches(value) {
      if (value.length < fixed || !value.startsWith(first) || !value.endsWith(last)) return false;
      // Leftmost placement of each middle part is always safe for `*`-only globs: taking a part
      // earlier never leaves less room for the parts after it.
      let at = first.length;
      const end = value.length - last.length;
      for (const part of middle) {
        const found = value.indexOf(part, at);
        if (found === -1 || found + part.length > end) return false;
        at = found + part.length;
      }
      return true;
    },
  };
}

/** True when any of `globs` matches `value`. */
export function anyMatches(globs: readonly Glob[], value: string): boolean {
  return globs.some((g) => g.matches(value));
}
