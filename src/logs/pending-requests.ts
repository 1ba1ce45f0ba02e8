import { isFinalStage, stageRank } from './event.js';
import { parseLine } from './parse-event.js';
import { factsOf, type RequestFacts } from './request-facts.js';

/**
 * A request seen at a stage that does not end it, waiting by auditID for one that does. Its facts
 * are known, or its line is held unparsed (see stage-peek.ts): parsed only if no later stage of
 * the request ever comes.
 */
interface Waiting {
  stage: string;
  node: string;
  facts: RequestFacts | undefined;
  held: Buffer | undefined;
}

/** What becomes of the lines and requests the waiting room lets go of. */
export interface PendingSink {
  /** A request to count, at the last stage seen. */
  count(facts: RequestFacts, node: string): void;
  /** A held line turned out to be an event (a later stage of its request came) or not. */
  settled(isEvent: boolean): void;
}

/**
 * The requests waiting for their final stage (DESIGN.md: a request counts once, at its last stage
 * seen). Memory is bounded: at most `maxWaiting` requests (the oldest is let go first: it most
 * likely lost its final stage to a cut-off log) and `maxHeldBytes` of held lines.
 */
export class PendingRequests {
  readonly #waiting = new Map<string, Waiting>();
  #heldBytes = 0;

  constructor(
    private readonly sink: PendingSink,
    private readonly maxWaiting: number,
    private readonly maxHeldBytes = 32 * 1024 * 1024,
  ) {}

  /** True when a line of this size may be held unparsed now. */
  canHold(bytes: number): boolean {
    return this.#heldBytes + bytes <= this.maxHeldBytes;
  }

  /** An early stage's line, set aside unparsed (the caller checked `canHold` and the stage). */
  hold(auditID: string, stage: string, line: Buffer, node: string): void {
    const copy = Buffer.from(line); // the reader's chunk is not kept alive by it
    this.#heldBytes += copy.length;
    this.#arrive(auditID, { stage, node, facts: undefined, held: copy });
  }

  /** An event's facts: a final stage counts now (letting its earlier stage go), others wait. */
  add(facts: RequestFacts, node: string): void {
    if (isFinalStage(facts.stage) || !facts.auditID) {
      const waiting = facts.auditID ? this.#waiting.get(facts.auditID) : undefined;
      if (waiting) {
        this.#waiting.delete(facts.auditID);
        this.#release(waiting, true);
      }
      this.sink.count(facts, node);
      return;
    }
    this.#arrive(facts.auditID, { stage: facts.stage, node, facts, held: undefined });
  }

  /** Counts every request still waiting, at its last stage seen. */
  end(): void {
    for (const waiting of this.#waiting.values()) this.#countNow(waiting);
    this.#waiting.clear();
  }

  #arrive(auditID: string, next: Waiting): void {
    const waiting = this.#waiting.get(auditID);
    if (waiting) {
      // Two stages of one request: the later stage is kept, the other is an event let go.
      if (stageRank(next.stage) >= stageRank(waiting.stage)) {
        this.#release(waiting, true);
        waiting.stage = next.stage;
        waiting.facts = next.facts;
        waiting.held = next.held;
      } else this.#release(next, true);
      return;
    }
    if (this.#waiting.size >= this.maxWaiting) {
      const [oldestId, oldest] = this.#waiting.entries().next().value ?? [];
      if (oldestId !== undefined && oldest) {
        this.#waiting.delete(oldestId);
        this.#countNow(oldest);
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

  /** Counts a request at the stage it waits at, parsing its held line if it has one. */
  #countNow(waiting: Waiting): void {
    if (waiting.held) {
      const parsed = parseLine(waiting.held);
      this.#release(waiting, parsed.kind === 'event');
      if (parsed.kind === 'event') this.sink.count(factsOf(parsed.event), waiting.node);
      return;
    }
    if (waiting.facts) this.sink.count(waiting.facts, waiting.node);
  }
}
