// The one place that counts a request once, at its last stage: the summary and the insights
// both take their requests from PendingRequests.
import { describe, expect, test } from 'vitest';
import { PendingRequests } from '../../../src/logs/events/pending.js';
import { requestOf, type Request } from '../../../src/logs/events/request.js';

describe('PendingRequests', () => {
  const event = (auditID: string, stage: string) => requestOf({ auditID, stage });
  /** The requests counted, in order, and a count of requests waiting at most `max`. */
  const counting = (max?: number) => {
    const out: Request[] = [];
    const pending = new PendingRequests(
      { count: (r) => out.push(r), settled: () => undefined },
      max,
    );
    let seq = 0;
    return { out, add: (r: Request) => pending.add(r, '', seq++), end: () => pending.end(seq) };
  };

  test('a request seen at two stages is passed on once, at its final stage', () => {
    const { out, add, end } = counting();
    add(event('a', 'RequestReceived'));
    add(event('b', 'ResponseComplete'));
    add(event('a', 'ResponseComplete'));
    end();
    expect(out.map((e) => `${e.auditID}:${e.stage}`)).toEqual([
      'b:ResponseComplete',
      'a:ResponseComplete',
    ]);
  });

  test('a request whose final stage never came is passed on at its last stage seen', () => {
    const { out, add, end } = counting();
    add(event('a', 'RequestReceived'));
    add(event('a', 'ResponseStarted'));
    end();
    expect(out.map((e) => e.stage)).toEqual(['ResponseStarted']);
  });

  test('too many waiting requests pass the oldest on, so memory stays bounded', () => {
    const { out, add, end } = counting(2);
    for (const id of ['a', 'b', 'c']) add(event(id, 'RequestReceived'));
    expect(out.map((e) => e.auditID)).toEqual(['a']);
    end();
    expect(out.map((e) => e.auditID)).toEqual(['a', 'b', 'c']);
  });
});
