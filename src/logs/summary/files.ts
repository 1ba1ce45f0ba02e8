import { findLogs, filesOf, type FoundLogs } from '../find/index.js';
import { Summarizer } from './summarizer.js';
import { readInParts, type PartOptions } from './parts.js';
import type { Summary } from './shape.js';

export { InputPathError } from '../find/index.js';

/**
 * The summary of audit logs, plain or `.gz`, read as streams (memory stays flat): the paths a
 * user named (found by {@link findLogs}'s rules) or what `findLogs` found already. A folder's
 * subfolders are nodes; a file named directly counts for the node of its folder's name. An
 * artifact folder is read through `audit.jsonl` alone, and its raw per-node copies give their
 * files and bytes, with `null` for what only their events could tell. Given a thread script, the
 * files are read on two threads (parts.ts).
 */
export async function summarizeFiles(
  logs: readonly string[] | FoundLogs,
  options: PartOptions = {},
): Promise<Summary> {
  const found = Array.isArray(logs) ? await findLogs(logs) : (logs as FoundLogs);
  const summarizer = new Summarizer();
  // An artifact's audit.jsonl holds every node's events; its raw copies would count them twice.
  for (const copy of found.copies) {
    summarizer.addFile(copy.node, copy.bytes);
    summarizer.markNodeUnattributed(copy.node);
  }
  const sources = filesOf(found).map((f) => ({
    file: f.path,
    node: f.node,
    bytes: f.bytes,
    label: f.label,
  }));
  for (const source of sources) if (source.node) summarizer.addFile(source.node, source.bytes);
  await readInParts(sources, summarizer, options);
  return summarizer.result();
}
