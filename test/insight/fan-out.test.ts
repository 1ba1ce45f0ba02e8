import { describe, expect, it } from 'vitest';
import { fanOut } from '../../src/insight/fan-out.js';
import { InsightPass } from '../../src/insight/insight-pass.js';
import { parseLine, type ParsedLine } from '../../src/logs/parse-event.js';
import { Summarizer } from '../../src/logs/summarize.js';

const event = (id: string, stage: string, user: string, verb: string) =>
  JSON.stringify({
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: 'Metadata',
    auditID: id,
    stage,
    requestURI: `/api/v1/namespaces/app/secrets`,
    verb,
    user: { username: user, groups: ['system:authenticated'] },
    objectRef: { resource: 'secrets', namespace: 'app', apiVersion: 'v1' },
    responseStatus: { code: 200 },
    stageTimestamp: '2026-01-01T00:00:00.000000Z',
  });

describe('fanOut', () => {
  it('takes the event the reader parsed without parsing the line again', () => {
    let parses = 0;
    const counting = (line: Buffer): ParsedLine => {
      parses++;
      return parseLine(line);
    };
    const summarizer = new Summarizer();
    const insights = new InsightPass({ rbac: {}, expectations: [] });
    const line = event('1', 'ResponseComplete', 'jane', 'list');
    const parsed = parseLine(Buffer.from(line));
    if (parsed.kind !== 'event') throw new Error('the test line is an event');
    fanOut(summarizer, insights, counting)(Buffer.from(line), 'n', parsed.event);
    expect(parses).toBe(0);
    expect(summarizer.result()).toMatchObject({ lines: 1, requests: 1, byUser: { jane: 1 } });
    expect(insights.finish().baseline.lines).toEqual(['jane\tlist\tsecrets\tapp']);
  });

  it('parses each line once and hands the parse to the summary and every insight', () => {
    const lines = [
      event('1', 'RequestReceived', 'jane', 'list'),
      event('1', 'ResponseComplete', 'jane', 'list'),
      'not json',
      '',
      event('2', 'ResponseComplete', 'system:serviceaccount:app:op', 'get'),
    ];
    let parses = 0;
    const counting = (line: Buffer): ParsedLine => {
      parses++;
      return parseLine(line);
    };
    const summarizer = new Summarizer();
    const insights = new InsightPass({
      rbac: {},
      expectations: [{ name: 'no secrets', kind: 'forbid', selector: { resource: ['secrets'] } }],
    });
    const onLine = fanOut(summarizer, insights, counting);
    for (const line of lines) onLine(Buffer.from(line), 'kind-control-plane');
    expect(parses).toBe(lines.length);
    const summary = summarizer.result();
    expect(summary.lines).toBe(4);
    expect(summary.skipped).toBe(1);
    expect(summary.requests).toBe(2);
    const results = insights.finish();
    // Two stages of one request count once.
    expect(results.requests).toBe(2);
    expect(results.check?.expectations[0]).toMatchObject({ violated: true, matched: 2 });
    expect(results.rbac?.subjects.map((s) => s.subject)).toEqual([
      'jane',
      'system:serviceaccount:app:op',
    ]);
    expect(results.baseline.lines).toEqual([
      'jane\tlist\tsecrets\tapp',
      'system:serviceaccount:app:op\tget\tsecrets\tapp',
    ]);
  });
});
