import { DeprecatedCallers } from './deprecated-callers.js';
import { isFinalStage } from './event.js';
import { parseLine, type ParsedLine } from './parse-event.js';
import { PendingRequests } from './pending-requests.js';
import { factsOf, type RequestFacts } from './request-facts.js';
import { peekStage } from './stage-peek.js';
import type { DeniedRow, NodeSummary, ServerErrorRow, SlowRow, Summary } from './summary-shape.js';
import { FirstItems, LargestItems, Tally } from './tally.js';
import { TimelineCounter } from './timeline.js';
import { WhoDidWhat } from './who-did-what.js';

/** How many entries each table and list of summary.json keeps (the totals count everything). */
export const SUMMARY_CAPS = {
  table: 100,
  list: 100,
  slowest: 20,
  /** auditIDs seen at a stage that does not end a request, waiting for the one that does. */
  pending: 50_000,
  nodes: 64,
  warnings: 20,
} as const;

/**
 * The summary of an audit log, fed one line at a time: memory stays bounded at any log size.
 * A request counts once, at its last stage seen (DESIGN.md): final stages count at once; an
 * earlier stage waits, by auditID, for its final one, and counts as itself if none comes.
 */
export class Summarizer {
  lines = 0;
  skipped = 0;
  events = 0;
  requests = 0;
  #first = { ms: Infinity, time: null as string | null };
  #last = { ms: -Infinity, time: null as string | null };
  readonly #tables = {
    byVerb: new Tally(),
    byResource: new Tally(),
    byUser: new Tally(),
    byNamespace: new Tally(),
    byCode: new Tally(),
    byUserAgent: new Tally(),
    byLevel: new Tally(),
  };
  readonly #denied = new FirstItems<DeniedRow>(SUMMARY_CAPS.list);
  readonly #errors = new FirstItems<ServerErrorRow>(SUMMARY_CAPS.list);
  readonly #deprecated = new DeprecatedCallers(SUMMARY_CAPS.list);
  readonly #slowest = new LargestItems<SlowRow>(SUMMARY_CAPS.slowest);
  readonly #who = new WhoDidWhat();
  readonly #timeline = new TimelineCounter();
  readonly #pending = new PendingRequests(
    {
      count: (facts, node) => this.#count(facts, node),
      settled: (isEvent) => (isEvent ? this.events++ : this.skipped++),
    },
    SUMMARY_CAPS.pending,
  );
  readonly #nodes = new Map<string, NodeSummary>();
  /** Each node's first and last time in ms, so the strings need not be parsed again per event. */
  readonly #nodeSpans = new Map<NodeSummary, { first: number; last: number }>();
  readonly #warnings: string[] = [];

  /**
   * One line of a log (without its newline), from `node` when known. A line that kube-apiserver's
   * layout shows to be an early stage of a request is set aside unparsed (stage-peek.ts): when its
   * request's final stage comes, it is counted as an event without ever being parsed.
   */
  add(line: Buffer | string, node = ''): void {
    if (typeof line !== 'string') {
      const peek = peekStage(line);
      if (peek && !isFinalStage(peek.stage) && this.#pending.canHold(line.length)) {
        this.lines++;
        this.#pending.hold(peek.auditID, peek.stage, line, node);
        return;
      }
    }
    const parsed = parseLine(line);
    if (parsed.kind === 'blank') return;
    this.lines++;
    if (parsed.kind === 'skipped') this.skipped++;
    else this.addFacts(factsOf(parsed.event), node);
  }

  /**
   * One line already parsed by {@link parseLine}, from `node` when known: the entry point of a
   * pass that parses each line once for several consumers (the insights need the whole event).
   */
  addParsed(parsed: ParsedLine, node = ''): void {
    if (parsed.kind === 'blank') return;
    this.lines++;
    if (parsed.kind === 'skipped') this.skipped++;
    else this.addFacts(factsOf(parsed.event), node);
  }

  /**
   * An early stage of a request whose final stage follows, left unparsed by the one pass: an
   * event, and its request counts at that final stage.
   */
  addSettledStage(): void {
    this.lines++;
    this.events++;
  }

  /** One event's facts (the fast path hands these in without a full parse). */
  addFacts(facts: RequestFacts, node = ''): void {
    this.events++;
    this.#pending.add(facts, node);
  }

  /** Files and bytes read for a node, which lines alone cannot tell. */
  addFile(node: string, bytes: number): void {
    const entry = this.#node(node);
    if (!entry) return;
    entry.files++;
    entry.bytes += bytes;
  }

  /** Something reading met that a reader of the summary should know. */
  warn(message: string): void {
    if (this.#warnings.length < SUMMARY_CAPS.warnings) this.#warnings.push(message);
  }

  /** A node known by its files alone: its requests were counted elsewhere (`null` fields). */
  markNodeUnattributed(node: string): void {
    const entry = this.#node(node);
    if (entry) Object.assign(entry, { requests: null, first: null, last: null });
  }

  #node(node: string): NodeSummary | undefined {
    let entry = this.#nodes.get(node);
    if (!entry && this.#nodes.size < SUMMARY_CAPS.nodes) {
      entry = { files: 0, bytes: 0, requests: 0, first: null, last: null };
      this.#nodes.set(node, entry);
    }
    return entry;
  }

  #count(f: RequestFacts, node: string): void {
    this.requests++;
    const t = this.#tables;
    t.byVerb.add(f.verb || '(none)');
    t.byResource.add(f.resource || '(none)');
    t.byUser.add(f.user || '(none)');
    t.byNamespace.add(f.namespace || '(cluster)');
    t.byCode.add(f.code || '(none)');
    t.byUserAgent.add(f.userAgent || '(none)');
    t.byLevel.add(f.level || '(none)');
    const row = () => ({
      time: f.time,
      user: f.user,
      verb: f.verb,
      resource: f.resource,
      namespace: f.namespace,
      name: f.name,
    });
    if (f.code === '403') this.#denied.add(() => ({ ...row(), reason: f.reason }));
    if (f.code.length === 3 && f.code.startsWith('5'))
      this.#errors.add(() => ({ ...row(), code: Number(f.code), message: f.message }));
    if (f.deprecatedApi) this.#deprecated.add(f);
    if (Number.isFinite(f.latencyMs) && this.#slowest.wants(f.latencyMs))
      this.#slowest.add(f.latencyMs, { ...row(), latencyMs: f.latencyMs, code: f.code });
    if (!f.component && f.user) this.#who.add(f.user, f.verb, f.resource, f.namespace);
    this.#timeline.add(f.ms, node);
    if (f.ms < this.#first.ms) this.#first = { ms: f.ms, time: f.time };
    if (f.ms > this.#last.ms) this.#last = { ms: f.ms, time: f.time };
    // Events read without a node (the merged log) count in the totals, not for a node.
    const entry = node ? this.#node(node) : undefined;
    if (entry && entry.requests !== null) {
      entry.requests++;
      let span = this.#nodeSpans.get(entry);
      if (!span) this.#nodeSpans.set(entry, (span = { first: Infinity, last: -Infinity }));
      if (f.ms < span.first) [span.first, entry.first] = [f.ms, f.time];
      if (f.ms > span.last) [span.last, entry.last] = [f.ms, f.time];
    }
  }

  /** The summary. Requests still waiting for a final stage count now, at the last stage seen. */
  result(): Summary {
    this.#pending.end();
    const t = this.#tables;
    const top = (tally: Tally) => tally.top(SUMMARY_CAPS.table);
    return {
      requests: this.requests,
      lines: this.lines,
      skipped: this.skipped,
      events: this.events,
      first: this.#first.time,
      last: this.#last.time,
      byVerb: top(t.byVerb),
      byResource: top(t.byResource),
      byUser: top(t.byUser),
      byNamespace: top(t.byNamespace),
      byCode: top(t.byCode),
      byUserAgent: top(t.byUserAgent),
      byLevel: top(t.byLevel),
      denied: this.#denied.items,
      deniedTotal: this.#denied.total,
      errors5xx: this.#errors.items,
      errors5xxTotal: this.#errors.total,
      deprecated: this.#deprecated.rows,
      deprecatedTotal: this.#deprecated.total,
      slowest: this.#slowest.items,
      whoDidWhat: this.#who.result(SUMMARY_CAPS.list),
      whoDidWhatSubjects: this.#who.subjects,
      nodes: Object.fromEntries([...this.#nodes].sort(([a], [b]) => (a < b ? -1 : 1))),
      timeline: this.#timeline.result(),
      warnings: [...this.#warnings],
    };
  }
}
