import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { forEachLine } from '../lines/index.js';

export interface EventCounts {
  /** Lines that are audit events (one per request stage). */
  events: number;
  /** Requests seen at their final stage (ResponseComplete or Panic): each request counted once. */
  requests: number;
  /** Lines that are not JSON events (legacy text, a last line cut off mid-write), or a damaged .gz tail. */
  unreadable: number;
}

/** Counts of a file not read yet: the one pass over the events fills them in. */
export function notCounted(): EventCounts {
  return { events: 0, requests: 0, unreadable: 0 };
}

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
 * Counts events in an audit file, `.gz` or plain, streaming: memory stays flat at any size. Never
 * throws on damaged content. Post counts as it builds the artifact (`readNode`); this is the
 * plain reference a test holds that count to.
 */
export async function countEvents(file: string): Promise<EventCounts> {
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
    // A .gz cut off mid-write (still being compressed, or the node died) ends in a stream error:
    // the events read so far stand, and the damaged tail counts as one unreadable part.
    counts.unreadable++;
  } finally {
    raw.destroy();
  }
  return counts;
}
