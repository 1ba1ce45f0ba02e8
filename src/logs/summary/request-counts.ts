import { DeprecatedCallers, type DeprecatedCallersState } from './deprecated-callers.js';
import {
  earlier,
  later,
  NodeSummaries,
  noFirst,
  noLast,
  place,
  type NodeSummariesState,
  type PlacedTime,
} from './node-summaries.js';
import { fitKey, MAX_WAITING, type Request } from '../events/index.js';
import type { DeniedRow, ServerErrorRow, SlowRow, Summary } from './shape.js';
import {
  FirstItems,
  LargestItems,
  Tally,
  type FirstItemsState,
  type Scored,
  type TallyState,
} from './tally.js';
import { TimelineCounter, type TimelineState } from './timeline.js';
import { WhoDidWhat, type WhoDidWhatState } from './who-did-what.js';

/** How many entries each table and list of summary.json keeps (the totals count everything). */
export const SUMMARY_CAPS = {
  table: 100,
  list: 100,
  slowest: 20,
  /** auditIDs seen at a stage that does not end a request, waiting for the one that does. */
  pending: MAX_WAITING,
  nodes: 64,
  warnings: 20,
} as const;

const TABLES = [
  'byVerb',
  'byResource',
  'byUser',
  'byNamespace',
  'byCode',
  'byUserAgent',
  'byLevel',
] as const;
type TableName = (typeof TABLES)[number];

/** Everything {@link RequestCounts} counted, as plain data: what a summary thread hands back. */
export interface RequestCountsState {
  requests: number;
  first: PlacedTime;
  last: PlacedTime;
  tables: Record<TableName, TallyState>;
  denied: FirstItemsState<DeniedRow>;
  errors: FirstItemsState<ServerErrorRow>;
  deprecated: DeprecatedCallersState;
  slowest: Scored<SlowRow>[];
  who: WhoDidWhatState;
  timeline: TimelineState;
  nodes: NodeSummariesState;
}

/**
 * The summary's tables and lists, counted one request at a time. Each request comes with its
 * place in the read (`seq`), so that counts kept apart (by threads, each over its own part of the
 * read) merge into what one reader in order would have counted, exactly below every cap.
 */
export class RequestCounts {
  requests = 0;
  #first = noFirst();
  #last = noLast();
  readonly #tables = Object.fromEntries(TABLES.map((name) => [name, new Tally()])) as Record<
    TableName,
    Tally
  >;
  readonly #denied = new FirstItems<DeniedRow>(SUMMARY_CAPS.list);
  readonly #errors = new FirstItems<ServerErrorRow>(SUMMARY_CAPS.list);
  readonly #deprecated = new DeprecatedCallers(SUMMARY_CAPS.list);
  readonly #slowest = new LargestItems<SlowRow>(SUMMARY_CAPS.slowest);
  readonly #who = new WhoDidWhat();
  readonly #timeline = new TimelineCounter();
  readonly nodes = new NodeSummaries(SUMMARY_CAPS.nodes);

  /**
   * One request, read at `seq` from `node` ('' for events read without one: the merged log). The
   * log's strings are cut to fit here ({@link fitKey}), as the summary keeps them; a non-resource
   * request is counted under its path.
   */
  count(r: Request, node: string, seq: number): void {
    this.requests++;
    const t = this.#tables;
    const verb = fitKey(r.verb);
    const resource = fitKey(r.resource || r.path);
    const user = fitKey(r.user);
    const namespace = fitKey(r.namespace);
    const code = r.code === 0 ? '' : String(r.code);
    const time = fitKey(r.time);
    t.byVerb.add(verb || '(none)');
    t.byResource.add(resource || '(none)');
    t.byUser.add(user || '(none)');
    t.byNamespace.add(namespace || '(cluster)');
    t.byCode.add(code || '(none)');
    t.byUserAgent.add(r.userAgent || '(none)');
    t.byLevel.add(r.level || '(none)');
    const row = () => ({ time, user, verb, resource, namespace, name: fitKey(r.name) });
    if (code === '403') this.#denied.add(seq, () => ({ ...row(), reason: fitKey(r.reason) }));
    if (code.length === 3 && code.startsWith('5'))
      this.#errors.add(seq, () => ({ ...row(), code: r.code, message: fitKey(r.message) }));
    if (r.deprecatedApi)
      this.#deprecated.add(user, fitKey(r.deprecatedApi), fitKey(r.removedRelease), seq);
    if (Number.isFinite(r.latencyMs) && this.#slowest.wants(r.latencyMs))
      this.#slowest.add(
        r.latencyMs,
        { ...row(), latencyMs: r.latencyMs, latencyFrom: r.latencyFrom, code },
        seq,
      );
    if (!r.component && user) this.#who.add(user, verb, resource, namespace, seq);
    this.#timeline.add(r.ms, node);
    if (r.ms < this.#first.ms) place(this.#first, r.ms, seq, time);
    if (r.ms > this.#last.ms) place(this.#last, r.ms, seq, time);
    if (node) this.nodes.addRequest(node, r.ms, time, seq);
  }

  toState(): RequestCountsState {
    const t = this.#tables;
    return {
      requests: this.requests,
      first: this.#first,
      last: this.#last,
      tables: Object.fromEntries(TABLES.map((name) => [name, t[name].toState()])) as Record<
        TableName,
        TallyState
      >,
      denied: this.#denied.toState(),
      errors: this.#errors.toState(),
      deprecated: this.#deprecated.toState(),
      slowest: this.#slowest.toState(),
      who: this.#who.toState(),
      timeline: this.#timeline.toState(),
      nodes: this.nodes.toState(),
    };
  }

  /** Adds what was counted over another part of the same read. */
  merge(state: RequestCountsState): void {
    this.requests += state.requests;
    if (earlier(state.first, this.#first)) this.#first = { ...state.first };
    if (later(state.last, this.#last)) this.#last = { ...state.last };
    for (const name of TABLES) this.#tables[name].merge(state.tables[name]);
    this.#denied.merge(state.denied);
    this.#errors.merge(state.errors);
    this.#deprecated.merge(state.deprecated);
    this.#slowest.merge(state.slowest);
    this.#who.merge(state.who);
    this.#timeline.merge(state.timeline);
    this.nodes.merge(state.nodes);
  }

  /** The counted part of summary.json. */
  result(): Omit<Summary, 'lines' | 'skipped' | 'events' | 'warnings'> {
    const t = this.#tables;
    const top = (name: TableName) => t[name].top(SUMMARY_CAPS.table);
    return {
      requests: this.requests,
      first: this.#first.time,
      last: this.#last.time,
      byVerb: top('byVerb'),
      byResource: top('byResource'),
      byUser: top('byUser'),
      byNamespace: top('byNamespace'),
      byCode: top('byCode'),
      byUserAgent: top('byUserAgent'),
      byLevel: top('byLevel'),
      denied: this.#denied.items,
      deniedTotal: this.#denied.total,
      errors5xx: this.#errors.items,
      errors5xxTotal: this.#errors.total,
      deprecated: this.#deprecated.rows,
      deprecatedTotal: this.#deprecated.total,
      slowest: this.#slowest.items,
      whoDidWhat: this.#who.result(SUMMARY_CAPS.list),
      whoDidWhatSubjects: this.#who.subjects,
      nodes: this.nodes.result(),
      timeline: this.#timeline.result(),
    };
  }
}
