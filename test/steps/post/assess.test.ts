import { describe, expect, it } from 'vitest';
import type { RunState } from '../../../src/state/run-state.js';
import { assessCollection, emptyReadError } from '../../../src/steps/post/assess.js';
import type { CollectReport, NodeReport } from '../../../src/steps/post/collect.js';

const state = (logVerified: boolean, nodes = ['kind-control-plane']): RunState => ({
  clusterName: 'kind',
  dir: '/d',
  policyPath: '/d/audit-policy.yaml',
  kindConfigPath: '/d/kind-config.yaml',
  policyOrigin: 'policy level Metadata',
  auditLogPath: '/var/log/kubernetes/kube-apiserver-audit.log',
  logDir: '/d/logs',
  clusterCreateStarted: true,
  controlPlaneNodes: nodes,
  verifiedNodes: logVerified ? nodes : [],
  createFailure: '',
  deleteCluster: false,
  exportLogs: false,
  kubeconfigPath: '',
  kindCommand: 'kind',
});

const report = (nodes: NodeReport[]): CollectReport => ({
  nodes,
  outDir: '/d/artifact',
  files: [],
});
const file = {
  path: '/d/artifact/kind-control-plane/kube-apiserver-audit.log',
  bytes: 10,
  events: 1,
  requests: 1,
  unreadable: 0,
};
const node = (name: string, more: Partial<NodeReport> = {}): NodeReport => ({
  node: name,
  container: 'running',
  source: 'runner',
  files: [file],
  ...more,
});
const GONE = 'the node and its runner folder are gone';

describe('assessCollection', () => {
  it('is quiet when every node gave its log', () => {
    expect(assessCollection(state(true), report([node('kind-control-plane')]))).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('is quiet when a step deleted the cluster but its logs were kept on the runner', () => {
    expect(
      assessCollection(
        state(true),
        report([node('kind-control-plane', { container: 'gone', source: 'runner' })]),
      ),
    ).toEqual({ errors: [], warnings: [] });
  });

  it('says a failed create left nothing, rather than blaming a later step', () => {
    const { warnings } = assessCollection({ ...state(false), controlPlaneNodes: [] }, report([]));
    expect(warnings[0]).toMatch(
      /^Cluster "kind" does not exist: `kind create cluster` did not finish/,
    );
  });

  it('fails when a log main had verified is missing', () => {
    const { errors } = assessCollection(
      state(true),
      report([node('kind-control-plane', { files: [] })]),
    );
    expect(errors[0]).toMatch(
      /No audit log was found in kind-control-plane .* although main had verified it/,
    );
  });

  it('only warns about a missing log that was never verified', () => {
    const { errors, warnings } = assessCollection(
      state(false),
      report([node('kind-control-plane', { files: [] })]),
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'No audit log was found in kind-control-plane at /var/log/kubernetes/kube-apiserver-audit.log.',
    ]);
  });

  it('fails when a verified node and its runner folder are both gone: the log is lost', () => {
    const ha = ['kind-control-plane', 'kind-control-plane2'];
    const { errors, warnings } = assessCollection(
      state(true, ha),
      report([
        node('kind-control-plane'),
        node('kind-control-plane2', {
          container: 'gone',
          source: 'node',
          files: [],
          problem: GONE,
        }),
      ]),
    );
    expect(warnings).toEqual([]);
    expect(errors).toEqual([`Could not copy the audit logs of kind-control-plane2: ${GONE}`]);
  });

  it('judges each node by its own verification', () => {
    const ha = ['kind-control-plane', 'kind-control-plane2'];
    const { errors, warnings } = assessCollection(
      { ...state(true, ha), verifiedNodes: ['kind-control-plane'] },
      report([
        node('kind-control-plane', { files: [] }),
        node('kind-control-plane2', { files: [] }),
      ]),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^No audit log was found in kind-control-plane at/);
    expect(warnings).toEqual([
      'No audit log was found in kind-control-plane2 at /var/log/kubernetes/kube-apiserver-audit.log.',
    ]);
  });
});

describe('the gate of an empty read', () => {
  const empty = { ...file, bytes: 52, events: 0, requests: 0, unreadable: 2 };

  it('fails a run whose verified logs read no request, naming each file, once', () => {
    const { errors } = assessCollection(
      state(true),
      report([node('kind-control-plane', { files: [empty] })]),
      0,
    );
    expect(errors).toEqual([
      'Read 0 requests from kind-control-plane/kube-apiserver-audit.log (52 bytes, no audit event), although main had proven the audit log of kind-control-plane live: something emptied or overwrote it.',
    ]);
  });

  it('holds when the pass read any request, and leaves a log never proven live to a warning', () => {
    expect(emptyReadError(state(true), report([node('kind-control-plane')]), 1)).toBeUndefined();
    const unverified = assessCollection(
      state(false),
      report([node('kind-control-plane', { files: [empty] })]),
      0,
    );
    expect(unverified.errors).toEqual([]);
    expect(unverified.warnings).toEqual(['The audit log of kind-control-plane holds no event.']);
  });

  it('leaves a log with no file at all to the lost-log error', () => {
    expect(
      emptyReadError(state(true), report([node('kind-control-plane', { files: [] })]), 0),
    ).toBeUndefined();
  });
});
