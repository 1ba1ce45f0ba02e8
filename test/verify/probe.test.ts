import { describe, expect, it } from 'vitest';
import { checkPolicy, levelPolicy, presetPolicy } from '../../src/policy/index.js';
import { chooseProbe } from '../../src/verify/probe.js';

const policy = (text: string) => checkPolicy(text).policy;

describe('chooseProbe', () => {
  it('reads a ConfigMap by default', () => {
    expect(chooseProbe(policy(levelPolicy('Metadata')), 'kind-audit-probe-1')).toMatchObject({
      path: '/api/v1/namespaces/default/configmaps/kind-audit-probe-1',
    });
  });

  it('still probes under the recommended preset, which keeps ConfigMap reads at Metadata', () => {
    expect(chooseProbe(policy(presetPolicy('recommended')), 'm')).toMatchObject({
      path: '/api/v1/namespaces/default/configmaps/m',
    });
  });

  it('falls back to a request the policy does audit', () => {
    const text =
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: None\n  resources: [{group: "", resources: [configmaps]}]\n- level: Metadata\n';
    expect(chooseProbe(policy(text), 'm')).toMatchObject({ path: '/api/v1/namespaces/m' });
  });

  it('uses a non-resource URL when only those are audited', () => {
    const text =
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n  nonResourceURLs: ["/*"]\n';
    expect(chooseProbe(policy(text), 'm')).toMatchObject({ path: '/m' });
  });

  it('says plainly when liveness cannot be proven under the policy', () => {
    expect(chooseProbe(policy(levelPolicy('None')), 'm')).toEqual({
      skip: 'skipped: the policy writes no event for any read-only request a probe can make, so liveness cannot be proven',
    });
  });

  it('knows a namespace read carries the namespace name, as kube RequestInfo sets it', () => {
    const text =
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: None\n  resources: [{group: "", resources: [configmaps]}]\n- level: Metadata\n  namespaces: [""]\n- level: Metadata\n  nonResourceURLs: ["*"]\n';
    // namespaces: [""] matches cluster-scoped requests only; GET /api/v1/namespaces/m is in namespace m.
    expect(chooseProbe(policy(text), 'm')).toMatchObject({ path: '/m' });
  });

  it('skips when the stages a read writes are all omitted', () => {
    const text =
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: [RequestReceived, ResponseComplete]\nrules:\n- level: Metadata\n';
    expect(chooseProbe(policy(text), 'm')).toHaveProperty('skip');
  });
});
