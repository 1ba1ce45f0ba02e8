import { redactParsed, unparseableMarker } from './redact-line.js';
import { provablyClean, SuspectFinder } from './redact-scan.js';

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
 * Redacts a stream of chunks, line by line. Runs of lines that need no change are passed on as
 * slices of the chunk they came in, so most bytes are never copied or decoded.
 */
export class StreamRedactor {
  readonly stats = emptyStats();
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private tooLong = false;

  constructor(private readonly maxLineBytes = MAX_LINE_BYTES) {}

  /** Takes the next chunk; returns what to write for the lines it completed. */
  push(chunk: Buffer): Buffer[] {
    const out: Buffer[] = [];
    let start = 0;
    if (this.pendingBytes > 0) {
      const newline = chunk.indexOf(10);
      if (newline < 0) {
        this.hold(chunk);
        return out;
      }
      this.hold(chunk.subarray(0, newline));
      this.finishPending(out, true);
      start = newline + 1;
    }
    const last = chunk.lastIndexOf(10);
    if (last >= start) {
      this.region(chunk, start, last + 1, out);
      start = last + 1;
    }
    if (start < chunk.length) this.hold(chunk.subarray(start));
    return out;
  }

  /**
   * Ends the stream: a last line without a newline (cut off while written) is checked like any
   * other and written without one. `damaged` says the input ended early (a cut `.gz`): the last
   * part then cannot be trusted to be a whole line.
   */
  end(damaged = false): Buffer[] {
    const out: Buffer[] = [];
    if (damaged) {
      const bytes = this.pendingBytes;
      this.reset();
      this.stats.lines++;
      this.count(unparseableMarker(bytes, 'the compressed file ends early'), 0, [], true, out);
    } else if (this.pendingBytes > 0) this.finishPending(out, false);
    return out;
  }

  private hold(part: Buffer): void {
    this.pendingBytes += part.length;
    if (this.tooLong) return;
    if (this.pendingBytes > this.maxLineBytes) {
      this.tooLong = true;
      this.pending = [];
    } else if (part.length > 0) this.pending.push(part);
  }

  private reset(): void {
    this.pending = [];
    this.pendingBytes = 0;
    this.tooLong = false;
  }

  private finishPending(out: Buffer[], newline: boolean): void {
    const bytes = this.pendingBytes;
    const line = this.tooLong ? undefined : Buffer.concat(this.pending, bytes);
    this.reset();
    if (line === undefined) {
      const reason = `it is longer than ${this.maxLineBytes} bytes`;
      this.stats.lines++;
      this.count(unparseableMarker(bytes, reason), 0, [], true, out);
    } else if (line.length === 0) {
      out.push(line);
    } else {
      this.stats.lines++;
      const result = provablyClean(line) ? undefined : redactParsed(line);
      if (!result || result.line === line) out.push(line);
      else this.count(result.line, result.redacted, result.locations, result.unparseable, out);
    }
    if (newline) out.push(NEWLINE);
  }

  /** Whole lines `buf[start, end)`, the last ending in a newline. */
  private region(buf: Buffer, start: number, end: number, out: Buffer[]): void {
    const finder = new SuspectFinder(buf);
    let run = start;
    for (let lineStart = start; lineStart < end;) {
      const newline = buf.indexOf(10, lineStart);
      const lineEnd = newline < 0 || newline >= end ? end : newline;
      const next = lineEnd + 1;
      if (lineEnd === lineStart) {
        lineStart = next;
        continue;
      }
      this.stats.lines++;
      if (!provablyClean(buf, lineStart, lineEnd, finder)) {
        const line = buf.subarray(lineStart, lineEnd);
        const result = redactParsed(line);
        if (result.line !== line) {
          if (run < lineStart) out.push(buf.subarray(run, lineStart));
          this.count(result.line, result.redacted, result.locations, result.unparseable, out);
          out.push(NEWLINE);
          run = next;
        }
      }
      lineStart = next;
    }
    if (run < end) out.push(buf.subarray(run, end));
  }

  private count(
    line: Buffer,
    values: number,
    locations: string[],
    unparseable: boolean,
    out: Buffer[],
  ): void {
    out.push(line);
    this.stats.changed++;
    if (unparseable) this.stats.unparseable++;
    this.stats.values += values;
    for (const location of locations)
      this.stats.byLocation[location] = (this.stats.byLocation[location] ?? 0) + 1;
  }
}
