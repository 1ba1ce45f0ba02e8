import { isFinalStage, stageRank, type AuditEvent } from '../logs/events/index.js';

/** auditIDs held while waiting for their final stage; past this the oldest is passed on as is. */
export const MAX_PENDING = 50_000;

/**
 * Passes each request on once, at the last stage seen (DESIGN.md, "A request"): a final stage
 * (ResponseComplete, Panic) at once; an earlier stage waits by auditID for its final one, and is
 * passed on as itself at {@link FinalStages.end} (or when too many wait) if none comes. Push-based,
 * so it can ride the single pass over the log. Memory is bounded by {@link MAX_PENDING}.
 */
export class FinalStages {
  readonly #pending = new Map<string, AuditEvent>();

  constructor(
    private readonly emit: (event: AuditEvent) => void,
    private readonly maxPending = MAX_PENDING,
  ) {}

  add(event: AuditEvent): void {
    const id = typeof event.auditID === 'string' ? event.auditID : '';
    const waiting = id ? this.#pending.get(id) : undefined;
    if (!id || isFinalStage(event.stage)) {
      if (waiting) this.#pending.delete(id);
      this.emit(event);
      return;
    }
    if (waiting) {
      if (stageRank(event.stage) >= stageRank(waiting.stage)) this.#pending.set(id, event);
      return;
    }
    if (this.#pending.size >= this.maxPending) {
      // The oldest waiting request has most likely lost its final stage (a log cut off).
      const [oldestId, oldest] = this.#pending.entries().next().value ?? [];
      if (oldestId !== undefined && oldest) {
        this.#pending.delete(oldestId);
        this.emit(oldest);
      }
    }
    this.#pending.set(id, event);
  }

  /** Passes on every request whose final stage never came. */
  end(): void {
    for (const event of this.#pending.values()) this.emit(event);
    this.#pending.clear();
  }
}
