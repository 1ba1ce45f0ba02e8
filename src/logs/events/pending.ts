import { isFinalStage, stageRank } from './event.js';
import { parseLine } from './parse.js';
import { requestOf, type Request } from './request.js';

const RECEIVED = 'RequestReceived';

/**
 * Requests that may wait for their final stage at once, for every consumer: the oldest waiting is
 * let go past this (it most likely lost its final stage to a cut-off log).
 */
export const MAX_WAITING = 50_000;

/**
 * A request seen at a stage that does not end it, waiting by auditID for one that does. It is
 * read already, or its line is held unparsed (see stage-peek.ts): parsed only if
 * no later stage of the request ever comes.
 */
interface Waiting {
  /** Where in the read the request began to wait: those counted at the end keep this order. */
  seq: number;
  stage: string;
  /** The request's RequestReceived stage was among those that waited here. */
  received: boolean;
  node: string;
  request: Request | undefined;
  held: Buffer | undefined;
}

/**
 * A request still waiting when a part of the read ended, for the reader of the next parts: the
 * request, or where its unparsed line lies in the part's memory, so that the next reader settles
 * it exactly as one reader of every line would.
 */
export interface OpenRequest {
  auditID: string;
  stage: string;
  node: string;
  seq: number;
  request: Request | undefined;
  /** Where its held line lies in the part's memory: `[start, end)`. */
  heldAt: [number, number] | undefined;
  /** That line, copied out of the part's memory before the memory is read into again. */
  held?: Buffer;
}

/** What becomes of the lines and requests the waiting room lets go of. */
export interface PendingSink {
  /** A request to count, at the last stage seen, at place `seq` of the read. */
  count(request: Request, node: string, seq: number): void;
  /** A held line turned out to be an event (a later stage of its request came) or not. */
  settled(isEvent: boolean): void;
}

/**
 * The one place that counts a request once, at its last stage seen (docs/definitions.md, "A request"): a final stage
 * (ResponseComplete, Panic) at once, an earlier stage when no later one comes. The summary and
 * the insights both take their requests from here. Memory is bounded: at most `maxWaiting` requests (the oldest is let go first: it most
 * likely lost its final stage to a cut-off log) and `maxHeldBytes` of held lines.
 */
export class PendingRequests {
  readonly #waiting = new Map<string, Waiting>();
  #heldBytes = 0;

  constructor(
    private readonly sink: PendingSink,
    private readonly maxWaiting = MAX_WAITING,
    private readonly maxHeldBytes = 32 * 1024 * 1024,
  ) {}

  /** True when a line of this size may be held unparsed now. */
  canHold(bytes: number): boolean {
    return this.#heldBytes + bytes <= this.maxHeldBytes;
  }

  /**
   * An early stage's line, set aside unparsed (the caller checked `canHold` and the stage). The
   * bytes are held as given: the caller copies a line whose buffer it will use again while held.
   */
  hold(auditID: string, stage: string, line: Buffer, node: string, seq: number): void {
    this.#heldBytes += line.length;
    const received = stage === RECEIVED;
    this.#arrive(auditID, { seq, stage, received, node, request: undefined, held: line });
  }

  /**
   * The request of an event read at `seq`: a final stage counts now (letting its earlier stage go),
   * others wait. True for a final stage whose request was received (RequestReceived) here: no
   * stage of it can lie before that.
   */
  add(request: Request, node: string, seq: number): boolean {
    if (isFinalStage(request.stage) || !request.auditID) {
      const received = request.auditID ? this.close(request.auditID) : false;
      this.sink.count(request, node, seq);
      return received;
    }
    const received = request.stage === RECEIVED;
    this.#arrive(request.auditID, {
      seq,
      stage: request.stage,
      received,
      node,
      request,
      held: undefined,
    });
    return false;
  }

  /**
   * The final stage of `auditID` was read (and counted) elsewhere: its earlier stage stops
   * waiting. True when its request was received here.
   */
  close(auditID: string): boolean {
    const waiting = this.#waiting.get(auditID);
    if (!waiting) return false;
    this.#waiting.delete(auditID);
    this.#release(waiting, true);
    return waiting.received;
  }

  /**
   * A request another reader left open at the end of its part: it waits here as it waited there,
   * its line still unparsed if it was.
   */
  reopen(open: OpenRequest): void {
    const { auditID, stage, node, seq, request, held } = open;
    if (request) {
      this.add(request, node, seq);
      return;
    }
    if (!held) return;
    if (this.canHold(held.length)) return this.hold(auditID, stage, held, node, seq);
    // Parsed now, as a reader parses a line it cannot hold.
    const parsed = parseLine(held);
    this.sink.settled(parsed.kind === 'event');
    if (parsed.kind === 'event') this.add(requestOf(parsed.event), node, seq);
  }

  /** How many requests wait. */
  get size(): number {
    return this.#waiting.size;
  }

  /**
   * Every request still waiting, taken out uncounted and unsettled: the open requests at the end
   * of a part of the read, for the reader of the parts after it.
   */
  drain(): OpenRequest[] {
    const open: OpenRequest[] = [];
    for (const [auditID, { stage, node, seq, request, held }] of this.#waiting) {
      const heldAt: [number, number] | undefined = held && [
        held.byteOffset,
        held.byteOffset + held.length,
      ];
      open.push({ auditID, stage, node, seq, request, heldAt });
    }
    this.#waiting.clear();
    this.#heldBytes = 0;
    return open;
  }

  /** Counts every request still waiting, at its last stage seen, at places from `seq` on. */
  end(seq: number): void {
    let place = seq;
    for (const waiting of this.#waiting.values()) this.#countNow(waiting, place++);
    this.#waiting.clear();
  }

  #arrive(auditID: string, next: Waiting): void {
    const waiting = this.#waiting.get(auditID);
    if (waiting) {
      waiting.received ||= next.received;
      // Two stages of one request: the later stage is kept, the other is an event let go.
      if (stageRank(next.stage) >= stageRank(waiting.stage)) {
        this.#release(waiting, true);
        waiting.stage = next.stage;
        waiting.request = next.request;
        waiting.held = next.held;
      } else this.#release(next, true);
      return;
    }
    if (this.#waiting.size >= this.maxWaiting) {
      const [oldestId, oldest] = this.#waiting.entries().next().value ?? [];
      if (oldestId !== undefined && oldest) {
        this.#waiting.delete(oldestId);
        this.#countNow(oldest, next.seq);
      }
    }
    this.#waiting.set(auditID, next);
  }

  /** A waiting stage that is not counted itself: a held line was an event after all. */
  #release(waiting: Waiting, isEvent: boolean): void {
    if (!waiting.held) return;
    this.#heldBytes -= waiting.held.length;
    waiting.held = undefined;
    this.sink.settled(isEvent);
  }

  /** Counts a request at the stage it waits at, read at `seq`. */
  #countNow(waiting: Waiting, seq: number): void {
    const request = this.#requestOf(waiting);
    if (request) this.sink.count(request, waiting.node, seq);
  }

  /** A waiting request, parsing its held line if it has one (undefined: not an event). */
  #requestOf(waiting: Waiting): Request | undefined {
    if (!waiting.held) return waiting.request;
    const parsed = parseLine(waiting.held);
    this.#release(waiting, parsed.kind === 'event');
    return parsed.kind === 'event' ? requestOf(parsed.event) : undefined;
  }
}
