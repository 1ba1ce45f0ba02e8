/**
 * A byte-level check that a line is one whole JSON object, as `JSON.parse` of its UTF-8 text
 * would accept it, and whether any object in it may repeat a key. It allocates nothing per line
 * and never builds the values, so the fast path of redaction can prove a line whole (not cut off,
 * not damaged) without parsing it.
 *
 * Repeated keys matter because `JSON.parse`, like Go's decoder, keeps the last value of a key while
 * a reader of the bytes may see the first: a line with them that spells a trigger word is never
 * kept as it is (scan.ts, line.ts). Keys are compared by a hash of what they decode to; a key
 * with a byte or escape above 0x7f, an object of more than {@link MAX_COMPARED_KEYS} keys or two
 * keys of the same hash leave the answer to the full check, which counts.
 */

/** What {@link checkJsonObject} found. */
export const JSON_CHECK = {
  /** One whole JSON object, and no object in it repeats a key. */
  clean: 0,
  /** Not one whole JSON object: cut off, damaged, or not JSON at all. */
  invalid: 1,
  /** A whole JSON object whose keys could not all be told apart here: the full check decides. */
  maybeRepeated: 2,
} as const;

export type JsonCheck = (typeof JSON_CHECK)[keyof typeof JSON_CHECK];

/** Keys of one object compared one by one; an object with more is left to the full check. */
const MAX_COMPARED_KEYS = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

// What the scanner expects next.
const VALUE = 0;
const FIRST_KEY = 1; // just after `{`: a key or `}`
const KEY = 2; // after `,` in an object
const AFTER_KEY = 3; // `:`
const FIRST_VALUE = 4; // just after `[`: a value or `]`
const AFTER_VALUE = 5; // `,`, or the close of the container

const IN_OBJECT = 1;
const IN_ARRAY = 2;

/** Scratch space, grown as deep or wide lines need it and reused by every line. */
let containers = new Uint8Array(256);
/** For each open object, where its keys' hashes start in `hashes`. */
let keysFrom = new Int32Array(256);
let hashes = new Int32Array(1024);

/** Per byte: 1 where a string's plain run stops (its closing quote, an escape, a control byte). */
const STRING_STOP = new Uint8Array(256);
for (let c = 0; c < 0x20; c++) STRING_STOP[c] = 1;
STRING_STOP[QUOTE] = 1;
STRING_STOP[BACKSLASH] = 1;

/** Per escaped byte after `\`: 1 for the one-letter escapes JSON allows, 2 for `u`. */
const ESCAPES = new Uint8Array(256);
for (const c of '"\\/bfnrt') ESCAPES[c.charCodeAt(0)] = 1;
ESCAPES[0x75] = 2;

function isHex(byte: number | undefined): boolean {
  if (byte === undefined) return false;
  return (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66);
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/**
 * The index after the escape at `at` (a backslash), or -1 when it is not one JSON allows.
 */
function escapeEnd(buf: Buffer, at: number, end: number): number {
  const kind = at + 1 < end ? ESCAPES[buf[at + 1] as number] : 0;
  if (kind === 1) return at + 2;
  if (kind !== 2 || at + 6 > end) return -1;
  for (let k = at + 2; k < at + 6; k++) if (!isHex(buf[k])) return -1;
  return at + 6;
}

/**
 * The end of the string value whose opening quote is at `at` (the index after its closing quote),
 * or -1 when it is not a valid JSON string before `end`. The closing quote is found by
 * `indexOf` (native); the bytes before it are checked for escapes and control characters only.
 */
function valueEnd(buf: Buffer, at: number, end: number): number {
  let i = at + 1;
  while (i < end) {
    const c = buf[i] as number;
    // One look-up a byte, without a branch on what kind of byte it is: text such as base64 or
    // prose mixes capitals, digits and lower case, and a branch on those is mispredicted often.
    if (STRING_STOP[c] === 0) {
      i++;
      continue;
    }
    if (c === QUOTE) return i + 1;
    if (c !== BACKSLASH) return -1;
    i = escapeEnd(buf, i, end);
    if (i < 0) return -1;
  }
  return -1;
}

/** Bytes of a string read one by one before the rest is searched for its closing quote. */
const SHORT_STRING = 64;

/**
 * {@link valueEnd} of a line `JSON.parse` already took, so that its strings are known valid: a
 * long string's closing quote is searched for (native `indexOf`) rather than read up to byte by
 * byte, and its bytes are not checked again. A quote is escaped when an odd run of backslashes
 * stands before it.
 */
function parsedValueEnd(buf: Buffer, at: number, end: number): number {
  let i = at + 1;
  const stop = Math.min(end, i + SHORT_STRING);
  for (; i < stop; i++) {
    const c = buf[i] as number;
    if (STRING_STOP[c] === 0) continue;
    if (c === QUOTE) return i + 1;
    // An escape (a control byte cannot be in a string JSON.parse took): skip the byte after it.
    i++;
  }
  for (;;) {
    const quote = buf.indexOf(QUOTE, i);
    if (quote < 0 || quote >= end) return -1;
    let run = 0;
    while (buf[quote - 1 - run] === BACKSLASH) run++;
    if (run % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/** What a short escape (`\n`, `\"`, …) decodes to, by the byte after the backslash. */
const ESCAPED_UNIT = new Int16Array(256).fill(-1);
for (const [c, unit] of [
  ['"', 0x22],
  ['\\', 0x5c],
  ['/', 0x2f],
  ['b', 0x08],
  ['f', 0x0c],
  ['n', 0x0a],
  ['r', 0x0d],
  ['t', 0x09],
] as const)
  ESCAPED_UNIT[c.charCodeAt(0)] = unit;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Like {@link valueEnd} for a key, also setting {@link lastHash} to the FNV-1a hash of the code
 * units `JSON.parse` decodes it to — escapes decoded, so `"a"` and `"\u0061"` hash alike — and
 * {@link lastComparable} false when a byte or escape above 0x7f leaves that unsure (malformed
 * UTF-8 decodes to U+FFFD whatever the bytes; a character may be spelt raw or escaped).
 */
function keyEnd(buf: Buffer, at: number, end: number): number {
  let h = FNV_OFFSET;
  let comparable = true;
  let i = at + 1;
  while (i < end) {
    const c = buf[i] as number;
    if (c > BACKSLASH) {
      if (c >= 0x80) comparable = false;
      h = Math.imul(h ^ c, FNV_PRIME);
      i++;
      continue;
    }
    if (c === QUOTE) {
      lastHash = h;
      lastComparable = comparable;
      return i + 1;
    }
    if (c === BACKSLASH) {
      const next = escapeEnd(buf, i, end);
      if (next < 0) return -1;
      const unit =
        next - i === 6
          ? parseInt(buf.toString('latin1', i + 2, i + 6), 16)
          : (ESCAPED_UNIT[buf[i + 1] as number] as number);
      if (unit >= 0x80) comparable = false;
      h = Math.imul(h ^ unit, FNV_PRIME);
      i = next;
      continue;
    }
    if (c < 0x20) return -1;
    h = Math.imul(h ^ c, FNV_PRIME);
    i++;
  }
  return -1;
}
let lastHash = 0;
let lastComparable = true;
let keysRead = 0;

/**
 * How many keys the last {@link checkJsonObject} read, repeats included: against the keys a parse
 * of the same line holds, it says exactly whether a key repeats (once the check found it whole).
 */
export function keysInLastCheck(): number {
  return keysRead;
}

function isDigit(buf: Buffer, i: number, end: number): boolean {
  if (i >= end) return false;
  const c = buf[i] as number;
  return c >= 0x30 && c <= 0x39;
}

/** The end of the number at `at`, or -1 when it is not a JSON number. */
function numberEnd(buf: Buffer, at: number, end: number): number {
  let i = at;
  if (buf[i] === 0x2d) i++;
  if (i < end && buf[i] === 0x30) i++;
  else if (isDigit(buf, i, end) && buf[i] !== 0x30) while (isDigit(buf, i, end)) i++;
  else return -1;
  if (i < end && buf[i] === 0x2e) {
    i++;
    if (!isDigit(buf, i, end)) return -1;
    while (isDigit(buf, i, end)) i++;
  }
  if (i < end && (buf[i] === 0x65 || buf[i] === 0x45)) {
    i++;
    if (i < end && (buf[i] === 0x2b || buf[i] === 0x2d)) i++;
    if (!isDigit(buf, i, end)) return -1;
    while (isDigit(buf, i, end)) i++;
  }
  return i;
}

const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const NULL = Buffer.from('null');

function literalEnd(buf: Buffer, at: number, end: number, word: Buffer): number {
  if (at + word.length > end) return -1;
  for (let k = 1; k < word.length; k++) if (buf[at + k] !== word[k]) return -1;
  return at + word.length;
}

function grow<T extends Uint8Array | Int32Array>(array: T, need: number): T {
  if (need < array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(
    Math.max(need + 1, array.length * 2),
  );
  bigger.set(array);
  return bigger;
}

/**
 * Checks `buf[start, end)` against JSON's grammar (RFC 8259, as `JSON.parse` applies it to the
 * bytes' UTF-8 text: bytes above 0x7f are only allowed inside strings, where a malformed sequence
 * becomes U+FFFD and still parses). The value must be an object. Dispatches on the byte first:
 * compact JSON (what Go writes) has no whitespace between tokens. `parsed`: `JSON.parse` already
 * took the line, so only its keys are in question; its string values are skipped, not checked
 * (a SecretList's base64 runs over 4 times faster).
 */
export function checkJsonObject(
  buf: Buffer,
  start: number,
  end: number,
  parsed = false,
  compareKeys = true,
): JsonCheck {
  keysRead = 0;
  let depth = 0;
  let keys = 0; // hashes in use
  // Not comparing keys is taking every key as maybe repeated from the start: each is then only
  // read to its end, not hashed.
  let repeated = !compareKeys;
  let state = VALUE;
  let i = start;
  let stack = containers;
  let starts = keysFrom;
  let table = hashes;
  while (i < end && isSpace(buf[i] as number)) i++;
  if (buf[i] !== OPEN_BRACE) return JSON_CHECK.invalid;
  while (i < end) {
    const c = buf[i] as number;
    if (c === QUOTE) {
      if (state === KEY || state === FIRST_KEY) {
        const next = repeated ? valueEnd(buf, i, end) : keyEnd(buf, i, end);
        if (next < 0) return JSON_CHECK.invalid;
        keysRead++;
        if (!repeated) {
          // Compared with the keys before it in its object, one by one (few, in real events).
          const from = starts[depth - 1] as number;
          if (!lastComparable || keys - from >= MAX_COMPARED_KEYS) repeated = true;
          else {
            const hash = lastHash;
            for (let k = from; k < keys; k++) if (table[k] === hash) repeated = true;
            if (keys >= table.length) hashes = table = grow(table, keys);
            table[keys++] = hash;
          }
        }
        // Compact JSON: the colon follows at once, then the value.
        if (buf[next] === COLON) {
          i = next + 1;
          state = VALUE;
        } else {
          i = next;
          state = AFTER_KEY;
        }
        continue;
      }
      if (state !== VALUE && state !== FIRST_VALUE) return JSON_CHECK.invalid;
      const next = parsed ? parsedValueEnd(buf, i, end) : valueEnd(buf, i, end);
      if (next < 0) return JSON_CHECK.invalid;
      // Compact JSON: a comma follows at once, then the next key or value.
      if (next < end && buf[next] === COMMA) {
        i = next + 1;
        state = stack[depth - 1] === IN_OBJECT ? KEY : VALUE;
      } else {
        i = next;
        state = AFTER_VALUE;
      }
      continue;
    }
    if (c === COLON) {
      if (state !== AFTER_KEY) return JSON_CHECK.invalid;
      state = VALUE;
      i++;
    } else if (c === COMMA) {
      if (state !== AFTER_VALUE) return JSON_CHECK.invalid;
      state = stack[depth - 1] === IN_OBJECT ? KEY : VALUE;
      i++;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (state !== VALUE && state !== FIRST_VALUE) return JSON_CHECK.invalid;
      if (depth >= stack.length) {
        containers = stack = grow(stack, depth);
        keysFrom = starts = grow(starts, depth);
      }
      stack[depth] = c === OPEN_BRACE ? IN_OBJECT : IN_ARRAY;
      starts[depth] = keys;
      depth++;
      state = c === OPEN_BRACE ? FIRST_KEY : FIRST_VALUE;
      i++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      const container = c === CLOSE_BRACE ? IN_OBJECT : IN_ARRAY;
      if (stack[depth - 1] !== container) return JSON_CHECK.invalid;
      const empty = container === IN_OBJECT ? FIRST_KEY : FIRST_VALUE;
      if (state !== AFTER_VALUE && state !== empty) return JSON_CHECK.invalid;
      keys = starts[depth - 1] as number;
      depth--;
      i++;
      if (depth === 0) break;
      state = AFTER_VALUE;
    } else if (isSpace(c)) i++;
    else {
      if (state !== VALUE && state !== FIRST_VALUE) return JSON_CHECK.invalid;
      let next: number;
      if (c === 0x74) next = literalEnd(buf, i, end, TRUE);
      else if (c === 0x66) next = literalEnd(buf, i, end, FALSE);
      else if (c === 0x6e) next = literalEnd(buf, i, end, NULL);
      else next = numberEnd(buf, i, end);
      if (next < 0) return JSON_CHECK.invalid;
      i = next;
      state = AFTER_VALUE;
    }
  }
  if (depth !== 0) return JSON_CHECK.invalid;
  // The object closed just before `i`: only whitespace may follow.
  while (i < end) if (!isSpace(buf[i++] as number)) return JSON_CHECK.invalid;
  return repeated ? JSON_CHECK.maybeRepeated : JSON_CHECK.clean;
}

/**
 * Whether `buf[start, end)` is one whole JSON object, as `JSON.parse` would take it, whether or not
 * a key repeats: {@link checkJsonObject} without comparing keys, which spares hashing each one.
 */
export function isWholeJsonObject(buf: Buffer, start: number, end: number): boolean {
  return checkJsonObject(buf, start, end, false, false) !== JSON_CHECK.invalid;
}
