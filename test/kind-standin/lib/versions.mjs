// Version rules shared by node creation and kubeadm config rendering: the Kubernetes version a
// node image names, and which kubeadm API kind renders for it (kind
// `pkg/apis/config/defaults/image.go`, `pkg/cluster/internal/kubeadm/config.go`).

/** Compares "v0.31.0"-style versions; true when a ≥ b. */
export function versionAtLeast(a, b) {
  const pa = a.replace(/^v/, '').split(/[.-]/).map(Number);
  const pb = b.replace(/^v/, '').split(/[.-]/).map(Number);
  for (let i = 0; i < 3; i++) {
    if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) > (pb[i] || 0);
  }
  return true;
}

/** The Kubernetes version a node image tag names (kindest/node:v1.36.1), or kind's default. */
export function kubernetesVersion(image) {
  const m = /:(v\d+\.\d+\.\d+)/.exec(image ?? '');
  return m ? m[1] : 'v1.36.1';
}

/** kind's pkg/cluster/internal/kubeadm/config.go: which kubeadm API it renders. */
export function kubeadmApiVersion(kindVersion, k8sVersion) {
  if (!versionAtLeast(k8sVersion, 'v1.23.0')) return 'v1beta2';
  if (!versionAtLeast(kindVersion, 'v0.32.0')) return 'v1beta3';
  return versionAtLeast(k8sVersion, 'v1.36.0') ? 'v1beta4' : 'v1beta3';
}
