import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectManifest } from '../../src/verify/manifest.js';

const manifest = (name: string) =>
  readFileSync(new URL(`../fixtures/manifests/${name}`, import.meta.url), 'utf8');

describe('inspectManifest', () => {
  it('finds both flags and both volumes in a kubeadm manifest with the guide patch', () => {
    const findings = inspectManifest(manifest('kube-apiserver-audit.yaml'));
    expect(findings.problems).toEqual([]);
    expect(findings.flags).toEqual({
      'audit-log-path': '/var/log/kubernetes/kube-apiserver-audit.log',
      'audit-policy-file': '/etc/kubernetes/policies/audit-policy.yaml',
    });
  });

  it('names every missing piece of a manifest kind rendered without the patch', () => {
    expect(inspectManifest(manifest('kube-apiserver-plain.yaml')).problems).toEqual([
      '--audit-log-path is missing',
      '--audit-policy-file is missing',
      'no volume mounts /etc/kubernetes/policies into the API server',
      'no volume mounts /var/log/kubernetes into the API server',
    ]);
  });

  it('reports a flag with another value', () => {
    const text = manifest('kube-apiserver-audit.yaml').replace(
      '--audit-log-path=/var/log/kubernetes/kube-apiserver-audit.log',
      '--audit-log-path=-',
    );
    expect(inspectManifest(text).problems).toEqual([
      '--audit-log-path is -, expected /var/log/kubernetes/kube-apiserver-audit.log',
    ]);
  });

  it('reports a volume that is declared but not mounted into the container', () => {
    const text = manifest('kube-apiserver-audit.yaml').replace(
      '      name: audit-logs\n    - mountPath: /etc/ssl/certs',
      '      name: ca-certs-2\n    - mountPath: /etc/ssl/certs',
    );
    expect(inspectManifest(text).problems).toEqual([
      'no volume mounts /var/log/kubernetes into the API server',
    ]);
  });

  it('says so when the text is not YAML', () => {
    expect(inspectManifest('spec: [').problems[0]).toMatch(/not YAML/);
  });
});
