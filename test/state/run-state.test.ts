import { describe, expect, it } from 'vitest';
import { CARRIED } from '../../src/inputs/table.js';
import { parseState, serializeState, type RunState } from '../../src/state/run-state.js';

const state: RunState = {
  clusterName: 'kind',
  dir: '/tmp/kind-audit/kind',
  policyPath: '/tmp/kind-audit/kind/audit-policy.yaml',
  kindConfigPath: '/tmp/kind-audit/kind/kind-config.yaml',
  policyOrigin: "the 'recommended' preset",
  auditLogPath: '/var/log/kubernetes/kube-apiserver-audit.log',
  logDir: '/tmp/kind-audit/kind/logs',
  clusterCreateStarted: true,
  controlPlaneNodes: ['kind-control-plane', 'kind-control-plane2'],
  verifiedNodes: ['kind-control-plane'],
  createFailure: '',
  deleteCluster: false,
  exportLogs: false,
  kubeconfigPath: '',
  kindCommand: 'kind',
};

describe('state', () => {
  it('survives the round trip through text', () => {
    expect(parseState(serializeState(state), CARRIED)).toEqual(state);
  });

  it('reads empty text as "main never saved anything"', () => {
    expect(parseState('', CARRIED)).toBeUndefined();
  });

  it('refuses damaged state, naming the field', () => {
    const partial: Partial<RunState> = { ...state };
    delete partial.verifiedNodes;
    expect(() => parseState(JSON.stringify(partial), CARRIED)).toThrow(/no valid 'verifiedNodes'/);
    expect(() =>
      parseState(JSON.stringify({ ...state, controlPlaneNodes: 'kind-control-plane' }), CARRIED),
    ).toThrow(/'controlPlaneNodes'/);
  });

  it("carries the user's redaction rules to post, and refuses them damaged", () => {
    const redaction = {
      resources: ['configmaps'],
      auditAnnotations: ['example.com/*'],
      patterns: ['command=[^&]*'],
    };
    expect(parseState(serializeState({ ...state, redaction }), CARRIED)).toEqual({
      ...state,
      redaction,
    });
    expect(() =>
      parseState(
        JSON.stringify({ ...state, redaction: { ...redaction, patterns: 'command=' } }),
        CARRIED,
      ),
    ).toThrow(/no valid 'redaction.patterns'/);
  });

  it("carries the artifact's settings to the action's post, and refuses them damaged", () => {
    const artifact = {
      name: 'kind-audit-e2e-kind-0',
      retentionDays: 7,
      upload: true,
      overwrite: false,
      redact: true,
      rawFiles: false,
      compressionLevel: 6,
      jobSummary: true,
    };
    expect(parseState(serializeState({ ...state, artifact }), CARRIED)).toEqual({
      ...state,
      artifact,
    });
    // No retention-days: the repository's setting.
    const unset = { ...artifact, retentionDays: undefined };
    expect(parseState(serializeState({ ...state, artifact: unset }), CARRIED)?.artifact).toEqual(
      unset,
    );
    expect(() =>
      parseState(JSON.stringify({ ...state, artifact: { ...artifact, name: '' } }), CARRIED),
    ).toThrow(/no valid 'artifact.name' \(expected a name\)/);
    expect(() =>
      parseState(JSON.stringify({ ...state, artifact: { ...artifact, upload: 'yes' } }), CARRIED),
    ).toThrow(/no valid 'artifact.upload' \(expected boolean\)/);
    expect(() =>
      parseState(
        JSON.stringify({ ...state, artifact: { ...artifact, retentionDays: '7' } }),
        CARRIED,
      ),
    ).toThrow(/no valid 'artifact.retentionDays'/);
  });
});
