import {
  isFinalStage,
  parseLine,
  type ParsedLine,
  requestOf,
  type Request,
  peekStage,
  PendingRequests,
  type OpenRequest,
} from '../events/index.js';
import { RequestCounts, SUMMARY_CAPS, type RequestCountsState } from './request-counts.js';
import type { Summary } from './shape.js';

export { SUMMARY_CAPS } from './request-counts.js';

/**
 * Places in the read given to each part of it (a chunk of lines): more than any chunk has lines.
 * Part `i`'s lines are read at `i * PART_SPAN` on, so parts counted apart still sort in read order.
 */
const PART_SPAN = 2 ** 23;
/** Where requests counted at the very end are placed: after every line. */
const AFTER_ALL = 2 ** 52;

/** What a summary of one part of the read leaves to the reader of the parts after it. */
export interface PartEnd {
  /**
   * The auditIDs of the final stages the part read, as a JSON array, but for requests the part
   * also saw received: these may end requests that earlier parts left open. One string, not an
   * array of them, because the merging thread reads it only when some request is open there.
   * (All final stages would also cover a client that reuses an Audit-ID across parts, but the
   * merging thread would then parse thousands of strings a part: 35 MB more RSS on Node 24.)
   */
  finals: string;
  /** Requests the part left waiting for a final stage. */
  open: OpenRequest[];
}

/** A summary's counts as plain data: a thread that read parts of the log hands this back. */
export interface SummarizerState {
  lines: number;
  skipped: number;
  events: number;
  counts: RequestCountsState;
}

/**
 * The summary of an audit log, fed one line at a time: memory stays bounded at any log size. A
 * request counts once, at its last stage seen (docs/definitions.md): final stages count at once; an
 * earlier stage waits, by auditID, for its final one, and counts as itself if none comes.
 *
 * A log may also be read in parts by several summarizers ({@link Summarizer.beginPart}), each
 * part's end handed in read order to the one summarizer that merges them
 * ({@link Summarizer.addPartEnd}, {@link Summarizer.merge}): the result is what one summarizer
 * reading every line in order would count, exactly below every cap, as long as each request's
 * stages come in lifecycle order under an auditID of its own (kube-apiserver writes them so; a
 * client may choose an Audit-ID, but then reuses it only by mistake or malice). Damaged lines and
 * requests that never finish are counted as one reader counts them
 * (test/logs/summary/parts-hostile.test.ts).
 */
export class Summarizer {
  lines = 0;
  skipped = 0;
  events = 0;
  /** The place in the read of the next line. */
  #seq = 0;
  /** While a part is read: the auditIDs of its final stages. */
  #finals: string[] | undefined;
  readonly #counts = new RequestCounts();
  #onRequest: ((request: Request) => void) | undefined;
  readonly #pending = new PendingRequests(
    {
      count: (request, node, seq) => {
        this.#counts.count(request, node, seq);
        this.#onRequest?.(request);
      },
      settled: (isEvent) => (isEvent ? this.events++ : this.skipped++),
    },
    SUMMARY_CAPS.pending,
  );
  readonly #warnings: string[] = [];

  /**
   * One line of a log (without its newline), from `node` when known. A line that kube-apiserver's
   * layout shows to be an early stage of a request is set aside unparsed (src/logs/events/stage-peek.ts): when its
   * request's final stage comes, it is counted as an event without ever being parsed.
   */
  add(line: Buffer | string, node = ''): void {
    const seq = this.#seq++;
    if (typeof line !== 'string') {
      const peek = peekStage(line);
      if (peek && !isFinalStage(peek.stage) && this.#pending.canHold(line.length)) {
        this.lines++;
        // A part's buffer outlives every line held from it (what is still held at the part's
        // end is copied out by the reader of the parts); any other caller's buffer may be read
        // into again, so the line is copied out of it here.
        const held = this.#finals ? line : Buffer.from(line);
        this.#pending.hold(peek.auditID, peek.stage, held, node, seq);
        return;
      }
    }
    this.#addParsed(parseLine(line), node, seq);
  }

  /**
   * The request of an event line already parsed (src/logs/events/request.ts), from `node` when
   * known: the entry point of post's pass, whose readers parse each line once, maybe on another
   * thread, for every consumer.
   */
  addRequest(request: Request, node = ''): void {
    this.lines++;
    this.#addRequest(request, node, this.#seq++);
  }

  #addParsed(parsed: ParsedLine, node: string, seq: number): void {
    if (parsed.kind === 'blank') return;
    this.lines++;
    if (parsed.kind === 'skipped') this.skipped++;
    else this.#addRequest(requestOf(parsed.event), node, seq);
  }

  #addRequest(request: Request, node: string, seq: number): void {
    this.events++;
    const receivedHere = this.#pending.add(request, node, seq);
    // A request received in this part has no stage in an earlier one (stages come in order).
    if (this.#finals && !receivedHere && request.auditID && isFinalStage(request.stage))
      this.#finals.push(request.auditID);
  }

  /**
   * Hands each request on as it is counted, once, at its last stage: the insights of the same
   * pass take their requests from here. The requests still waiting are handed on by
   * {@link Summarizer.result}.
   */
  forEachRequest(listener: (request: Request) => void): void {
    this.#onRequest = listener;
  }

  /**
   * An early stage of a request whose final stage follows, left unparsed by the one pass: an
   * event, and its request counts at that final stage.
   */
  addSettledStage(): void {
    this.#seq++;
    this.lines++;
    this.events++;
  }

  /** A line that could not be read as one (too long to be an event): counted as skipped. */
  addUnreadLine(): void {
    this.#seq++;
    this.lines++;
    this.skipped++;
  }

  /** Files and bytes read for a node, which lines alone cannot tell. */
  addFile(node: string, bytes: number): void {
    this.#counts.nodes.addFile(node, bytes);
  }

  /** Something reading met that a reader of the summary should know. */
  warn(message: string): void {
    if (this.#warnings.length < SUMMARY_CAPS.warnings) this.#warnings.push(message);
  }

  /** A node known by its files alone: its requests were counted elsewhere (`null` fields). */
  markNodeUnattributed(node: string): void {
    this.#counts.nodes.markUnattributed(node);
  }

  /** Begins part `index` of a read that is summarized in parts (see the class). */
  beginPart(index: number): void {
    this.#seq = index * PART_SPAN;
    this.#finals = [];
  }

  /** Ends the part begun last: what the parts after it need to know. */
  endPart(): PartEnd {
    const end = { finals: JSON.stringify(this.#finals ?? []), open: this.#pending.drain() };
    this.#finals = undefined;
    return end;
  }

  /**
   * The end of a part read by another summarizer, handed in read order: its final stages end the
   * requests that earlier parts left open, and its open requests wait here.
   */
  addPartEnd(end: PartEnd): void {
    if (this.#pending.size > 0)
      for (const auditID of JSON.parse(end.finals) as string[]) this.#pending.close(auditID);
    for (const open of end.open) this.#pending.reopen(open);
  }

  /** What was counted, as plain data (the summarizer reads no more after this). */
  toState(): SummarizerState {
    return {
      lines: this.lines,
      skipped: this.skipped,
      events: this.events,
      counts: this.#counts.toState(),
    };
  }

  /** Adds what another summarizer counted over other parts of the same read. */
  merge(state: SummarizerState): void {
    this.lines += state.lines;
    this.skipped += state.skipped;
    this.events += state.events;
    this.#counts.merge(state.counts);
  }

  /** The summary. Requests still waiting for a final stage count now, at the last stage seen. */
  result(): Summary {
    this.#pending.end(AFTER_ALL);
    const { requests, ...counted } = this.#counts.result();
    return {
      requests,
      lines: this.lines,
      skipped: this.skipped,
      events: this.events,
      ...counted,
      warnings: [...this.#warnings],
    };
  }
}
