import { findLogs, filesOf, type FoundLogs } from '../logs/find/index.js';
import { parseLine, PendingRequests, requestOf, type Request } from '../logs/events/index.js';
import { readLines } from '../logs/lines/index.js';

/** What a read saw, filled in as it goes: what a command says when it read no request. */
export interface ReadCounts {
  /** Non-empty lines read. */
  lines: number;
  /** Requests handed on, each once. */
  requests: number;
}

export interface ReadRequestsOptions {
  /** Told of damage that does not stop reading (a `.gz` cut off), by the file's label. */
  onProblem?: (file: string, message: string) => void;
  /** Filled in as the read goes. */
  counts?: ReadCounts;
}

/**
 * Every request of the logs, once each at its last stage (docs/definitions.md), streaming. The logs
 * are the paths a user named (found by {@link findLogs}'s rules, which throw for one that cannot be
 * read) or what `findLogs` found already. Lines that are not events are skipped.
 */
export async function* readRequests(
  logs: readonly string[] | FoundLogs,
  options: ReadRequestsOptions = {},
): AsyncGenerator<Request> {
  const found = isFound(logs) ? logs : await findLogs(logs);
  const counts = options.counts ?? { lines: 0, requests: 0 };
  const ready: Request[] = [];
  const pending = new PendingRequests({
    count: (request) => ready.push(request),
    settled: () => undefined,
  });
  let seq = 0;
  const files = filesOf(found);
  const labels = new Map(files.map((f) => [f.path, f.label]));
  const onProblem = options.onProblem;
  const read = readLines(
    files.map((f) => f.path),
    onProblem ? { onProblem: (file, message) => onProblem(labels.get(file) ?? file, message) } : {},
  );
  for await (const line of read) {
    counts.lines++;
    const parsed = parseLine(line);
    if (parsed.kind === 'event') pending.add(requestOf(parsed.event), '', seq++);
    counts.requests += ready.length;
    yield* ready.splice(0);
  }
  pending.end(seq);
  counts.requests += ready.length;
  yield* ready.splice(0);
}

function isFound(logs: readonly string[] | FoundLogs): logs is FoundLogs {
  return !Array.isArray(logs);
}
