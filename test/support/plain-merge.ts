import { keyedEvent } from '../../src/logs/pass/keyed-line.js';
import { mergeKeyedByTime } from '../../src/logs/pass/merge.js';
import type { MergeStats } from '../../src/logs/pass/reorder-window.js';

/** Lines as a stream, each handed over after a turn of the event loop, as a file's would be. */
async function* keyedOneByOne(lines: readonly string[]) {
  for (const line of lines) {
    await Promise.resolve();
    yield [keyedEvent(Buffer.from(line))];
  }
}

/**
 * The merge of `sources` (each a node's lines in write order) with every line parsed whole: the
 * reference the one pass, which keys early stages unparsed, must equal.
 */
export async function plainMerge(
  sources: readonly (readonly string[])[],
  window = 100,
): Promise<{ out: string[]; stats: MergeStats }> {
  const merged = mergeKeyedByTime(sources.map(keyedOneByOne), { window });
  const out: string[] = [];
  for await (const batch of merged)
    for (const entry of batch) out.push(entry.line.toString('utf8'));
  return { out, stats: merged.stats };
}
