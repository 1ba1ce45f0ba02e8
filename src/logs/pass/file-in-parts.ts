import { lstat, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { copyOpenFile } from '../../files/copy-open.js';
import { openForWriting } from '../../files/safe-fs.js';
import { openRegularHandle, RawCopy } from '../lines/index.js';
import {
  addStats,
  emptyStats,
  MAX_LINE_BYTES,
  unparseableMarker,
  type RedactionStats,
} from '../redact/index.js';
import { tally, type EventCounts } from './count.js';
import { keyedLine, type KeyedLine } from './keyed-line.js';
import { PartCutter, type CutPiece } from './part-cutter.js';
import type { KeyedPart, PartKeyer } from './pass-threads.js';

/** Bytes per part: the size the one-thread reader reads at a time. */
const PART_BYTES = 1024 * 1024;
/**
 * Parts of a file cut and handed to the keyer before the first of them is taken back: enough
 * that both threads stay busy while this one merges and writes, few enough that memory stays
 * flat (each part is a buffer of {@link PART_BYTES}).
 */
const PARTS_AHEAD = 4;

const NEWLINE = Buffer.from('\n');

/** How one file is read in parts; see {@link readFileInParts}. */
export interface FileInPartsOptions {
  /** Redact: the keyer redacts too (it was made with the rules), and the stats are summed here. */
  redact: boolean;
  /** The folder of the node's raw copies; only with redaction on (see {@link readFileInParts}). */
  rawDir?: string;
  /** The file is ours to move: unchanged, it becomes the raw copy by a rename (DeferredRawCopy). */
  moveUnchanged?: boolean;
  onProblem?: (file: string, message: string) => void;
}

/** What the file's read adds to its node's result. */
export interface FileInPartsResult {
  counts: Map<string, EventCounts>;
  rawFiles: string[];
  redaction: RedactionStats | undefined;
}

/**
 * Reads a plain (not `.gz`) file as the one-thread reader does (node-pass.ts), the same lines, the
 * same keys, counts, redaction and raw copy, but with the work on each line done by `keyer`: the
 * file is cut into parts of whole lines (part-cutter.ts) handed to the pass threads, and their
 * answers taken back in the file's order, each part's lines handed on as one batch. This thread
 * only reads, writes and hands on. A raw copy is the redacted bytes as the threads return them; an
 * unredacted raw copy (the bytes as read, whatever they hold) is the one-thread reader's, so this
 * one takes no `rawDir` without redaction.
 */
export async function* readFileInParts(
  file: string,
  keyer: PartKeyer,
  options: FileInPartsOptions,
  result: FileInPartsResult,
): AsyncGenerator<KeyedLine[]> {
  if (options.rawDir && !options.redact)
    throw new Error('an unredacted raw copy is made by the one-thread reader');
  const counts: EventCounts = { events: 0, requests: 0, unreadable: 0 };
  result.counts.set(file, counts);
  let stats = options.redact ? emptyStats() : undefined;
  const handle = await openRegularHandle(file);
  const copy = options.rawDir
    ? new DeferredRawCopy(
        handle,
        path.join(options.rawDir, path.basename(file)),
        options.moveUnchanged ? file : undefined,
      )
    : undefined;
  if (copy) result.rawFiles.push(copy.target);
  /** The parts handed out, in the file's order. */
  const ahead: Promise<KeyedPart | CutPiece>[] = [];
  try {
    const cutter = new PartCutter(handle, PART_BYTES, MAX_LINE_BYTES);
    let cutAll = false;
    for (;;) {
      while (!cutAll && ahead.length < PARTS_AHEAD) {
        const piece = await cutter.next();
        if (!piece) cutAll = true;
        else {
          const keyed = piece.kind === 'lines' ? keyer.key(piece.bytes) : Promise.resolve(piece);
          // Awaited in turn below; a failure meanwhile must not count as unhandled.
          keyed.catch(() => {});
          ahead.push(keyed);
        }
      }
      const next = ahead.shift();
      if (!next) break;
      const done = await next;
      const batch: KeyedLine[] = [];
      const handOn = (keyed: KeyedLine) => {
        tally(counts, keyed);
        if (keyed.unchecked) keyed.counts = counts;
        batch.push(keyed);
      };
      let written: Buffer[];
      let unchanged = false;
      if ('part' in done) {
        const bytes = done.written ?? done.part;
        if (!bytes) throw new Error('a part came back without its lines');
        const { at, keys } = done;
        for (let i = 0; i < keys.length; i++) {
          const { key, request, unchecked } = keys[i] as (typeof keys)[number];
          const line = bytes.subarray(at[2 * i], at[2 * i + 1]);
          handOn(unchecked ? { line, key, unchecked } : { line, key, request });
        }
        if (stats && done.redaction) stats = addStats(stats, done.redaction);
        written = [bytes];
        unchanged = done.written === undefined;
      } else if (done.kind === 'oversized') {
        written = oversized(done, stats, handOn, (message) => options.onProblem?.(file, message));
      } else throw new Error('a part was not keyed');
      if (copy) await copy.write(written, unchanged);
      if (batch.length > 0) yield batch;
    }
    await copy?.close();
  } finally {
    copy?.abort();
    await handle.close();
    if (stats) result.redaction = addStats(result.redaction ?? emptyStats(), stats);
  }
}

/**
 * A line longer than {@link MAX_LINE_BYTES}, as the one-thread reader hands it on: redacted, it is
 * replaced unread by a marker (src/logs/redact/stream.ts); unredacted, it is said and left out of
 * the merge. Returns what the raw copy gets.
 */
function oversized(
  piece: Extract<CutPiece, { kind: 'oversized' }>,
  stats: RedactionStats | undefined,
  handOn: (keyed: KeyedLine) => void,
  report: (message: string) => void,
): Buffer[] {
  if (!stats) {
    report(`a line longer than ${MAX_LINE_BYTES} bytes was left out of the merge`);
    handOn({ line: Buffer.alloc(0), key: undefined });
    return [];
  }
  const marker = unparseableMarker(piece.bytes, `it is longer than ${MAX_LINE_BYTES} bytes`);
  stats.lines++;
  stats.changed++;
  stats.unparseable++;
  handOn(keyedLine(marker));
  return piece.newline ? [marker, NEWLINE] : [marker];
}

/**
 * The raw copy of a file read in parts, written only from the first part redaction changed: until
 * then it is the file's own bytes, and most logs (a Metadata policy's) have nothing to redact. So
 * the front the parts left unchanged is copied from the file in the kernel (copy_file_range, see
 * src/files/copy-open.ts) when a part changes or the file ends, instead of being written again
 * from the parts: on a 1 GB log that is 0.35 CPU s against 0.66 through a buffer, and a gigabyte
 * less written through the page cache while the pass runs (measured, docs/performance.md). The
 * copy is of the file open for the read, by its descriptor, and no longer than what was read: the
 * file must not change while it is read, as post's collected copies (its own) do not; a file found
 * shorter than what was read fails the pass.
 *
 * A file that is the pass's own to move (`movable`: post's collected copy, deleted after the pass)
 * and that redaction left wholly unchanged is not copied at all: it is renamed into the artifact,
 * so a Metadata policy's log is written once on the runner, not twice (on ext4 copy_file_range
 * still copies every byte into new page cache; the rename moves none). Where the rename cannot be
 * made (another file system, the name no longer the file read), the kernel copy stands in.
 */
class DeferredRawCopy {
  /** The file's first bytes, read and unchanged, not yet in the copy. */
  #front = 0;
  #copy: RawCopy | undefined;
  #done = false;

  constructor(
    private readonly source: FileHandle,
    readonly target: string,
    /** The source's path, when the source may be moved to `target`. */
    private readonly movable?: string,
  ) {}

  /** The next bytes of the copy, in order; `unchanged`: they are the file's own, as read. */
  async write(pieces: readonly Buffer[], unchanged: boolean): Promise<void> {
    if (unchanged && !this.#copy) {
      for (const piece of pieces) this.#front += piece.length;
      return;
    }
    this.#copy ??= await this.#started();
    await this.#copy.write(pieces);
  }

  async close(): Promise<void> {
    if (!this.#copy && this.movable !== undefined && (await this.#moved(this.movable))) {
      this.#done = true;
      return;
    }
    this.#copy ??= await this.#started();
    this.#done = true;
    await this.#copy.close();
  }

  /**
   * Renames `from`, the file read and wholly unchanged, to the target; false (nothing moved) when
   * the name no longer holds the very file read, all of it, or the rename fails (EXDEV).
   */
  async #moved(from: string): Promise<boolean> {
    await this.#clearTarget();
    const [read, named] = await Promise.all([this.source.stat(), lstat(from)]);
    if (read.ino !== named.ino || read.dev !== named.dev || read.size !== this.#front) return false;
    try {
      // By the descriptor, so the very file read: a collected copy is the runner's alone (0600,
      // in a folder only the runner may enter), a raw copy of the artifact is readable as the
      // others are. Set first, so a file is never moved without its mode.
      await this.source.chmod(0o644);
      await rename(from, this.target);
    } catch {
      return false;
    }
    return true;
  }

  /**
   * Refused as any file of the artifact is when a link or not a file (safe-fs.ts); a file of an
   * earlier run is removed, so the copy's file is never an old one.
   */
  async #clearTarget(): Promise<void> {
    await (await openForWriting(this.target)).close();
    await rm(this.target);
  }

  /** Gives up on the copy (the pass failed); a front copied stays, as a part written would. */
  abort(): void {
    if (!this.#done) this.#copy?.abort();
  }

  /** The copy made with the front copied, open to write on. */
  async #started(): Promise<RawCopy> {
    await this.#clearTarget();
    const copied = await copyOpenFile(this.source, this.target, this.#front, 0o644);
    if (copied !== this.#front)
      throw new Error(
        `${this.target}: its source holds ${copied} of the ${this.#front} bytes read: it changed while it was read`,
      );
    return RawCopy.appendTo(this.target);
  }
}
