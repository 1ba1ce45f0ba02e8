import { LineSplitter, type LineSink } from '../lines/index.js';
import { isWholeJsonObject } from './json-check.js';
import { redactParsed, unparseableMarker } from './line.js';
import { cleanIfWhole, LineScan, SuspectFinder } from './scan.js';
import { BUILT_IN_RULES, type RedactionRules } from './settings.js';

/** What redacting one file (or several, added up) did. */
export interface RedactionStats {
  /** Non-empty lines read. */
  lines: number;
  /** Lines written differently from how they were read (unparseable ones included). */
  changed: number;
  /** Lines replaced whole because they could not be checked. */
  unparseable: number;
  /** Values replaced by the marker. */
  values: number;
  /** Values replaced, by location (`secrets.data`, `tokenreviews.spec.token`, …). */
  byLocation: Record<string, number>;
}

/** Stats of nothing: the start of a sum. */
export function emptyStats(): RedactionStats {
  return { lines: 0, changed: 0, unparseable: 0, values: 0, byLocation: {} };
}

/** The sum of two stats, as a new object. */
export function addStats(a: RedactionStats, b: RedactionStats): RedactionStats {
  const byLocation = { ...a.byLocation };
  for (const [key, count] of Object.entries(b.byLocation))
    byLocation[key] = (byLocation[key] ?? 0) + count;
  return {
    lines: a.lines + b.lines,
    changed: a.changed + b.changed,
    unparseable: a.unparseable + b.unparseable,
    values: a.values + b.values,
    byLocation,
  };
}

/**
 * The longest line checked. An event the API server writes is far smaller (request bodies are
 * capped at 3 MiB, a SecretList of many Secrets stays well within); a longer line is replaced
 * unread, so memory stays bounded whatever a file holds.
 */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

const NEWLINE = Buffer.from('\n');

/**
 * Told of every non-empty line as it is written: `written` is what goes out (the very bytes read
 * when nothing changed), `read` the line as read, `undefined` for a line replaced unread (too long,
 * or the cut tail of a damaged `.gz`). `read` may share memory with the chunk it came in.
 * `parsed` is the object `written` holds when the check parsed the line (see `RedactedLine`), so
 * the listener need not parse it again; `undefined` when the line was proven clean unparsed.
 */
export type RedactedLineListener = (
  written: Buffer,
  read: Buffer | undefined,
  parsed?: object,
) => void;

/**
 * Redacts a stream of chunks, line by line (split by {@link LineSplitter}). Runs of lines that need
 * no change are passed on as slices of the chunk they came in, so most bytes are never copied or
 * decoded.
 */
export class StreamRedactor implements LineSink {
  readonly stats = emptyStats();
  readonly #splitter: LineSplitter;
  #out: Buffer[] = [];
  /** The run of unchanged bytes not yet passed on: `[runStart, runEnd)` of `runBuf`. */
  #runBuf: Buffer | undefined;
  #runStart = 0;
  #runEnd = 0;
  #finderBuf: Buffer | undefined;
  #finder: SuspectFinder | undefined;
  readonly #scan: LineScan;

  /**
   * `parses`: the lines `onLine` would parse anyway (it is then handed the object). Such a line
   * with nothing to redact is proven whole by that parse, made here, instead of by the byte
   * check (json-check.ts) and then a parse: its bytes are read once.
   */
  constructor(
    private readonly maxLineBytes = MAX_LINE_BYTES,
    private readonly onLine?: RedactedLineListener,
    private readonly rules: RedactionRules = BUILT_IN_RULES,
    private readonly parses?: (line: Buffer) => boolean,
  ) {
    this.#splitter = new LineSplitter(this, maxLineBytes);
    this.#scan = LineScan.of(rules);
  }

  /** Takes the next chunk; returns what to write for the lines it completed. */
  push(chunk: Buffer): Buffer[] {
    this.#splitter.push(chunk);
    return this.#take();
  }

  /**
   * Ends the stream: a last line without a newline (cut off while written) is checked like any
   * other and written without one. `cutShort` says why the input ended early (a cut `.gz`, a cap):
   * the last part then cannot be trusted to be a whole line, and is replaced.
   */
  end(cutShort?: string): Buffer[] {
    if (cutShort !== undefined) {
      const bytes = this.#splitter.drop();
      this.#flush();
      this.stats.lines++;
      this.#replace(unparseableMarker(bytes, cutShort), false);
    } else this.#splitter.end();
    return this.#take();
  }

  /** {@link LineSink}: one line, checked. */
  line(buf: Buffer, start: number, end: number, newline: boolean): void {
    if (end === start) {
      this.#keep(buf, start, end, newline);
      return;
    }
    this.stats.lines++;
    const read = buf.subarray(start, end);
    const clean = this.#provenClean(buf, start, end, read);
    if (clean) {
      this.#keep(buf, start, end, newline);
      this.onLine?.(read, read, clean === true ? undefined : clean);
      return;
    }
    // Anything else takes the full check, which replaces what cannot be parsed.
    const result = redactParsed(read, this.rules);
    if (result.line === read) {
      this.#keep(buf, start, end, newline);
      this.onLine?.(read, read, result.parsed);
      return;
    }
    this.#flush();
    this.#count(result.redacted, result.locations, result.unparseable);
    this.#out.push(result.line);
    if (newline) this.#out.push(NEWLINE);
    this.onLine?.(result.line, read, result.parsed);
  }

  /**
   * Whether `buf[start, end)` (`read`) provably needs no change (scan.ts): `true`, or the object
   * it holds when that was proven by parsing it (a line `parses` names); `false` when it must
   * take the full check.
   */
  #provenClean(buf: Buffer, start: number, end: number, read: Buffer): object | boolean {
    if (!cleanIfWhole(buf, start, end, this.#finderOf(buf))) return false;
    if (!this.parses?.(read)) return isWholeJsonObject(buf, start, end);
    return parsedObject(read) ?? false;
  }

  /** {@link LineSink}: a line too long to check is replaced unread. */
  oversized(_head: Buffer, bytes: number, newline: boolean): void {
    this.#flush();
    this.stats.lines++;
    this.#replace(
      unparseableMarker(bytes, `it is longer than ${this.maxLineBytes} bytes`),
      newline,
    );
  }

  #replace(marker: Buffer, newline: boolean): void {
    this.#count(0, [], true);
    this.#out.push(marker);
    if (newline) this.#out.push(NEWLINE);
    this.onLine?.(marker, undefined);
  }

  #finderOf(buf: Buffer): SuspectFinder {
    if (this.#finderBuf !== buf || !this.#finder) {
      this.#finderBuf = buf;
      this.#finder = new SuspectFinder(buf, this.#scan);
    }
    return this.#finder;
  }

  /** Passes `buf[start, end)` on unchanged, as part of the run of unchanged bytes it extends. */
  #keep(buf: Buffer, start: number, end: number, newline: boolean): void {
    // A line joined from pieces of several chunks does not hold its newline: that comes apart.
    const inside = newline && end < buf.length;
    const stop = inside ? end + 1 : end;
    if (this.#runBuf === buf && this.#runEnd === start) this.#runEnd = stop;
    else {
      this.#flush();
      this.#runBuf = buf;
      this.#runStart = start;
      this.#runEnd = stop;
    }
    if (newline && !inside) {
      this.#flush();
      this.#out.push(NEWLINE);
    }
  }

  #flush(): void {
    if (this.#runBuf && this.#runEnd > this.#runStart)
      this.#out.push(this.#runBuf.subarray(this.#runStart, this.#runEnd));
    this.#runBuf = undefined;
  }

  #take(): Buffer[] {
    this.#flush();
    const out = this.#out;
    this.#out = [];
    this.#finderBuf = undefined;
    this.#finder = undefined;
    return out;
  }

  #count(values: number, locations: string[], unparseable: boolean): void {
    this.stats.changed++;
    if (unparseable) this.stats.unparseable++;
    this.stats.values += values;
    for (const location of locations)
      this.stats.byLocation[location] = (this.stats.byLocation[location] ?? 0) + 1;
  }
}

/** The JSON object `line` holds; `undefined` when it holds no JSON or another value. */
function parsedObject(line: Buffer): object | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line.toString('utf8'));
  } catch {
    return undefined;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
