import { readFileSync } from 'node:fs';
import { formatBytes } from '../text/bytes.js';

/** The stream a status line is drawn on: stderr, whose `isTTY` and `columns` say what it is. */
export interface StatusStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

const CLEAR = '\r\u001b[K';

/**
 * One line at the bottom of a terminal that is redrawn in place (`\r`, erase line): the progress
 * of a long read. Text printed meanwhile goes above it ({@link StatusLine.print}). On anything
 * but a terminal nothing is drawn, so a log file or a pipe gets no control characters.
 */
export class StatusLine {
  #shown = '';

  constructor(private readonly stream: StatusStream) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  /** Draws `text` in place of what the line showed, cut to the terminal's width. */
  show(text: string): void {
    if (!this.enabled) return;
    // A terminal that does not say its width (0, as some pseudo-terminals do) is taken as 80 wide.
    const width = (this.stream.columns || 80) - 1;
    const line = text.length > width ? `${text.slice(0, width - 1)}…` : text;
    this.stream.write(`${CLEAR}${line}`);
    this.#shown = line;
  }

  /** Erases the line, if it shows something. */
  clear(): void {
    if (!this.#shown) return;
    this.stream.write(CLEAR);
    this.#shown = '';
  }

  /** Writes `text` (whole lines) above the status line, which is drawn again below it. */
  print(text: string): void {
    const shown = this.#shown;
    this.clear();
    this.stream.write(text);
    if (shown) this.show(shown);
  }
}

/**
 * Bytes this process (every thread of it) has read so far through read(2): Linux's
 * `/proc/self/io` field `rchar` (proc(5)). The readers of every command (on this thread, the
 * libuv pool, the summary's worker threads) are measured alike without telling anyone.
 * `undefined` where the system has no such file.
 */
export function bytesReadByProcess(): number | undefined {
  try {
    const text = readFileSync('/proc/self/io', 'latin1');
    const match = /^rchar: (\d+)$/m.exec(text);
    // Reading this file is a read too: what these reads took is left out of the count.
    const reading = (ownReads += text.length);
    return match ? Number(match[1]) - reading : undefined;
  } catch {
    return undefined;
  }
}

/** Bytes {@link bytesReadByProcess} itself has read from /proc/self/io. */
let ownReads = 0;

export interface ProgressOptions {
  /** Nothing is drawn for work shorter than this (default 2 s). */
  delayMs?: number;
  /** How often the line is redrawn (default 250 ms). */
  everyMs?: number;
  /** Bytes read so far (default {@link bytesReadByProcess}). */
  bytesRead?: () => number | undefined;
  now?: () => number;
}

/** The progress of one read, drawn on a {@link StatusLine}; `stop` erases it. */
export interface Progress {
  /** The bytes there are to read, once known (after standard input was copied, for one). */
  setTotal(bytes: number): void;
  stop(): void;
}

/** The line drawn: `reading ./audit: 312 MB of 1.2 GB (26%), 4 s`. */
export function progressText(
  what: string,
  read: number | undefined,
  total: number | undefined,
  ms: number,
): string {
  const seconds = `${Math.floor(ms / 1000)} s`;
  if (read === undefined) return `reading ${what}… ${seconds}`;
  if (!total) return `reading ${what}: ${formatBytes(read)}, ${seconds}`;
  const done = Math.min(read, total);
  return `reading ${what}: ${formatBytes(done)} of ${formatBytes(total)} (${Math.floor((100 * done) / total)}%), ${seconds}`;
}

/**
 * Shows how far a read has come, on stderr only when it is a terminal, and only once the work has
 * taken `delayMs`: a quick command prints nothing extra. Bytes are counted from the start.
 */
export function startProgress(
  line: StatusLine,
  what: string,
  options: ProgressOptions = {},
): Progress {
  if (!line.enabled) return { setTotal: () => undefined, stop: () => undefined };
  const bytesRead = options.bytesRead ?? bytesReadByProcess;
  const now = options.now ?? Date.now;
  const started = now();
  const base = bytesRead();
  let total: number | undefined;
  const draw = () => {
    const read = bytesRead();
    const sinceStart = read === undefined || base === undefined ? undefined : read - base;
    line.show(progressText(what, sinceStart, total, now() - started));
  };
  let timer: NodeJS.Timeout | undefined;
  const delay = setTimeout(() => {
    draw();
    timer = setInterval(draw, options.everyMs ?? 250);
    timer.unref();
  }, options.delayMs ?? 2000);
  delay.unref();
  return {
    setTotal: (bytes) => {
      total = bytes;
    },
    stop: () => {
      clearTimeout(delay);
      if (timer) clearInterval(timer);
      line.clear();
    },
  };
}
