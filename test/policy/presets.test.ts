import { describe, expect, it } from 'vitest';
import {
  AUDIT_LEVELS,
  PRESETS,
  checkPolicy,
  evaluate,
  levelPolicy,
  presetPolicy,
  type AuditRequest,
  type Policy,
} from '../../src/policy/index.js';

// The policy of the kind auditing guide, written out here so a change to levelPolicy shows.
const GUIDE_POLICY = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
- level: Metadata
`;

function recommended(): Policy {
  const { policy } = checkPolicy(presetPolicy('recommended'));
  if (!policy) throw new Error('the recommended preset does not decode');
  return policy;
}

describe('levelPolicy', () => {
  it('is the guide policy for Metadata, byte for byte', () => {
    expect(levelPolicy('Metadata')).toBe(GUIDE_POLICY);
  });

  it.each(AUDIT_LEVELS)('gives a valid one-rule policy at %s', (level) => {
    const result = checkPolicy(levelPolicy(level));
    expect(result.valid).toBe(true);
    expect(result.policy?.rules).toEqual([{ level }]);
  });
});

describe('presets', () => {
  it.each(PRESETS)('%s passes checkPolicy with no warnings', (name) => {
    const result = checkPolicy(presetPolicy(name));
    expect(result).toMatchObject({ valid: true, errors: [], warnings: [] });
  });

  it('explains each rule of recommended with a comment just above it', () => {
    const lines = presetPolicy('recommended').split('\n');
    const uncommented = lines.filter(
      (line, i) => line.startsWith('  - level:') && !lines[i - 1]?.trim().startsWith('#'),
    );
    expect(uncommented).toEqual([]);
  });
});

describe('recommended preset', () => {
  const readers = [
    { user: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] },
    { user: 'system:serviceaccount:ci:runner', groups: ['system:serviceaccounts'] },
    { user: 'system:node:kind-control-plane', groups: ['system:nodes'] },
    { user: 'system:kube-proxy', groups: ['system:authenticated'] },
    { user: 'system:kube-controller-manager', groups: [] },
  ];
  const secretVerbs = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];
  const secretRequests: AuditRequest[] = readers.flatMap((who) => [
    ...secretVerbs.flatMap((verb) =>
      ['ci', 'kube-system', ''].map((namespace) => ({
        ...who,
        verb,
        resource: 'secrets',
        namespace,
      })),
    ),
    { ...who, verb: 'create', resource: 'serviceaccounts', subresource: 'token', namespace: 'ci' },
    { ...who, verb: 'create', resource: 'tokenreviews', apiGroup: 'authentication.k8s.io' },
  ]);

  it.each(
    secretRequests.map(
      (r) =>
        [
          `${r.user} ${r.verb} ${r.resource}${r.subresource ? `/${r.subresource}` : ''} in "${r.namespace ?? ''}"`,
          r,
        ] as const,
    ),
  )('never logs a credential body: %s', (_name, request) => {
    expect(['None', 'Metadata']).toContain(evaluate(recommended(), request).level);
  });

  it.each([
    ['create', 'deployments', 'apps', 'Request'],
    ['patch', 'deployments', 'apps', 'Request'],
    ['delete', 'pods', '', 'Request'],
    ['get', 'deployments', 'apps', 'Metadata'],
    ['update', 'configmaps', '', 'Metadata'],
  ] as const)('%s %s gets %s', (verb, resource, apiGroup, level) => {
    const request = { verb, resource, apiGroup, namespace: 'ci', user: 'kubernetes-admin' };
    expect(evaluate(recommended(), request).level).toBe(level);
  });

  it.each([
    ['a health probe', { verb: 'get', path: '/readyz' }],
    [
      'kube-proxy watching services',
      { verb: 'watch', resource: 'services', user: 'system:kube-proxy' },
    ],
    ['a kubelet reading its node', { verb: 'get', resource: 'nodes', groups: ['system:nodes'] }],
    ['an event', { verb: 'create', resource: 'events', namespace: 'ci' }],
  ] satisfies [string, AuditRequest][])('drops %s', (_name, request) => {
    expect(evaluate(recommended(), request).level).toBe('None');
  });

  it('omits the RequestReceived stage everywhere', () => {
    expect(evaluate(recommended(), { verb: 'get', path: '/api' }).omitStages).toEqual([
      'RequestReceived',
    ]);
  });
});
