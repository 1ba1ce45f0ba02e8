import type { PatternSet } from '../../linear-regex/index.js';
import { isWholeJsonObject } from './json-check.js';
import { BUILT_IN_RULES, type RedactionRules } from './settings.js';

/**
 * The fast check: which lines can be proven, without parsing them, to need no change.
 *
 * A line is kept as it is only when all of these hold:
 * - it spells none of the rules' trigger words (`RedactionRules.triggers`: rules.ts fires
 *   only on one of them, so a line without any holds nothing any rule would replace);
 * - no JSON escape in it may spell a byte of a trigger word: `\uXXXX` can spell any character,
 *   and `\/` a slash, which would hide a word from a byte search (a client's patch is logged as
 *   sent, so it may spell `"Secret` as `\u0022Secret`). Go's encoder only writes `\u` for `<`, `>`,
 *   `&`, control characters and U+2028/9, so real lines almost never take the full check for this;
 * - it is one whole JSON object (json-check.ts): a cut-off or damaged line cannot be checked, and
 *   takes the full check, which replaces it. Whether a key repeats does not matter here: a repeat
 *   may hide a first value from a parse, which keeps the last, but with no trigger word and no
 *   escape that may spell one anywhere in its bytes, no value of the line, first or last, is one a
 *   rule acts on. (The full check writes a line whose keys repeat from its parse only when it
 *   spells a trigger word: line.ts.)
 * - none of the user's patterns may match in it: a pattern every match of which spells one of a
 *   few words (`command=`, `AKIA`) adds them to the trigger words; the others' automaton reads
 *   the line's bytes.
 */

const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const ESCAPE_U = Buffer.from('\\u');
const ESCAPE_SLASH = Buffer.from('\\/');

/** The rules as the fast check uses them, built once per set of rules. */
export class LineScan {
  /** Each trigger word, searched by its part after `lead` and confirmed by the bytes before. */
  readonly needles: readonly { search: Buffer; before: Buffer }[];
  /** Per ASCII byte: whether some trigger word spells it (an escape of it may hide the word). */
  readonly hideable: Uint8Array;
  /** Whether some trigger word holds a `/`, which JSON may spell `\/`. */
  readonly slashHides: boolean;
  /** The user's patterns, when some match need not spell a trigger word: run on each line. */
  readonly patterns: PatternSet | undefined;

  private constructor(rules: RedactionRules) {
    this.needles = rules.triggers.map(({ word, lead }) => ({
      search: Buffer.from(word.slice(lead)),
      before: Buffer.from(word.slice(0, lead)),
    }));
    this.hideable = new Uint8Array(128);
    this.hideable[QUOTE] = 1;
    for (const { word } of rules.triggers)
      for (const c of Buffer.from(word)) if (c < 128) this.hideable[c] = 1;
    this.slashHides = this.hideable[0x2f] === 1;
    // Patterns whose matches spell a trigger word need no automaton here.
    this.patterns = rules.patterns?.requiredWords ? undefined : rules.patterns;
  }

  private static readonly cache = new WeakMap<RedactionRules, LineScan>();

  /** The scan of `rules`, made once. */
  static of(rules: RedactionRules): LineScan {
    let scan = LineScan.cache.get(rules);
    if (!scan) {
      scan = new LineScan(rules);
      LineScan.cache.set(rules, scan);
    }
    return scan;
  }
}

function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/**
 * True when the `\u` at `at` may spell a byte of a trigger word (or it is malformed: then let
 * JSON.parse judge).
 */
export function escapeMayHideNeedle(buf: Buffer, at: number, hideable: Uint8Array): boolean {
  let code = 0;
  for (let i = 2; i < 6; i++) {
    const digit = hexValue(buf[at + i]);
    if (digit < 0) return true;
    code = code * 16 + digit;
  }
  return code < 128 && hideable[code] === 1;
}

/**
 * Finds, across a region of many lines, the next place that forces a full check, so that each
 * needle is searched once per occurrence rather than once per line.
 */
export class SuspectFinder {
  private readonly next: number[];
  private nextEscape = -1;
  private nextSlash = -1;

  constructor(
    private readonly buf: Buffer,
    readonly scan: LineScan = LineScan.of(BUILT_IN_RULES),
  ) {
    this.next = scan.needles.map(() => -1);
    if (!scan.slashHides) this.nextSlash = -2;
  }

  /** The first confirmed match of needle `i` at or after `from`, -2 when there is none. */
  private find(i: number, from: number): number {
    const { search, before } = this.scan.needles[i] as { search: Buffer; before: Buffer };
    for (let at = this.buf.indexOf(search, from); at >= 0; at = this.buf.indexOf(search, at + 1)) {
      const lead = at - before.length;
      if (lead >= 0 && this.buf.compare(before, 0, before.length, lead, at) === 0) return at;
    }
    return -2;
  }

  /** True when `buf[start, end)` contains a needle or an escape that may hide one. */
  suspect(start: number, end: number): boolean {
    for (let i = 0; i < this.next.length; i++) {
      let at = this.next[i] ?? -1;
      if (at !== -2 && at < start) {
        at = this.find(i, start);
        this.next[i] = at;
      }
      if (at >= 0 && at < end) return true;
    }
    if (this.nextSlash !== -2) {
      if (this.nextSlash < start) {
        const at = this.buf.indexOf(ESCAPE_SLASH, start);
        this.nextSlash = at < 0 ? -2 : at;
      }
      if (this.nextSlash >= 0 && this.nextSlash < end) return true;
    }
    while (this.nextEscape !== -2) {
      if (this.nextEscape < start) {
        const at = this.buf.indexOf(ESCAPE_U, start);
        this.nextEscape = at < 0 ? -2 : at;
        continue;
      }
      if (this.nextEscape >= end) return false;
      if (escapeMayHideNeedle(this.buf, this.nextEscape, this.scan.hideable)) return true;
      const at = this.buf.indexOf(ESCAPE_U, this.nextEscape + 2);
      this.nextEscape = at < 0 ? -2 : at;
    }
    return false;
  }
}

/**
 * True when `buf[start, end)` (one line, without its newline) provably needs no change: see the
 * top of this file.
 */
export function provablyClean(
  buf: Buffer,
  start = 0,
  end = buf.length,
  finder = new SuspectFinder(buf),
): boolean {
  return cleanIfWhole(buf, start, end, finder) && isWholeJsonObject(buf, start, end);
}

/**
 * Every condition of {@link provablyClean} but the last: the line spells nothing a rule or pattern
 * acts on, so it needs no change if it is one whole JSON object. A caller that parses the line
 * anyway proves that by its parse instead of the byte check (`StreamRedactor`'s `parses`).
 */
export function cleanIfWhole(
  buf: Buffer,
  start: number,
  end: number,
  finder: SuspectFinder,
): boolean {
  if (end - start < 2 || buf[start] !== OPEN_BRACE || buf[end - 1] !== CLOSE_BRACE) return false;
  return !spellsTrigger(buf, start, end, finder);
}

/**
 * Whether `buf[start, end)` spells something a rule or a pattern may act on: a trigger word, an
 * escape that may spell a byte of one, or bytes one of the user's patterns may match.
 */
export function spellsTrigger(
  buf: Buffer,
  start: number,
  end: number,
  finder: SuspectFinder,
): boolean {
  return finder.suspect(start, end) || !!finder.scan.patterns?.mayMatchJson(buf, start, end);
}
