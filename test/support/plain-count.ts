import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { EventCounts } from '../../src/logs/pass/count.js';
import { forEachLine } from '../../src/logs/lines/splitter.js';

/** Counts one line (without its newline) into `counts`: an event, a request, or unreadable. */
function countLine(counts: EventCounts, line: Buffer): void {
  if (line.length === 0) return;
  const text = line.toString('utf8');
  if (!text.trim()) return;
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    counts.unreadable++;
    return;
  }
  if (typeof event !== 'object' || event === null || !('stage' in event)) {
    counts.unreadable++;
    return;
  }
  counts.events++;
  const stage = event.stage;
  if (stage === 'ResponseComplete' || stage === 'Panic') counts.requests++;
}

/**
 * The counts of an audit file, `.gz` or plain, with every line parsed whole: the reference the
 * one pass's counts (which it takes as it builds the artifact, `readNode`) must equal.
 */
export async function plainCount(file: string): Promise<EventCounts> {
  const raw = createReadStream(file, { highWaterMark: 1024 * 1024 });
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  if (input !== raw) raw.on('error', (error) => input.destroy(error));
  const counts: EventCounts = { events: 0, requests: 0, unreadable: 0 };
  try {
    await forEachLine(
      input,
      (line) => countLine(counts, line),
      () => counts.unreadable++,
    );
  } catch {
    // A .gz cut off mid-write ends in a stream error: the events read so far stand, and the
    // damaged tail counts as one unreadable part.
    counts.unreadable++;
  } finally {
    raw.destroy();
  }
  return counts;
}
