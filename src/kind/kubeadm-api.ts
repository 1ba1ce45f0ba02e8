import { atLeast, type KubeVersion } from '../kubernetes/version.js';
import type { KindVersion } from './versions.js';

/** The kubeadm config API versions kind writes into `/kind/kubeadm.conf`. */
export type KubeadmApi = 'v1beta2' | 'v1beta3' | 'v1beta4';

/** kubeadm's config API group, as a patch's `apiVersion` names it: `kubeadm.k8s.io/v1beta4`. */
export const KUBEADM_GROUP = 'kubeadm.k8s.io';

/**
 * The kubeadm config version kind renders for a node of Kubernetes `kube`, as kind's
 * `pkg/cluster/internal/kubeadm/config.go` picks it: below 1.23 v1beta2, then v1beta3; kind 0.32
 * and later write v1beta4 from 1.36 on. kind reads the node's `/kind/version` with
 * `version.ParseGeneric`, which drops a pre-release suffix, so a `v1.36.0-rc.1` node already gets
 * v1beta4. Undefined when either version is unknown.
 */
export function kubeadmApiFor(
  kind: KindVersion | undefined,
  kube: KubeVersion | undefined,
): KubeadmApi | undefined {
  if (!kind || !kube) return undefined;
  if (!atLeast(kube, 1, 23)) return 'v1beta2';
  const writesV1beta4 = kind.major > 0 || kind.minor >= 32;
  return writesV1beta4 && atLeast(kube, 1, 36) ? 'v1beta4' : 'v1beta3';
}
