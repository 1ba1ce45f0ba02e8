import { describe, expect, it } from 'vitest';
import {
  eventTime,
  isComponent,
  resourceOf,
  stageRank,
  subjectOf,
  type AuditEvent,
} from '../../../src/logs/events/event.js';

describe('the shared definitions over events', () => {
  it.each([
    [{ resource: 'pods' }, 'pods'],
    [{ resource: 'pods', subresource: 'log' }, 'pods/log'],
    [{ resource: 'deployments', apiGroup: 'apps' }, 'deployments.apps'],
    [{ resource: 'deployments', apiGroup: 'apps', subresource: 'scale' }, 'deployments.apps/scale'],
  ])('spells %j as %s', (objectRef, spelled) => {
    expect(resourceOf({ objectRef })).toBe(spelled);
  });

  it('has no resource for a non-resource URL', () => {
    expect(resourceOf({ requestURI: '/healthz' })).toBeUndefined();
  });

  it('takes the impersonated user as the subject', () => {
    const event: AuditEvent = {
      user: { username: 'admin' },
      impersonatedUser: { username: 'bob' },
    };
    expect(subjectOf(event)).toBe('bob');
    expect(subjectOf({ user: { username: 'admin' } })).toBe('admin');
    expect(subjectOf({})).toBe('');
  });

  it('times an event by stageTimestamp, else the v1beta1 timestamp', () => {
    expect(eventTime({ stageTimestamp: 'b', timestamp: 'a' })).toBe('b');
    expect(eventTime({ timestamp: 'a' })).toBe('a');
  });

  it('orders stages by lifecycle, Panic with ResponseComplete', () => {
    expect(stageRank('RequestReceived')).toBeLessThan(stageRank('ResponseStarted'));
    expect(stageRank('ResponseComplete')).toBe(stageRank('Panic'));
    expect(stageRank('Odd')).toBeGreaterThan(stageRank('Panic'));
  });

  it.each([
    ['system:kube-scheduler', [], true],
    ['system:node:kind-control-plane', [], true],
    ['someone', ['system:nodes'], true],
    ['system:serviceaccount:kube-system:replicaset-controller', [], true],
    ['system:serviceaccount:local-path-storage:local-path-provisioner-service-account', [], true],
    ['system:serviceaccount:default:my-operator', [], false],
    ['kubernetes-admin', ['kubeadm:cluster-admins'], false],
  ])('%s in %j is a component: %s', (subject, groups, component) => {
    expect(isComponent(subject, groups)).toBe(component);
  });
});
