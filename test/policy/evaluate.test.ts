import { describe, expect, it } from 'vitest';
import {
  evaluate,
  type AuditRequest,
  type Policy,
  type PolicyRule,
} from '../../src/policy/index.js';

/** A policy whose only rule is `rule` at Metadata, so a match reads as Metadata and a miss as None. */
function only(rule: Omit<PolicyRule, 'level'>): Policy {
  return { apiVersion: 'audit.k8s.io/v1', kind: 'Policy', rules: [{ level: 'Metadata', ...rule }] };
}

const getPods: AuditRequest = { verb: 'get', resource: 'pods', namespace: 'ci', name: 'web-0' };
const podLogs: AuditRequest = { ...getPods, subresource: 'log' };
const healthz: AuditRequest = { verb: 'get', path: '/healthz' };

describe('evaluate: which requests a rule matches', () => {
  it.each<[string, Omit<PolicyRule, 'level'>, AuditRequest, boolean]>([
    ['an empty rule: any resource request', {}, getPods, true],
    ['an empty rule: any URL', {}, healthz, true],
    ['users: the named user', { users: ['alice'] }, { ...getPods, user: 'alice' }, true],
    ['users: another user', { users: ['alice'] }, { ...getPods, user: 'bob' }, false],
    ['users: no user at all', { users: ['alice'] }, getPods, false],
    [
      'userGroups: any one group in common',
      { userGroups: ['a', 'b'] },
      { ...getPods, groups: ['c', 'b'] },
      true,
    ],
    ['userGroups: none in common', { userGroups: ['a'] }, { ...getPods, groups: ['c'] }, false],
    ['verbs: listed', { verbs: ['list', 'get'] }, getPods, true],
    ['verbs: not listed', { verbs: ['list'] }, getPods, false],
    ['verbs: compared exactly, so upper case never matches', { verbs: ['GET'] }, getPods, false],
    [
      'fields are ANDed',
      { users: ['alice'], verbs: ['get'] },
      { ...getPods, user: 'alice', verb: 'list' },
      false,
    ],
    ['namespaces: listed', { namespaces: ['ci'] }, getPods, true],
    ['namespaces: not listed', { namespaces: ['prod'] }, getPods, false],
    [
      'namespaces [""]: cluster-scoped',
      { namespaces: [''] },
      { verb: 'get', resource: 'nodes' },
      true,
    ],
    ['namespaces [""]: not a namespaced one', { namespaces: [''] }, getPods, false],
    ['namespaces make the rule resource-only', { namespaces: [''] }, healthz, false],
    ['resources make the rule resource-only', { resources: [{ group: '' }] }, healthz, false],
    ['resources: core group by default', { resources: [{ resources: ['pods'] }] }, getPods, true],
    [
      'resources: the group must match',
      { resources: [{ group: 'apps', resources: ['pods'] }] },
      getPods,
      false,
    ],
    [
      'resources: a group with no resources means all of it',
      { resources: [{ group: 'apps' }] },
      { verb: 'get', resource: 'deployments', apiGroup: 'apps' },
      true,
    ],
    ['resources: "*"', { resources: [{ resources: ['*'] }] }, podLogs, true],
    [
      'resources: plain pods does not cover pods/log',
      { resources: [{ resources: ['pods'] }] },
      podLogs,
      false,
    ],
    ['resources: pods/log', { resources: [{ resources: ['pods/log'] }] }, podLogs, true],
    [
      'resources: pods/* covers pods/log',
      { resources: [{ resources: ['pods/*'] }] },
      podLogs,
      true,
    ],
    [
      'resources: pods/* covers pods itself',
      { resources: [{ resources: ['pods/*'] }] },
      getPods,
      true,
    ],
    [
      'resources: */log is any resource’s log',
      { resources: [{ resources: ['*/log'] }] },
      podLogs,
      true,
    ],
    [
      'resources: */status is not pods/log',
      { resources: [{ resources: ['*/status'] }] },
      podLogs,
      false,
    ],
    [
      'resources: */log is not the resource itself',
      { resources: [{ resources: ['*/log'] }] },
      getPods,
      false,
    ],
    [
      'resourceNames: the named object',
      { resources: [{ resources: ['pods'], resourceNames: ['web-0'] }] },
      getPods,
      true,
    ],
    [
      'resourceNames: another object',
      { resources: [{ resources: ['pods'], resourceNames: ['db-0'] }] },
      getPods,
      false,
    ],
    ['nonResourceURLs: "*"', { nonResourceURLs: ['*'] }, healthz, true],
    ['nonResourceURLs: exact path', { nonResourceURLs: ['/healthz'] }, healthz, true],
    [
      'nonResourceURLs: exact means exact',
      { nonResourceURLs: ['/healthz'] },
      { verb: 'get', path: '/healthz/etcd' },
      false,
    ],
    [
      'nonResourceURLs: prefix with trailing star',
      { nonResourceURLs: ['/healthz*'] },
      { verb: 'get', path: '/healthz/etcd' },
      true,
    ],
    ['nonResourceURLs: never a resource request', { nonResourceURLs: ['*'] }, getPods, false],
  ])('%s', (_name, rule, request, matches) => {
    expect(evaluate(only(rule), request).level).toBe(matches ? 'Metadata' : 'None');
  });
});

describe('evaluate: decisions', () => {
  const policy: Policy = {
    apiVersion: 'audit.k8s.io/v1',
    kind: 'Policy',
    omitStages: ['RequestReceived'],
    rules: [
      { level: 'None', users: ['system:kube-proxy'] },
      { level: 'RequestResponse', verbs: ['create'], omitStages: ['Panic', 'RequestReceived'] },
      { level: 'Metadata', namespaces: ['ci'] },
    ],
  };

  it('takes the first matching rule and unions policy and rule omitStages', () => {
    expect(evaluate(policy, { ...getPods, verb: 'create' })).toEqual({
      level: 'RequestResponse',
      ruleIndex: 1,
      omitStages: ['RequestReceived', 'Panic'],
    });
  });

  it('returns None with the policy omitStages when nothing matches', () => {
    expect(evaluate(policy, healthz)).toEqual({
      level: 'None',
      ruleIndex: null,
      omitStages: ['RequestReceived'],
    });
  });

  it('lets an earlier None rule win over later ones', () => {
    const decision = evaluate(policy, { ...getPods, verb: 'create', user: 'system:kube-proxy' });
    expect(decision).toMatchObject({ level: 'None', ruleIndex: 0 });
  });
});
