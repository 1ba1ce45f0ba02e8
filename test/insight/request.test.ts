import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FinalStages } from '../../src/insight/final-stage.js';
import { readRequests } from '../../src/insight/read-requests.js';
import { requestOf } from '../../src/insight/request.js';
import type { AuditEvent } from '../../src/logs/events/event.js';

const demo = readFileSync(
  new URL('../fixtures/audit-logs/audit2rbac-demo.log', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as AuditEvent);

describe('requestOf', () => {
  test('an impersonated request belongs to the impersonated user, with its groups', () => {
    const request = requestOf({
      stage: 'ResponseComplete',
      verb: 'get',
      requestURI: '/api/v1/namespaces/app/pods/p?watch=1',
      user: { username: 'admin', groups: ['system:masters'] },
      impersonatedUser: { username: 'alice', groups: ['devs'] },
      objectRef: { resource: 'pods', namespace: 'app', name: 'p', apiVersion: 'v1' },
      responseStatus: { code: 403 },
      annotations: { 'authorization.k8s.io/reason': 'no RBAC policy matched' },
      stageTimestamp: '2026-01-01T00:00:00.000000Z',
    });
    expect(request).toMatchObject({
      user: 'alice',
      groups: ['devs'],
      component: false,
      verb: 'get',
      resource: 'pods',
      path: '/api/v1/namespaces/app/pods/p',
      code: 403,
      reason: 'no RBAC policy matched',
    });
  });

  test('spells resources as kubectl does and keeps non-resource paths without queries', () => {
    const scale = requestOf({
      stage: 'ResponseComplete',
      objectRef: { resource: 'deployments', apiGroup: 'apps', subresource: 'scale' },
    });
    expect([scale.resource, scale.apiGroup, scale.resourceName, scale.subresource]).toEqual([
      'deployments.apps/scale',
      'apps',
      'deployments',
      'scale',
    ]);
    const healthz = requestOf({ stage: 'ResponseComplete', requestURI: '/healthz?verbose=1' });
    expect([healthz.resource, healthz.path]).toEqual(['', '/healthz']);
  });

  test('a hostile event with fields of the wrong type gives empty strings, never throws', () => {
    const request = requestOf({
      stage: 'ResponseComplete',
      user: 'nobody' as never,
      objectRef: 7 as never,
      responseStatus: { code: '500' as never },
      annotations: null as never,
    });
    expect(request).toMatchObject({ user: '', resource: '', code: 0, reason: '', groups: [] });
  });

  test('every request of a real log is read', () => {
    const users = new Set(demo.map((e) => requestOf(e).user));
    expect(users.has('alice')).toBe(true);
  });
});

describe('FinalStages', () => {
  const event = (auditID: string, stage: string): AuditEvent => ({ auditID, stage });

  test('a request seen at two stages is passed on once, at its final stage', () => {
    const out: AuditEvent[] = [];
    const stages = new FinalStages((e) => out.push(e));
    stages.add(event('a', 'RequestReceived'));
    stages.add(event('b', 'ResponseComplete'));
    stages.add(event('a', 'ResponseComplete'));
    stages.end();
    expect(out.map((e) => `${e.auditID}:${e.stage}`)).toEqual([
      'b:ResponseComplete',
      'a:ResponseComplete',
    ]);
  });

  test('a request whose final stage never came is passed on at its last stage seen', () => {
    const out: AuditEvent[] = [];
    const stages = new FinalStages((e) => out.push(e));
    stages.add(event('a', 'RequestReceived'));
    stages.add(event('a', 'ResponseStarted'));
    stages.end();
    expect(out.map((e) => e.stage)).toEqual(['ResponseStarted']);
  });

  test('too many waiting requests pass the oldest on, so memory stays bounded', () => {
    const out: AuditEvent[] = [];
    const stages = new FinalStages((e) => out.push(e), 2);
    for (const id of ['a', 'b', 'c']) stages.add(event(id, 'RequestReceived'));
    expect(out.map((e) => e.auditID)).toEqual(['a']);
    stages.end();
    expect(out.map((e) => e.auditID)).toEqual(['a', 'b', 'c']);
  });
});

describe('readRequests', () => {
  test('reads a log once per request, skipping lines that are not events', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'requests-'));
    const lines = [
      JSON.stringify({ auditID: 'a', stage: 'RequestReceived', verb: 'get' }),
      'not json',
      JSON.stringify({ auditID: 'a', stage: 'ResponseComplete', verb: 'get' }),
      JSON.stringify({ auditID: 'b', stage: 'ResponseComplete', verb: 'list' }),
    ];
    await writeFile(path.join(dir, 'kube-apiserver-audit.log'), `${lines.join('\n')}\n`);
    const seen: string[] = [];
    for await (const r of readRequests([dir])) seen.push(`${r.auditID}:${r.verb}`);
    expect(seen).toEqual(['a:get', 'b:list']);
  });

  test('a path that does not exist is an input error naming it', async () => {
    const read = async () => {
      for await (const _ of readRequests(['/nonexistent/log'])) void _;
    };
    await expect(read()).rejects.toThrow('/nonexistent/log: there is no such file or folder');
  });
});
