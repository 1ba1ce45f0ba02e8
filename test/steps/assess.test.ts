import { describe, expect, it } from 'vitest';
import type { RunState } from '../../src/state.js';
import { assessCollection } from '../../src/steps/assess.js';
import type { CollectReport, NodeReport } from '../../src/steps/collect.js';

const state = (logVerified: boolean, nodes = ['kind-control-plane']): RunState => ({
  clusterName: 'kind',
  dir: '/d',
  policyPath: '/d/audit-policy.yaml',
  kindConfigPath: '/d/kind-config.yaml',
  policyOrigin: 'policy level Metadata',
  auditLogPath: '/var/log/kubernetes/kube-apiserver-audit.log',
  clusterCreateStarted: true,
  controlPlaneNodes: nodes,
  verifiedNodes: logVerified ? nodes : [],
});

const report = (nodes: NodeReport[], clusterFound = true): CollectReport => ({
  clusterFound,
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

describe('assessCollection', () => {
  it('is quiet when every node gave its log', () => {
    expect(
      assessCollection(
        state(true),
        report([{ node: 'kind-control-plane', running: true, files: [file] }]),
      ),
    ).toEqual({ errors: [], warnings: [] });
  });

  it('warns, without failing, when the cluster was deleted before post', () => {
    const { errors, warnings } = assessCollection(state(true), report([], false));
    expect(errors).toEqual([]);
    expect(warnings[0]).toMatch(/Cluster "kind" was deleted before the post step/);
  });

  it('says a failed create left nothing, rather than blaming a later step', () => {
    const { warnings } = assessCollection(
      { ...state(false), controlPlaneNodes: [] },
      report([], false),
    );
    expect(warnings[0]).toMatch(
      /^Cluster "kind" does not exist: `kind create cluster` did not finish/,
    );
  });

  it('fails when a log main had verified is missing', () => {
    const { errors } = assessCollection(
      state(true),
      report([{ node: 'kind-control-plane', running: true, files: [] }]),
    );
    expect(errors[0]).toMatch(
      /No audit log was found in kind-control-plane .* although main had verified it/,
    );
  });

  it('only warns about a missing log that was never verified', () => {
    const { errors, warnings } = assessCollection(
      state(false),
      report([{ node: 'kind-control-plane', running: true, files: [] }]),
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'No audit log was found in kind-control-plane at /var/log/kubernetes/kube-apiserver-audit.log.',
    ]);
  });

  it('names a node that disappeared since main', () => {
    const { warnings } = assessCollection(
      { ...state(false), controlPlaneNodes: ['kind-control-plane', 'kind-control-plane2'] },
      report([{ node: 'kind-control-plane', running: true, files: [file] }]),
    );
    expect(warnings).toEqual([
      'Node kind-control-plane2 no longer exists; its audit logs are gone.',
    ]);
  });

  it('fails when a verified control plane is gone while the rest of its cluster is there', () => {
    const ha = ['kind-control-plane', 'kind-control-plane2', 'kind-control-plane3'];
    const { errors, warnings } = assessCollection(
      state(true, ha),
      report([
        { node: 'kind-control-plane', running: true, files: [file] },
        { node: 'kind-control-plane3', running: true, files: [file] },
      ]),
    );
    expect(warnings).toEqual([]);
    expect(errors).toEqual([
      'Node kind-control-plane2 is gone while the rest of cluster "kind" is still there: the audit log main had verified in it is lost.',
    ]);
  });

  it('judges each node by its own verification', () => {
    const ha = ['kind-control-plane', 'kind-control-plane2'];
    const { errors, warnings } = assessCollection(
      { ...state(true, ha), verifiedNodes: ['kind-control-plane'] },
      report([
        { node: 'kind-control-plane', running: true, files: [] },
        { node: 'kind-control-plane2', running: true, files: [] },
      ]),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^No audit log was found in kind-control-plane at/);
    expect(warnings).toEqual([
      'No audit log was found in kind-control-plane2 at /var/log/kubernetes/kube-apiserver-audit.log.',
    ]);
  });
});
