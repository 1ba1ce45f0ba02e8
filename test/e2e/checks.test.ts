// The final e2e job's checks on artifact folders written by hand: each passes on a well-formed
// artifact and fails, naming the file or node, on exactly the fault planted in it.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLeg, legFolder } from './check-artifacts.js';
import { craftArtifact, eventLine } from './craft.js';
import { LEGS, type Leg } from './legs.js';

const leg = (name: string): Leg => {
  const found = LEGS.find((l) => l.name === name);
  if (!found) throw new Error(`no leg ${name}`);
  return found;
};

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'ka-e2e-checks-'));
});
afterEach(() => fs.rm(root, { recursive: true, force: true }));

describe('a leg whose artifact holds what the leg did', () => {
  it.each(LEGS.filter((l) => !l.canaryEvidence && !l.rotationEvidence).map((l) => [l.name, l]))(
    '%s passes',
    async (_name, l) => {
      await craftArtifact(root, l.defaultName ? 'kind-audit-kind-kind-0' : `e2e-${l.name}`, l);
      expect(await checkLeg(root, l)).toEqual([]);
    },
  );

  it('a missing artifact is named, with what was downloaded', async () => {
    await craftArtifact(root, 'e2e-other', leg('ha'));
    expect(await checkLeg(root, leg('ha'))).toEqual(['ha: no artifact among e2e-other']);
  });
});

describe('the layout', () => {
  it('fails on an empty summary, zero requests, and a kind config that lost the user’s comment', async () => {
    const dir = await craftArtifact(root, 'e2e-user-config', leg('user-config'));
    await fs.writeFile(path.join(dir, 'summary.md'), '');
    await fs.writeFile(path.join(dir, 'summary.json'), '{"requests":0}');
    await fs.writeFile(path.join(dir, 'kind-config.yaml'), 'kind: Cluster\nhostPort: 38080\n');
    expect(await checkLeg(root, leg('user-config'))).toEqual([
      'user-config (e2e-user-config): summary.md: missing or empty',
      'user-config (e2e-user-config): summary.json: requests is 0, not a positive count',
      'user-config (e2e-user-config): kind-config.yaml: does not keep "# An ingress controller would listen here"',
    ]);
  });

  it('a failed create needs only the policy, kind config and API server logs', async () => {
    const dir = await craftArtifact(root, 'e2e-failed-create', leg('failed-create'));
    for (const name of ['summary.md', 'summary.json']) await fs.rm(path.join(dir, name));
    for (const name of await fs.readdir(path.join(dir, 'kind-control-plane')))
      if (name.startsWith('kube-apiserver-audit'))
        await fs.rm(path.join(dir, 'kind-control-plane', name));
    expect(await checkLeg(root, leg('failed-create'))).toEqual([]);
    await fs.rm(path.join(dir, 'audit-policy.yaml'));
    expect(await checkLeg(root, leg('failed-create'))).toEqual([
      'failed-create (e2e-failed-create): audit-policy.yaml: missing or empty',
    ]);
  });
});

describe('each node', () => {
  it('fails when one control plane of three has no probe in its files', async () => {
    const dir = await craftArtifact(root, 'e2e-ha', leg('ha'));
    const log = path.join(dir, 'kind-control-plane2/kube-apiserver-audit.log');
    await fs.writeFile(log, `${eventLine('/api/v1/namespaces/e2e-on-kind-control-plane2')}\n`);
    expect(await checkLeg(root, leg('ha'))).toEqual([
      'ha (e2e-ha): kind-control-plane2: no file holds the probe (kind-audit-probe-…)',
    ]);
  });

  it("does not take another node's pinned request for its own (…plane vs …plane2)", async () => {
    const dir = await craftArtifact(root, 'e2e-ha', leg('ha'));
    const log = path.join(dir, 'kind-control-plane/kube-apiserver-audit.log');
    await fs.writeFile(
      log,
      [
        eventLine('/api/v1/namespaces/default/configmaps/kind-audit-probe-1'),
        eventLine('/api/v1/namespaces/e2e-on-kind-control-plane2'),
      ].join('\n'),
    );
    expect(await checkLeg(root, leg('ha'))).toEqual([
      'ha (e2e-ha): kind-control-plane: no file holds the request sent to its own API server',
    ]);
  });

  it('finds the probe inside a rotated .gz only', async () => {
    const dir = await craftArtifact(root, 'e2e-guide-x', leg('recommended'));
    await fs.rename(dir, path.join(root, 'e2e-recommended'));
    const node = path.join(root, 'e2e-recommended/kind-control-plane');
    const live = await fs.readFile(path.join(node, 'kube-apiserver-audit.log'));
    await fs.writeFile(path.join(node, 'kube-apiserver-audit.log'), '');
    await fs.writeFile(
      path.join(node, 'kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz'),
      gzipSync(live),
    );
    expect(await checkLeg(root, leg('recommended'))).toEqual([]);
  });

  it('fails when a node folder overwrite should have replaced is still there', async () => {
    const dir = await craftArtifact(root, 'e2e-overwrite', leg('overwrite'));
    await fs.mkdir(path.join(dir, 'second-control-plane'));
    await fs.writeFile(path.join(dir, 'second-control-plane/kube-apiserver-audit.log'), '');
    expect(await checkLeg(root, leg('overwrite'))).toEqual([
      'overwrite (e2e-overwrite): second-control-plane: still in the artifact, which should have been replaced',
    ]);
  });
});

describe('a leg that rotated its log', () => {
  it('fails when a node has no .gz', async () => {
    const dir = await craftArtifact(root, 'e2e-rotation', leg('rotation'));
    await fs.mkdir(path.join(root, 'e2e-rotation-files'));
    await fs.writeFile(path.join(root, 'e2e-rotation-files/audit-files.json'), '{}');
    expect(await checkLeg(root, leg('rotation'))).toEqual([]);
    const node = path.join(dir, 'kind-control-plane');
    for (const file of await fs.readdir(node))
      if (file.endsWith('.gz')) await fs.rm(path.join(node, file));
    expect(await checkLeg(root, leg('rotation'))).toEqual([
      "rotation (e2e-rotation): kind-control-plane: no rotated .gz file, though the leg's traffic should have rotated the log",
    ]);
  });
});

describe('audit.jsonl', () => {
  it('fails without a request about the leg namespace', async () => {
    const dir = await craftArtifact(root, 'e2e-kind-0-32-node-1-36', leg('kind-0-32-node-1-36'));
    await fs.writeFile(
      path.join(dir, 'audit.jsonl'),
      `${eventLine('/api/v1/namespaces/audited-by-e2e2')}\n`,
    );
    expect(await checkLeg(root, leg('kind-0-32-node-1-36'))).toEqual([
      'kind-0-32-node-1-36 (e2e-kind-0-32-node-1-36): audit.jsonl: no request about namespace audited-by-e2e',
    ]);
  });

  it('takes a create, whose URL names no namespace, by its objectRef', async () => {
    const dir = await craftArtifact(root, 'e2e-ha', leg('ha'));
    const create = eventLine('/api/v1/namespaces?fieldManager=kubectl-create', {
      verb: 'create',
      objectRef: { resource: 'namespaces', name: 'audited-by-e2e', apiVersion: 'v1' },
    });
    await fs.writeFile(path.join(dir, 'audit.jsonl'), `not json\n${create}\n`);
    expect(await checkLeg(root, leg('ha'))).toEqual([]);
  });

  it('fails when the RequestResponse leg has no redacted body', async () => {
    const dir = await craftArtifact(root, 'e2e-request-response', leg('request-response'));
    await fs.writeFile(
      path.join(dir, 'audit.jsonl'),
      `${eventLine('/api/v1/namespaces/audited-by-e2e')}\n`,
    );
    expect(await checkLeg(root, leg('request-response'))).toEqual([
      'request-response (e2e-request-response): audit.jsonl: does not contain <redacted by kind-audit>',
    ]);
  });
});

describe('a failed create', () => {
  it("fails when a node's kube-apiserver.log is missing or does not hold the error", async () => {
    const dir = await craftArtifact(root, 'e2e-failed-create', leg('failed-create'));
    expect(await checkLeg(root, leg('failed-create'))).toEqual([]);
    await fs.writeFile(path.join(dir, 'kind-control-plane/kube-apiserver.log'), 'I1126 started\n');
    expect(await checkLeg(root, leg('failed-create'))).toEqual([
      'failed-create (e2e-failed-create): kind-control-plane/kube-apiserver.log: does not contain unknown flag: --kind-audit-e2e-no-such-flag',
    ]);
    await fs.rm(path.join(dir, 'kind-control-plane/kube-apiserver.log'));
    expect(await checkLeg(root, leg('failed-create'))).toEqual([
      'failed-create (e2e-failed-create): kind-control-plane/kube-apiserver.log: missing',
    ]);
  });
});

describe('the default-name artifact', () => {
  it('is the newest attempt of kind-audit-kind-kind-0', async () => {
    for (const name of [
      'kind-audit-kind-kind-0',
      'kind-audit-kind-kind-0-attempt3',
      'kind-audit-kind-kind-0-attempt2',
      'kind-audit-kind-kind-01',
    ])
      await fs.mkdir(path.join(root, name));
    expect(await legFolder(root, leg('guide'))).toBe('kind-audit-kind-kind-0-attempt3');
  });
});

describe('the verdicts of the expectation legs', () => {
  it('fails when a gate the leg must trip held, or an expectation is missing, naming each', async () => {
    const dir = await craftArtifact(root, 'e2e-expect-violated', leg('expect-violated'));
    await fs.writeFile(
      path.join(dir, 'summary.json'),
      JSON.stringify({
        requests: 3,
        violations: [{ name: 'nobody creates namespaces', violated: false }],
      }),
    );
    expect(await checkLeg(root, leg('expect-violated'))).toEqual([
      'expect-violated (e2e-expect-violated): summary.json: expectation "nobody creates namespaces" held; expected it violated',
      'expect-violated (e2e-expect-violated): summary.json: expectation "the leg creates its namespace" is missing; expected it to hold',
    ]);
  });
});
