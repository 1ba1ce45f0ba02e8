import { REDACTED, redactEvent } from './redact-rules.js';
import { provablyClean, type SuspectFinder } from './redact-scan.js';

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
}

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
 * Redacts one audit log line (without its newline). A line that provably mentions nothing secret
 * (see `redact-scan.ts`) is returned as it is, unparsed; any other is parsed, and only when a value
 * was replaced is it serialised again. A line that is not a JSON object is replaced by
 * {@link unparseableMarker}: it cannot be checked.
 *
 * The fast path agrees with a full parse on every line that is JSON. A line shaped `{…}` that is not
 * JSON and mentions no needle is kept: it cannot hold anything a rule would replace.
 */
export function redactLine(input: string | Buffer, finder?: SuspectFinder): RedactedLine {
  const line = typeof input === 'string' ? Buffer.from(input) : input;
  if (provablyClean(line, 0, line.length, finder))
    return { line, redacted: 0, locations: [], unparseable: false };
  return redactParsed(line);
}

/** The full check of a line: parse, apply the rules, serialise only if something changed. */
export function redactParsed(line: Buffer): RedactedLine {
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
  const locations = redactEvent(event);
  if (locations.length === 0) return { line, redacted: 0, locations, unparseable: false };
  return {
    line: Buffer.from(JSON.stringify(event)),
    redacted: locations.length,
    locations,
    unparseable: false,
  };
}
