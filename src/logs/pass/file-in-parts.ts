import path from 'node:path';
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
  let copy: RawCopy | undefined;
  /** The parts handed out, in the file's order. */
  const ahead: Promise<KeyedPart | CutPiece>[] = [];
  try {
    if (options.rawDir) {
      const target = path.join(options.rawDir, path.basename(file));
      copy = await RawCopy.open(target, false);
      result.rawFiles.push(target);
    }
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
      if ('part' in done) {
        const bytes = done.written ?? done.part;
        const { at, keys } = done;
        for (let i = 0; i < keys.length; i++) {
          const { key, request, unchecked } = keys[i] as (typeof keys)[number];
          const line = bytes.subarray(at[2 * i], at[2 * i + 1]);
          handOn(unchecked ? { line, key, unchecked } : { line, key, request });
        }
        if (stats && done.redaction) stats = addStats(stats, done.redaction);
        written = [bytes];
      } else if (done.kind === 'oversized') {
        written = oversized(done, stats, handOn, (message) => options.onProblem?.(file, message));
      } else throw new Error('a part was not keyed');
      if (copy) await copy.write(written);
      if (batch.length > 0) yield batch;
    }
    await copy?.close();
    copy = undefined;
  } finally {
    await handle.close();
    copy?.abort();
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
