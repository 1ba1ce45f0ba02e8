import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { formatBytes } from '../../text/bytes.js';
import { NODE_READ_CAP } from '../lines/index.js';
import { tally, type EventCounts } from './count.js';
import { LineSplitter, type LineSink } from '../lines/index.js';
import type { KeyedLine } from './keyed-line.js';
import { readFileInParts } from './file-in-parts.js';
import type { PartKeyer } from './pass-threads.js';
import { keyedLine, RedactedLineKeyer } from './keyed-line.js';
import { RawCopy } from '../lines/index.js';
import type { RedactionRules } from '../redact/index.js';
import { openRegular } from '../lines/index.js';
import {
  addStats,
  emptyStats,
  MAX_LINE_BYTES,
  StreamRedactor,
  type RedactionStats,
} from '../redact/index.js';

/** Read in large chunks: runs of clean lines pass on as one slice, and fewer awaits per byte. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Default for how many bytes a node's `.gz` files may decompress to, all together: a hostile
 * cluster's tiny file that inflates a thousandfold (a gzip bomb) must not keep post from uploading.
 * Four times the bytes collected from a node: kube-apiserver's rotation keeps at most
 * `--audit-log-maxbackup` files of `--audit-log-maxsize` (from 1.36 by default 100 files of 100 MB;
 * before, 100 MB files without a limit on their number: k8s.io/apiserver
 * pkg/server/options/audit.go, `kube-apiserver --help`).
 */
export const INFLATE_CAP = 4 * NODE_READ_CAP;

/** How one node's files are read. */
export interface NodeReadOptions {
  /** Replace secret material (src/logs/redact/rules.ts) in what is written and handed on. */
  redact: boolean;
  /** The rules when redacting: the built-in ones unless given. */
  rules?: RedactionRules;
  /** The folder the node's raw copies go to, under their own names; none are written without it. */
  rawDir?: string;
  /**
   * The files are the reader's to move (post's collected copies): a raw copy redaction left
   * unchanged is the file itself, renamed into `rawDir` (only where files are read in parts).
   */
  moveUnchanged?: boolean;
  /** Told about damage that does not stop the read: a `.gz` cut off, an oversized line. */
  onProblem?: (file: string, message: string) => void;
  /** Bytes the node's `.gz` files may decompress to, all together; default {@link INFLATE_CAP}. */
  maxInflated?: number;
  /**
   * Keys the lines of plain files in parts, on the pass threads (file-in-parts.ts); without it,
   * or for a `.gz` file, or for an unredacted raw copy, every line is keyed on this thread.
   */
  keyer?: PartKeyer;
}

/** What reading one node's files found, filled in as the read goes. */
export interface NodeReadResult {
  /** Per file read, in the order read. */
  counts: Map<string, EventCounts>;
  /** The raw copies written. */
  rawFiles: string[];
  /** Redaction of all the node's files; `undefined` with redaction off. */
  redaction: RedactionStats | undefined;
}

/** What is left of a node's cap on decompressed bytes, shared by its files. */
interface InflateBudget {
  readonly cap: number;
  left: number;
}

/** zlib's errors for input that ends early or is corrupt: the file was cut, not unreadable. */
function isDamagedGzip(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR';
}

/**
 * Reads a node's files once, in the order given (write order: rotated oldest first), `.gz`
 * decompressed: each line is split once, redacted (when on; a line with nothing to redact stays
 * the same bytes), written to the node's raw copy (when `rawDir` is given; `.gz` in gives `.gz`
 * out), counted, and handed on keyed for the merge, a chunk's lines at a time. With redaction off
 * the raw copy is the bytes as read, compressed ones included: exact whatever the file holds.
 * Memory stays bounded: one chunk, and one line of at most {@link MAX_LINE_BYTES}.
 */
export function readNode(
  files: readonly string[],
  options: NodeReadOptions,
): { batches: AsyncGenerator<KeyedLine[]>; result: NodeReadResult } {
  const result: NodeReadResult = {
    counts: new Map(),
    rawFiles: [],
    redaction: undefined,
  };
  const cap = options.maxInflated ?? INFLATE_CAP;
  const budget: InflateBudget = { cap, left: cap };
  async function* batches(): AsyncGenerator<KeyedLine[]> {
    for (const file of files) {
      const { keyer } = options;
      if (keyer && !file.endsWith('.gz') && (options.redact || options.rawDir === undefined))
        yield* readFileInParts(file, keyer, options, result);
      else yield* readFile(file, options, result, budget);
    }
  }
  return { batches: batches(), result };
}

async function* readFile(
  file: string,
  options: NodeReadOptions,
  result: NodeReadResult,
  budget: InflateBudget,
): AsyncGenerator<KeyedLine[]> {
  const report = (message: string) => options.onProblem?.(file, message);
  const counts: EventCounts = { events: 0, requests: 0, unreadable: 0 };
  result.counts.set(file, counts);
  const gzip = file.endsWith('.gz');
  const raw = await openRegular(file, CHUNK_BYTES);
  let copy: RawCopy | undefined;
  let batch: KeyedLine[] = [];
  const handOn = (keyed: KeyedLine) => {
    tally(counts, keyed);
    if (keyed.unchecked) keyed.counts = counts;
    batch.push(keyed);
  };
  let redactor: StreamRedactor | undefined;
  let splitter: LineSplitter | undefined;
  if (options.redact) {
    // Keyed as written: a line replaced by a marker is no event any more.
    const keyer = new RedactedLineKeyer();
    redactor = new StreamRedactor(
      MAX_LINE_BYTES,
      (written, _read, parsed) => handOn(keyer.keyed(written, parsed)),
      options.rules,
      keyer.parses,
    );
  } else {
    const sink: LineSink = {
      line: (buf, start, end) => {
        if (end > start) {
          const line = buf.subarray(start, end);
          handOn(keyedLine(line));
        }
      },
      oversized: (head) => {
        report(`a line longer than ${MAX_LINE_BYTES} bytes was left out of the merge`);
        handOn({ line: head, key: undefined });
      },
    };
    splitter = new LineSplitter(sink, MAX_LINE_BYTES);
  }
  const take = () => {
    const taken = batch;
    batch = [];
    return taken;
  };
  try {
    if (options.rawDir) {
      const target = path.join(options.rawDir, path.basename(file));
      copy = await RawCopy.open(target, gzip && options.redact);
      result.rawFiles.push(target);
    }
    let input: Readable = raw;
    // With redaction off the copy takes the bytes as read, before any decompression.
    if (copy && !redactor) input = pipeOn(input, teeTo(copy));
    if (gzip) input = pipeOn(input, createGunzip({ chunkSize: CHUNK_BYTES }));
    /** Why the read stopped before the file's end; undefined when it did not. */
    let cutShort: string | undefined;
    try {
      for await (const read of input as AsyncIterable<Buffer>) {
        // Decompressed bytes count against the node's cap: what is past it is not read.
        const allowed = gzip ? Math.min(read.length, budget.left) : read.length;
        if (gzip) budget.left -= allowed;
        const chunk = allowed < read.length ? read.subarray(0, allowed) : read;
        if (redactor) {
          const written = redactor.push(chunk);
          if (copy) await copy.write(written);
        } else splitter?.push(chunk);
        if (batch.length > 0) yield take();
        if (allowed < read.length) {
          const cap = `the ${formatBytes(budget.cap)} cap on what the node's compressed files decompress to`;
          cutShort = `its file was not read past ${cap}`;
          report(
            `not read past ${cap}; kept the ${counts.events + counts.unreadable} lines before`,
          );
          break;
        }
      }
    } catch (error) {
      if (!gzip || !isDamagedGzip(error)) throw error;
      cutShort = 'the compressed file ends early';
      const reason = error instanceof Error ? error.message : String(error);
      report(
        `the compressed file ends early (${reason}); kept the ${counts.events + counts.unreadable} lines before the damage`,
      );
    }
    if (redactor) {
      const written = redactor.end(cutShort);
      if (copy) await copy.write(written);
    } else if (cutShort !== undefined) {
      if ((splitter?.drop() ?? 0) > 0) counts.unreadable++;
    } else splitter?.end();
    if (batch.length > 0) yield take();
    await copy?.close();
    copy = undefined;
  } finally {
    raw.destroy();
    copy?.abort();
    if (redactor) result.redaction = addStats(result.redaction ?? emptyStats(), redactor.stats);
  }
}

/** Pipes `from` into `to`, passing an error on (pipe() does not: a reader would wait forever). */
function pipeOn(from: Readable, to: Transform): Readable {
  from.on('error', (error) => to.destroy(error));
  return from.pipe(to);
}

/** Passes chunks through unchanged once `copy` has taken them (its backpressure holds the read). */
function teeTo(copy: RawCopy): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      copy.write([chunk]).then(() => done(null, chunk), done);
    },
  });
}
