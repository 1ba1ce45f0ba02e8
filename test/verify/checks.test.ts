import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkApiServerFlags, checkPolicyMounted } from '../../src/verify/checks.js';
import { checkLogLive, probeArgs, probeCandidates, probeProblem } from '../../src/verify/probe.js';
import { fakeRunner } from '../support/fake-runner.js';

const policy = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n';
const manifest = (name: string) =>
  readFileSync(new URL(`../fixtures/manifests/${name}`, import.meta.url), 'utf8');

describe('checkPolicyMounted', () => {
  it('passes when the node holds the same bytes', async () => {
    const run = fakeRunner([
      { prefix: ['docker', 'exec', 'n1', 'cat'], answer: () => ({ stdout: policy }) },
    ]);
    expect(await checkPolicyMounted(run, 'n1', policy)).toMatchObject({
      node: 'n1',
      check: 'policy mounted',
      outcome: 'pass',
    });
  });

  it('fails with the node error when the file is absent', async () => {
    const run = fakeRunner([
      {
        prefix: ['docker', 'exec'],
        answer: () => ({
          code: 1,
          stderr: 'cat: /etc/kubernetes/policies/audit-policy.yaml: No such file or directory',
        }),
      },
    ]);
    const result = await checkPolicyMounted(run, 'n1', policy);
    expect(result.outcome).toBe('fail');
    expect(result.evidence).toContain('No such file or directory');
  });

  it('fails when the node holds another policy', async () => {
    const run = fakeRunner([
      {
        prefix: ['docker', 'exec'],
        answer: () => ({ stdout: policy.replace('Metadata', 'None') }),
      },
    ]);
    expect((await checkPolicyMounted(run, 'n1', policy)).evidence).toMatch(
      /differs from the policy written on the runner/,
    );
  });
});

describe('checkApiServerFlags', () => {
  it.each([
    [
      'kube-apiserver-audit.yaml',
      'pass',
      /--audit-log-path=\/var\/log\/kubernetes\/kube-apiserver-audit.log/,
    ],
    [
      'kube-apiserver-plain.yaml',
      'fail',
      /--audit-log-path is missing; --audit-policy-file is missing/,
    ],
  ])('%s → %s', async (file, outcome, evidence) => {
    const run = fakeRunner([
      {
        prefix: ['docker', 'exec', 'n1', 'cat', '/etc/kubernetes/manifests/kube-apiserver.yaml'],
        answer: () => ({ stdout: manifest(file) }),
      },
    ]);
    const result = await checkApiServerFlags(run, 'n1');
    expect(result.outcome).toBe(outcome);
    expect(result.evidence).toMatch(evidence);
  });
});

describe('checkLogLive', () => {
  const probe = probeCandidates('kind-audit-probe-test1234')[0]!;

  it('sends the probe to the node own API server and passes once its marker is in the log', async () => {
    let probesSent = 0;
    let looks = 0;
    const run = fakeRunner([
      {
        prefix: ['docker', 'exec', 'n1', 'kubectl'],
        answer: () => (probesSent++, { code: 1, stderr: 'NotFound' }),
      },
      // The file appears only after the first audited event; the third look finds the event.
      {
        prefix: ['docker', 'exec', 'n1', 'grep'],
        answer: () =>
          ++looks < 3 ? { code: 2, stderr: 'No such file' } : { code: 0, stdout: '1\n' },
      },
    ]);
    const result = await checkLogLive(run, 'n1', probe, { timeoutMs: 5000, pollMs: 1 });
    expect(result.outcome).toBe('pass');
    expect(probesSent).toBe(1);
    expect(run.calls[0]).toEqual(['docker', 'exec', 'n1', ...probeArgs(probe)]);
    // localhost is in every kind cluster's serving certificate; 127.0.0.1 only by default.
    expect(probeArgs(probe)).toContain('--server=https://localhost:6443');
  });

  it('says why the probe got no answer when it could not reach or trust the API server', async () => {
    const tls =
      'E1206 19:40:01.1 memcache.go:265] couldn\'t get current server API group list: Get "https://localhost:6443/api?timeout=32s": tls: failed to verify certificate: x509: certificate is valid for 10.96.0.1, 172.18.0.2, 0.0.0.0, not 127.0.0.1\nUnable to connect to the server: tls: failed to verify certificate: x509: certificate is valid for 10.96.0.1, 172.18.0.2, 0.0.0.0, not 127.0.0.1';
    const run = fakeRunner([
      { prefix: ['docker', 'exec', 'n1', 'kubectl'], answer: () => ({ code: 1, stderr: tls }) },
      { prefix: ['docker', 'exec', 'n1', 'grep'], answer: () => ({ code: 1 }) },
    ]);
    const result = await checkLogLive(run, 'n1', probe, { timeoutMs: 20, pollMs: 1 });
    expect(result.outcome).toBe('fail');
    expect(result.evidence).toContain(
      'the probe got no answer from https://localhost:6443: Unable to connect to the server: tls: failed to verify certificate',
    );
  });

  it.each([
    [{ code: 1, stderr: 'Error from server (NotFound): configmaps "x" not found' }, undefined],
    [{ code: 0, stderr: '' }, undefined],
    [
      { code: 1, stderr: 'The connection to the server localhost:6443 was refused' },
      'The connection to the server localhost:6443 was refused',
    ],
    [{ code: 137, stderr: '' }, 'kubectl exited 137'],
  ])('probeProblem(%j) is %j', (result, expected) => {
    expect(probeProblem(result)).toBe(expected);
  });

  it('fails after the timeout, saying whether the file exists', async () => {
    const run = fakeRunner([
      { prefix: ['docker', 'exec', 'n1', 'kubectl'], answer: () => ({ code: 1 }) },
      {
        prefix: ['docker', 'exec', 'n1', 'grep'],
        answer: () => ({
          code: 2,
          stderr: 'grep: /var/log/kubernetes/kube-apiserver-audit.log: No such file or directory',
        }),
      },
    ]);
    const result = await checkLogLive(run, 'n1', probe, { timeoutMs: 30, pollMs: 5 });
    expect(result.outcome).toBe('fail');
    expect(result.evidence).toMatch(
      /no event for the probe GET \/api\/v1\/namespaces\/default\/configmaps\/kind-audit-probe-test1234 .* after 0.03s: the file cannot be read \(grep: .*No such file/,
    );
  });
});
