import { LineSplitter } from '../lines/index.js';
import {
  MAX_LINE_BYTES,
  StreamRedactor,
  type RedactionRules,
  type RedactionStats,
} from '../redact/index.js';
import { keyedLine, RedactedLineKeyer, type KeyedLine, type MadeKeyedLine } from './keyed-line.js';

/**
 * A line's key and request, a {@link KeyedLine} without its bytes: as the main thread holds them,
 * the request made only when the merge hands the line on (key-codec.ts).
 */
export type LineKey = Pick<KeyedLine, 'key' | 'request' | 'unchecked'>;

/** A {@link LineKey} as the thread that parsed its line makes it: its request is made. */
export type MadeLineKey = Pick<MadeKeyedLine, 'key' | 'request' | 'unchecked'>;

/** What keying one part of a file found: small plain data, sent back from a pass thread. */
export interface PartKeys {
  /**
   * The part's bytes as they are to be written: `undefined` when that is the part itself
   * (nothing was redacted), else a buffer that is the whole of its own memory (it can be moved).
   */
  written: Buffer | undefined;
  /** Where each non-empty line written lies in those bytes: `[start, end)` pairs, in order. */
  at: Uint32Array;
  /** Each of those lines' key and request, in the same order. */
  keys: LineKey[];
  /** `undefined` with redaction off. */
  redaction: RedactionStats | undefined;
}

/**
 * Keys a part of a file, whole lines only, as the one-thread reader keys it line by line (see
 * node-pass.ts): each line redacted when `rules` are given (a line with nothing to redact stays
 * the same bytes), then keyed by the one parse the pass makes of it (keyed-line.ts). The part
 * holds no line longer than {@link MAX_LINE_BYTES}: the reader that cut it took those out. What a
 * pass thread does with each part it is handed; the merge, the writes and the counting stay with
 * the reader that cut the parts, in their order.
 */
export function keyPart(
  part: Buffer,
  rules: RedactionRules | undefined,
): PartKeys & { keys: MadeLineKey[] } {
  const keys: MadeLineKey[] = [];
  const add = ({ key, request, unchecked }: MadeKeyedLine) => {
    keys.push(unchecked ? { key, unchecked } : { key, request });
  };
  let written: Buffer | undefined;
  let redaction: RedactionStats | undefined;
  if (rules) {
    // Keyed as written: a line replaced by a marker is no event any more.
    const keyer = new RedactedLineKeyer();
    const redactor = new StreamRedactor(
      MAX_LINE_BYTES,
      (line, _read, parsed) => add(keyer.keyed(line, parsed)),
      rules,
      keyer.parses,
    );
    const pieces = redactor.push(part);
    pieces.push(...redactor.end());
    redaction = redactor.stats;
    if (!isWhole(pieces, part)) written = joined(pieces);
  } else {
    const splitter = new LineSplitter(
      {
        line: (buf, start, end) => {
          if (end > start) add(keyedLine(buf.subarray(start, end)));
        },
        oversized: () => {
          throw new Error(`a part holds a line longer than ${MAX_LINE_BYTES} bytes`);
        },
      },
      MAX_LINE_BYTES,
    );
    splitter.push(part);
    splitter.end();
  }
  return { written, at: lineBounds(written ?? part, keys.length), keys, redaction };
}

/** Whether `pieces` are `part` itself, unchanged (the redactor passes a clean run on as a slice). */
function isWhole(pieces: readonly Buffer[], part: Buffer): boolean {
  if (pieces.length === 0) return part.length === 0;
  const [only] = pieces;
  return (
    pieces.length === 1 &&
    only !== undefined &&
    only.buffer === part.buffer &&
    only.byteOffset === part.byteOffset &&
    only.length === part.length
  );
}

/** The pieces in one buffer that is the whole of its own memory, so it can be moved to a thread. */
function joined(pieces: readonly Buffer[]): Buffer {
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const out = Buffer.from(new ArrayBuffer(total));
  let at = 0;
  for (const piece of pieces) at += piece.copy(out, at);
  return out;
}

/**
 * Where the non-empty lines of `bytes` lie. Each is one line the redactor or the splitter handed
 * on (a line written never holds a newline: redaction writes JSON, whose strings escape it), so
 * there must be `count` of them; a mismatch is a fault here, never a log's doing.
 */
function lineBounds(bytes: Buffer, count: number): Uint32Array {
  const at = new Uint32Array(2 * count);
  let found = 0;
  let start = 0;
  for (;;) {
    const newline = bytes.indexOf(10, start);
    const end = newline === -1 ? bytes.length : newline;
    if (end > start) {
      if (found < count) {
        at[2 * found] = start;
        at[2 * found + 1] = end;
      }
      found++;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  if (found !== count)
    throw new Error(`a part's lines were keyed as ${count} but its bytes hold ${found}`);
  return at;
}
