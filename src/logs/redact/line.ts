import { checkJsonObject, JSON_CHECK, keysInLastCheck } from './json-check.js';
import { REDACTED, redactEvent } from './rules.js';
import { LineScan, provablyClean, spellsTrigger, SuspectFinder } from './scan.js';
import { BUILT_IN_RULES, type RedactionRules } from './settings.js';

/** What became of one line. */
export interface RedactedLine {
  /** The line to write, without a newline: the very Buffer given when nothing changed. */
  line: Buffer;
  /** Values replaced by {@link REDACTED}. */
  redacted: number;
  /** Where each replaced value was, one entry per value (`secrets.data`, …). */
  locations: string[];
  /** True when the line could not be parsed and was replaced whole. */
  unparseable: boolean;
  /**
   * The JSON object `line` holds, as this check parsed it (after the rules applied), when it
   * parsed the line: a reader that needs the event takes it instead of parsing `line` again.
   * When the line was written again, it is the value written: parsing `line` gives the same.
   */
  parsed?: object;
}

/** The location of a line written again from its parsed form because a key in it repeated. */
export const REPEATED_KEYS = 'repeated-keys';

/**
 * The line that stands in for one that could not be checked: a JSON object (so readers that skip
 * non-events skip it too) saying what happened and how long the original was.
 */
export function unparseableMarker(bytes: number, reason = 'it is not a JSON object'): Buffer {
  return Buffer.from(
    JSON.stringify({
      redacted: REDACTED,
      reason: `a line was replaced because ${reason}, so it could not be checked for secrets`,
      bytes,
    }),
  );
}

/**
 * Redacts one audit log line (without its newline). A line that provably needs no change (see
 * `scan.ts`) is returned as it is, unparsed; any other is parsed, and only when a value was
 * replaced, or a key repeated in a line that spells a trigger word, is it serialised again. A
 * line that is not a whole JSON object is replaced by {@link unparseableMarker}: it cannot be
 * checked.
 */
export function redactLine(
  input: string | Buffer,
  finder?: SuspectFinder,
  rules: RedactionRules = BUILT_IN_RULES,
): RedactedLine {
  const line = typeof input === 'string' ? Buffer.from(input) : input;
  if (provablyClean(line, 0, line.length, finder ?? new SuspectFinder(line, LineScan.of(rules))))
    return { line, redacted: 0, locations: [], unparseable: false };
  return redactParsed(line, rules);
}

/** Keys in every object of a parsed value, walked without recursion (it may nest deeply). */
function keysInTree(root: unknown): number {
  let keys = 0;
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) for (const item of node as unknown[]) stack.push(item);
    else {
      const values = Object.values(node);
      keys += values.length;
      for (const value of values) if (typeof value === 'object') stack.push(value);
    }
  }
  return keys;
}

/**
 * Whether the line, which `JSON.parse` took as `parsed`, repeats a key somewhere: `JSON.parse`,
 * like Go's decoder, keeps the last value, so the parse holds fewer keys than the text spells.
 */
export function repeatsKeys(line: Buffer, parsed: unknown): boolean {
  // The parse proved the strings valid: the check only finds their ends (json-check.ts).
  const check = checkJsonObject(line, 0, line.length, true);
  if (check === JSON_CHECK.clean) return false;
  // Whole but keys not told apart by their bytes: count. (Invalid cannot be, as JSON.parse took
  // the line; were the two ever to disagree, writing the parse again is the safe side.)
  return check === JSON_CHECK.invalid || keysInLastCheck() > keysInTree(parsed);
}

/**
 * The full check of a line: parse, apply the rules, serialise when something changed or a key
 * repeated in a line that spells a trigger word — never keep bytes whose first value of a
 * repeated key no rule saw. (A line that spells none holds no value, first or last, that a rule
 * acts on: it is kept as the fast path keeps it, scan.ts.) A line too deep to serialise again is
 * replaced by the marker.
 */
export function redactParsed(line: Buffer, rules: RedactionRules = BUILT_IN_RULES): RedactedLine {
  let event: unknown;
  const text = line.toString('utf8');
  try {
    event = JSON.parse(text);
  } catch {
    // A blank line holds nothing; it stays, uncounted.
    if (text.trim() === '') return { line, redacted: 0, locations: [], unparseable: false };
    return { line: unparseableMarker(line.length), redacted: 0, locations: [], unparseable: true };
  }
  if (typeof event !== 'object' || event === null || Array.isArray(event))
    return { line: unparseableMarker(line.length), redacted: 0, locations: [], unparseable: true };
  const repeated =
    spellsTrigger(line, 0, line.length, new SuspectFinder(line, LineScan.of(rules))) &&
    repeatsKeys(line, event);
  const locations = redactEvent(event, rules);
  if (repeated) locations.push(REPEATED_KEYS);
  if (locations.length === 0)
    return { line, redacted: 0, locations, unparseable: false, parsed: event };
  let written: string;
  try {
    written = JSON.stringify(event);
  } catch {
    return {
      line: unparseableMarker(line.length, 'it is nested too deeply to be written again'),
      redacted: 0,
      locations: [],
      unparseable: true,
    };
  }
  return {
    line: Buffer.from(written),
    redacted: locations.length,
    locations,
    unparseable: false,
    parsed: event,
  };
}
