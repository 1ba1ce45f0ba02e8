import type { EventCounts } from './count.js';
import type { Request } from '../events/index.js';
import { mergeKeyedByTime } from './merge.js';
import type { MergeStats } from './reorder-window.js';
import { LinesFile, type ByteSink } from '../lines/index.js';
import { requestOfLine } from './keyed-line.js';
import { madeRequest } from './key-codec.js';
import { readNode, type NodeReadOptions, type NodeReadResult } from './node-pass.js';
import { addStats, BUILT_IN_RULES, emptyStats, type RedactionStats } from '../redact/index.js';
import { InThreadKeyer, ThreadKeyer, type PartKeyer } from './pass-threads.js';

/** One control-plane node's files, in write order, and where its raw copies go. */
export interface PassNode {
  node: string;
  files: readonly string[];
  /** The folder of the node's raw copies in the artifact; none are written without it. */
  rawDir?: string;
  /**
   * The files are the pass's own, deleted after it (post's collected copies): a raw copy that
   * redaction left unchanged is then the file itself, moved into `rawDir` (file-in-parts.ts).
   */
  ownFiles?: boolean;
}

export interface PassOptions extends Omit<NodeReadOptions, 'rawDir' | 'keyer'> {
  /** Events held back per node to restore time order; see {@link DEFAULT_WINDOW}. */
  window?: number;
  /**
   * Where the lines of plain files are keyed (split, redacted, parsed): on `threads` worker
   * threads running `script` (the bundle of pass-thread.ts; two unless told), or in parts on this
   * thread (`inThread`, for tests of the parts' path). Unset: line by line on this thread.
   */
  parts?: { script: URL; threads?: number } | { inThread: true };
}

/** Pass threads beside the main one: two cores' worth of keying while the main thread merges. */
const PASS_THREADS = 2;

function partKeyer(parts: PassOptions['parts'], options: PassOptions): PartKeyer | undefined {
  if (!parts) return undefined;
  const rules = options.redact ? (options.rules ?? BUILT_IN_RULES) : undefined;
  if ('inThread' in parts) return new InThreadKeyer(rules);
  return new ThreadKeyer(parts.script, parts.threads ?? PASS_THREADS, rules);
}

/** What the pass did. */
export interface PassResult {
  merge: MergeStats;
  /** `undefined` with redaction off. */
  redaction: RedactionStats | undefined;
  /** Per file read (by the path given). */
  counts: Map<string, EventCounts>;
  /** The raw copies written, node by node. */
  rawFiles: string[];
}

/**
 * Told of each merged event with its node: the request it tells (src/logs/events/request.ts), or
 * `undefined` for an early stage of a request whose final stage follows, which says nothing more.
 */
export type PassListener = (line: Buffer, node: string, request: Request | undefined) => void;

/**
 * The one pass over the events (docs/definitions.md): every node's files are read once (see {@link
 * readNode}: split, redacted, copied raw, counted), merged by time in one streaming k-way merge,
 * written to `mergedFile` (the artifact's `audit.jsonl`; or a sink such as standard output), and
 * each merged event is handed to `onEvent` in merged order. Each line is parsed at most once: by
 * the reader, or, for an early stage keyed unparsed whose request's final stage never came while it
 * was held, here before it is written (a line that turns out not to be JSON is left out and counted
 * as skipped). Nothing reads the files again; memory stays at the merge's window per node.
 */
export async function passOverNodes(
  nodes: readonly PassNode[],
  mergedFile: string | ByteSink,
  onEvent: PassListener,
  options: PassOptions,
): Promise<PassResult> {
  const { window, parts, ...readOptions } = options;
  const names = nodes.map((n) => n.node);
  const out =
    typeof mergedFile === 'string' ? await LinesFile.open(mergedFile) : LinesFile.over(mergedFile);
  let keyer: PartKeyer | undefined;
  try {
    keyer = partKeyer(parts, options);
    const read: NodeReadOptions = keyer ? { ...readOptions, keyer } : readOptions;
    const readers = nodes.map((n) =>
      readNode(
        n.files,
        n.rawDir === undefined ? read : { ...read, rawDir: n.rawDir, moveUnchanged: !!n.ownFiles },
      ),
    );
    const events = mergeKeyedByTime(
      readers.map((r) => r.batches),
      window === undefined ? {} : { window },
    );
    for await (const batch of events) {
      for (const { line, source, unchecked, settled, counts, ...entry } of batch) {
        let request = madeRequest(entry.request);
        if (unchecked && !settled) {
          request = requestOfLine(line);
          if (!request) {
            events.stats.events--;
            events.stats.skipped++;
            if (counts) {
              counts.events--;
              counts.unreadable++;
            }
            continue;
          }
        }
        const written = out.write(line);
        onEvent(line, names[source] ?? '', request);
        if (written) await written;
      }
    }
    return summed(
      readers.map((r) => r.result),
      events.stats,
      options.redact,
    );
  } finally {
    try {
      await out.close();
    } finally {
      await keyer?.close();
    }
  }
}

function summed(results: NodeReadResult[], merge: MergeStats, redact: boolean): PassResult {
  let redaction = redact ? emptyStats() : undefined;
  const counts = new Map<string, EventCounts>();
  const rawFiles: string[] = [];
  for (const result of results) {
    if (redaction && result.redaction) redaction = addStats(redaction, result.redaction);
    for (const [file, count] of result.counts) counts.set(file, count);
    rawFiles.push(...result.rawFiles);
  }
  return { merge, redaction, counts, rawFiles };
}
