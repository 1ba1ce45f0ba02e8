import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { AuditEvent } from '../../../src/logs/events/event.js';
import { requestOf } from '../../../src/logs/events/request.js';

const demo = readFileSync(
  new URL('../../fixtures/audit-logs/audit2rbac-demo.log', import.meta.url),
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
