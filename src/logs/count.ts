import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

export interface EventCounts {
  /** Lines that are audit events (one per request stage). */
  events: number;
  /** Requests seen at their final stage (ResponseComplete or Panic): each request counted once. */
  requests: number;
  /** Lines that are not JSON events: legacy text, or a last line cut off mid-write. */
  unreadable: number;
}

/** Counts events in an audit file, `.gz` or plain, streaming: memory stays flat at any size. */
export async function countEvents(file: string): Promise<EventCounts> {
  const raw = createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const counts: EventCounts = { events: 0, requests: 0, unreadable: 0 };
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
  return counts;
}
