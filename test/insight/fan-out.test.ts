import { describe, expect, it } from 'vitest';
import { fanOut } from '../../src/insight/fan-out.js';
import { InsightPass } from '../../src/insight/insight-pass.js';
import type { AuditEvent } from '../../src/logs/events/event.js';
import { requestOf } from '../../src/logs/events/request.js';
import { Summarizer } from '../../src/logs/summary/summarizer.js';

const event = (id: string, stage: string, user: string, verb: string): AuditEvent => ({
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

const line = (e: AuditEvent) => Buffer.from(JSON.stringify(e));

describe('fanOut', () => {
  it('hands each event to the summary and every insight; a settled early stage is only counted', () => {
    const summarizer = new Summarizer();
    const insights = new InsightPass({
      rbac: {},
      expectations: [{ name: 'no secrets', kind: 'forbid', selector: { resource: ['secrets'] } }],
    });
    const onLine = fanOut(summarizer, insights);
    const early = event('1', 'RequestReceived', 'jane', 'list');
    const final = event('1', 'ResponseComplete', 'jane', 'list');
    const other = event('2', 'ResponseComplete', 'system:serviceaccount:app:op', 'get');
    onLine(line(early), 'kind-control-plane', undefined);
    onLine(line(final), 'kind-control-plane', requestOf(final));
    onLine(line(other), 'kind-control-plane', requestOf(other));
    const summary = summarizer.result();
    expect(summary).toMatchObject({ lines: 3, events: 3, skipped: 0, requests: 2 });
    const results = insights.finish();
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

  it('counts an early stage handed on parsed as waiting for its final stage: the request once', () => {
    const summarizer = new Summarizer();
    const insights = new InsightPass({ rbac: {}, expectations: [] });
    const onLine = fanOut(summarizer, insights);
    const early = event('1', 'RequestReceived', 'jane', 'list');
    const final = event('1', 'ResponseComplete', 'jane', 'list');
    onLine(line(early), 'n', requestOf(early));
    onLine(line(final), 'n', requestOf(final));
    expect(summarizer.result()).toMatchObject({ lines: 2, events: 2, requests: 1 });
    expect(insights.finish().requests).toBe(1);
  });

  it('hands the insights the requests the summary counts: one that never ended, at its result', () => {
    const summarizer = new Summarizer();
    const insights = new InsightPass({ rbac: {}, expectations: [] });
    const onLine = fanOut(summarizer, insights);
    const early = event('1', 'RequestReceived', 'jane', 'list');
    const started = event('1', 'ResponseStarted', 'jane', 'watch');
    onLine(line(early), 'n', requestOf(early));
    onLine(line(started), 'n', requestOf(started));
    expect(summarizer.result()).toMatchObject({ requests: 1, byVerb: { watch: 1 } });
    const results = insights.finish();
    expect(results.requests).toBe(1);
    expect(results.baseline.lines).toEqual(['jane\twatch\tsecrets\tapp']);
  });
});
