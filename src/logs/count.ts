import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

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

/** Counts events in an audit file, `.gz` or plain, streaming: memory stays flat at any size. Never throws on damaged content. */
export async function countEvents(file: string): Promise<EventCounts> {
  const raw = createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const counts: EventCounts = { events: 0, requests: 0, unreadable: 0 };
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      let event: unknown;
      try {
        event = JSON.parse(line);
      } catch {
        counts.unreadable++;
        continue;
      }
      if (typeof event !== 'object' || event === null || !('stage' in event)) {
        counts.unreadable++;
        continue;
      }
      counts.events++;
      const stage = event.stage;
      if (stage === 'ResponseComplete' || stage === 'Panic') counts.requests++;
    }
  } catch {
    // A .gz cut off mid-write (still being compressed, or the node died) ends in a stream error:
    // the events read so far stand, and the damaged tail counts as one unreadable part.
    counts.unreadable++;
  }
  return counts;
}
