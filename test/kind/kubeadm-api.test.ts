import { describe, expect, it } from 'vitest';
import { kubeadmApiFor } from '../../src/kind/kubeadm-api.js';
import { parseKindVersion } from '../../src/kind/versions.js';
import { parseKubeVersion } from '../../src/kubernetes/version.js';

describe('the kubeadm config version kind writes', () => {
  it.each([
    ['0.33.0', '1.36.3', 'v1beta4'],
    ['0.32.0', '1.37.0', 'v1beta4'],
    ['0.32.0', '1.35.4', 'v1beta3'],
    // kind reads /kind/version with ParseGeneric, which drops the pre-release: 1.36.0 it is.
    ['0.32.0', '1.36.0-rc.1', 'v1beta4'],
    ['0.31.0', '1.36.1', 'v1beta3'],
    ['0.31.0', '1.22.9', 'v1beta2'],
  ])('kind %s, Kubernetes %s: %s', (kind, kube, api) => {
    expect(kubeadmApiFor(parseKindVersion(kind), parseKubeVersion(kube))).toBe(api);
  });

  it('is not known when either version is not', () => {
    expect(kubeadmApiFor(undefined, parseKubeVersion('1.36.3'))).toBeUndefined();
    expect(kubeadmApiFor(parseKindVersion('0.33.0'), undefined)).toBeUndefined();
  });
});
