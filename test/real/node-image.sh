#!/usr/bin/env bash
# Builds the kind node image for one Kubernetes version from the parts test/real/build.sh put in
# the cache, imports it into the Docker engine, and prints its tag. An image with the same inputs
# is kept: the tag carries a hash of everything that goes into it.
#
#   test/real/node-image.sh 1.36.3      →  kind-audit.test/node:v1.36.3-<hash>
#
# The image holds what kind reads from a node image (/kind/version, /kind/manifests/*) and the real
# kubeadm, kubectl, kube-apiserver, kube-controller-manager, kube-scheduler and etcd, on busybox.
# In place of systemd, containerd and the kubelet it runs the node agent (test/real/agent). kind
# starts it with the image's entrypoint and no command, as it starts its own node images.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
version=${1:?usage: node-image.sh KUBERNETES_VERSION (e.g. 1.36.3)}
cache=${KIND_AUDIT_PARTS:-$HOME/.cache/kind-audit/parts}
busybox=${KIND_AUDIT_BUSYBOX:-/usr/bin/busybox}
bash_static=${KIND_AUDIT_BASH_STATIC:-/bin/bash-static}
etcd_version=$(node -p "require('$here/parts.json').etcd")
k8s="$cache/kubernetes/v$version"
etcd="$cache/etcd/v$etcd_version/etcd"
agent="$cache/agent/current/kind-audit-node"
# Bump when the layout below changes in a way the hashed inputs do not show.
recipe=kind-audit-node-image/1

for f in "$k8s/kubeadm" "$etcd" "$agent"; do
  [ -x "$f" ] || { echo "ERROR: $f is missing: run test/real/build.sh first" >&2; exit 1; }
done
for f in "$busybox" "$bash_static"; do
  [ -x "$f" ] || { echo "ERROR: $f is missing: apt-get install busybox-static bash-static" >&2; exit 1; }
done

hash=$({
  echo "$recipe"
  cat "$here/node-image.sh" "$here/node/"*
  for f in "$k8s"/.recipe "$cache/etcd/v$etcd_version/.recipe" "$agent"; do sha256sum "$f"; done
  sha256sum "$busybox" "$bash_static"
} | sha256sum | cut -c1-12)
tag="kind-audit.test/node:v$version-$hash"
if docker image inspect "$tag" >/dev/null 2>&1; then
  echo "$tag"
  exit 0
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,usr/local/bin,etc/kubernetes/manifests,etc/ssl/certs,kind/manifests,root,tmp,run,proc,sys,dev,var/log,var/lib/kubelet,var/lib/etcd,lib/modules}
chmod 1777 "$root/tmp"
cp "$busybox" "$root/bin/busybox"
# The shell is bash, as in kind's own node images: busybox's sh runs its own applets before
# anything on PATH, so the node's tar (below) would never be used by `sh -c "tar …"`.
cp "$bash_static" "$root/bin/bash"
ln -s bash "$root/bin/sh"
for applet in $("$busybox" --list); do
  [ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
done
for c in kube-apiserver kube-controller-manager kube-scheduler kubeadm kubectl; do
  cp "$k8s/$c" "$root/usr/local/bin/$c"
done
cp "$etcd" "$root/usr/local/bin/etcd"
cp "$agent" "$root/usr/local/bin/kind-audit-node"
# The agent is one binary with several names (test/real/agent/main.go).
for name in entrypoint systemctl crictl journalctl; do
  ln -s kind-audit-node "$root/usr/local/bin/$name"
done
ln -s /usr/local/bin/kind-audit-node "$root/sbin/init"
# kind's `export logs` runs `tar --hard-dereference -C /var/log/ -chf - .`; busybox tar refuses the
# GNU option, which kind would take as an empty /var/log. The node's tar drops it (busybox's -h
# already copies what links point to).
cp "$here/node/tar" "$root/usr/local/bin/tar"
chmod 755 "$root/usr/local/bin/tar"
cp "$here/node/default-cni.yaml" "$here/node/default-storage.yaml" "$root/kind/manifests/"
echo "v$version" >"$root/kind/version"
# The images the node "holds": the ones kubeadm of this version writes into its manifests.
"$k8s/kubeadm" config images list --kubernetes-version "v$version" 2>/dev/null >"$root/kind/images"
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$root/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"

tar -C "$root" -c . | docker import \
  --change 'ENTRYPOINT ["/usr/local/bin/entrypoint"]' \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change "LABEL io.kind-audit.test.kubernetes-version=v$version" \
  - "$tag" >/dev/null
echo "$tag"
