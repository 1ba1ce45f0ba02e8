/**
 * What the merge orders events by, read from a raw line without building the event: `JSON.parse`
 * of every line costs more than the whole rest of the merge (FACTS §7). A single pass over the
 * bytes jumps through strings with `indexOf` and records the top-level keys that matter; the
 * result agrees with `JSON.parse` (test/logs/order-key.test.ts), and a line the pass cannot
 * decide alone (a wanted key with a non-string value, escapes in a key, deep nesting) falls back
 * to `JSON.parse`.
 */
export interface OrderKey {
  /** `stageTimestamp`, else `timestamp` (v1beta1), as written; '' when there is neither. */
  time: string;
  /** '' when absent. */
  auditID: string;
  stage: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MAX_DEPTH = 64;

/** The keys looked for, as bytes; `found` below holds their values in this order. */
const WANTED_BYTES = ['stageTimestamp', 'timestamp', 'auditID', 'stage'].map((k) => Buffer.from(k));

/** Bytes allowed between tokens: whitespace, punctuation, numbers, true/false/null. */
const BETWEEN = new Uint8Array(256);
for (const c of ' \t\r\n:,-+.0123456789eEtrufalsn') BETWEEN[c.charCodeAt(0)] = 1;

/** The open brackets of the line being read, to catch `{]`; shared, as orderKey never yields. */
const STACK = new Uint8Array(MAX_DEPTH);

const isSpace = (c: number | undefined) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;

/** The reference meaning: a JSON object whose `stage` is a string is an event. */
function keyOfValue(value: unknown): OrderKey | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.stage !== 'string') return undefined;
  const text = (x: unknown) => (typeof x === 'string' ? x : undefined);
  return {
    time: text(v.stageTimestamp) ?? text(v.timestamp) ?? '',
    auditID: text(v.auditID) ?? '',
    stage: v.stage,
  };
}

function parsedKey(line: Buffer): OrderKey | undefined {
  try {
    return keyOfValue(JSON.parse(line.toString('utf8')));
  } catch {
    return undefined;
  }
}

/** Which wanted key the bytes `line[start, end)` spell, if any (no escapes inside). */
function wantedAt(line: Buffer, start: number, end: number): number {
  // Compared in JS: a native compare call per key costs more than these few bytes.
  for (let w = 0; w < WANTED_BYTES.length; w++) {
    const key = WANTED_BYTES[w] as Buffer;
    if (key.length !== end - start) continue;
    let k = 0;
    while (k < key.length && key[k] === line[start + k]) k++;
    if (k === key.length) return w;
  }
  return -1;
}

/**
 * The order key of one line, or `undefined` when the line is not a JSON audit event (not JSON, cut
 * off, legacy text, or an object without a string `stage`).
 */
export function orderKey(line: Buffer): OrderKey | undefined {
  let end = line.length;
  while (end > 0 && isSpace(line[end - 1])) end--;
  let i = 0;
  while (i < end && isSpace(line[i])) i++;
  if (line[i] !== 0x7b || line[end - 1] !== 0x7d) return undefined;

  const found: (string | undefined)[] = [undefined, undefined, undefined, undefined];
  const stack = STACK;
  let depth = 0;
  let expectKey = false; // at depth 1, after `{` or `,`
  let pending = -1; // the wanted key whose value comes next
  let afterKey = false; // a key at depth 1 was read; its `:` comes next
  while (i < end) {
    const c = line[i] as number;
    if (c === QUOTE) {
      // Walk to the closing quote in JS: a native indexOf call per string costs more than the
      // few dozen bytes of a typical string.
      let close = i + 1;
      let escaped = false;
      for (let d = line[close]; d !== QUOTE; d = line[close]) {
        if (close >= end) return undefined;
        if (d === BACKSLASH) {
          escaped = true;
          close += 2;
        } else close++;
      }
      if (close >= end) return undefined;
      if (afterKey) return undefined; // two strings in a row: `{"a" "b"}`
      if (depth === 1 && expectKey) {
        if (escaped) return parsedKey(line);
        pending = wantedAt(line, i + 1, close);
        expectKey = false;
        afterKey = true;
      } else if (pending !== -1) {
        // An escaped value (rare in these fields) is decoded by the parser, which also judges it.
        if (escaped) return parsedKey(line);
        found[pending] = line.toString('utf8', i + 1, close);
        pending = -1;
      }
      i = close + 1;
      continue;
    }
    if (afterKey && c !== 0x3a && !isSpace(c)) return undefined; // a key without its `:`
    if (c === 0x7b || c === 0x5b) {
      if (pending !== -1 || depth >= MAX_DEPTH) return parsedKey(line);
      stack[depth++] = c;
      expectKey = c === 0x7b && depth === 1;
    } else if (c === 0x7d || c === 0x5d) {
      if (depth === 0 || stack[depth - 1] !== c - 2) return undefined;
      depth--;
      if (depth === 0 && i !== end - 1) return undefined; // something after the object
    } else if (c === 0x2c) {
      expectKey = depth === 1;
    } else if (c === 0x3a) {
      if (depth === 1 && !afterKey) return undefined;
      afterKey = false;
    } else if (!BETWEEN[c]) {
      return undefined;
    } else if (pending !== -1 && !isSpace(c)) {
      return parsedKey(line); // a wanted key with a number, true, false or null: rare
    }
    i++;
  }
  if (depth !== 0) return undefined;
  const [stageTimestamp, timestamp, auditID, stage] = found;
  if (stage === undefined) return undefined;
  return { time: stageTimestamp ?? timestamp ?? '', auditID: auditID ?? '', stage };
}
