import { describe, expect, it } from 'vitest';
import { parseState, serializeState, type RunState } from '../src/state.js';

const state: RunState = {
  clusterName: 'kind',
  dir: '/tmp/kind-audit/kind',
  policyPath: '/tmp/kind-audit/kind/audit-policy.yaml',
  kindConfigPath: '/tmp/kind-audit/kind/kind-config.yaml',
  auditLogPath: '/var/log/kubernetes/kube-apiserver-audit.log',
  clusterCreateStarted: true,
  logVerified: true,
  controlPlaneNodes: ['kind-control-plane', 'kind-control-plane2'],
  artifactName: 'kind-audit-e2e-kind-0',
  retentionDays: 5,
  upload: true,
};

describe('state', () => {
  it('survives the round trip through text', () => {
    expect(parseState(serializeState(state))).toEqual(state);
    expect(parseState(serializeState({ ...state, retentionDays: undefined }))).toEqual({
      ...state,
      retentionDays: undefined,
    });
  });

  it('reads empty text as "main never saved anything"', () => {
    expect(parseState('')).toBeUndefined();
  });

  it('refuses damaged state, naming the field', () => {
    const partial: Partial<RunState> = { ...state };
    delete partial.logVerified;
    expect(() => parseState(JSON.stringify(partial))).toThrow(/no valid 'logVerified'/);
    expect(() =>
      parseState(JSON.stringify({ ...state, controlPlaneNodes: 'kind-control-plane' })),
    ).toThrow(/'controlPlaneNodes'/);
  });
});
