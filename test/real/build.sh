#!/usr/bin/env bash
# Builds the real Kubernetes parts that the tests run, at the versions pinned in parts.json, into a
# cache outside the repository (KIND_AUDIT_PARTS, default ~/.cache/kind-audit/parts):
#
#   kubernetes/v<version>/  kube-apiserver kube-controller-manager kube-scheduler kubeadm kubectl
#   etcd/v<version>/etcd
#   kind/v<version>/kind
#   agent/<hash>/kind-audit-node   the node agent (test/real/agent), which stands in for systemd,
#                                  containerd and the kubelet inside a node
#
# A part already in the cache with the same recipe is kept; only what is missing is built. Every
# binary is static (CGO_ENABLED=0). At the end it prints, for what it built, the time it took and
# the disk the cache and Go's caches use.
#
#   test/real/build.sh           the Kubernetes versions CI tests (parts.json "ciKubernetes")
#   test/real/build.sh --all     every Kubernetes version in parts.json
#   test/real/build.sh --print   only print the cache folder
#
# k8s.io/kubernetes replaces its staging modules (k8s.io/api, k8s.io/client-go, …) with folders of
# its own repository, so `go install k8s.io/kubernetes/cmd/…@v1.36.3` is refused. Each version is
# built from a small module made here that requires k8s.io/kubernetes at that version and pins
# every staging module it replaces to the matching v0.Y.Z release (the list is read from that
# version's own go.mod).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache=${KIND_AUDIT_PARTS:-$HOME/.cache/kind-audit/parts}
# Bump when the way a part is built changes in a way the inputs below do not show.
recipe_version=1

if [ "${1:-}" = --print ]; then
  echo "$cache"
  exit 0
fi
all=
[ "${1:-}" = --all ] && all=1

command -v go >/dev/null || { echo "ERROR: go is needed to build the real parts (Go >= 1.26)" >&2; exit 1; }
command -v node >/dev/null || { echo "ERROR: node is needed to read parts.json" >&2; exit 1; }

json() { node -e "const p=require(process.argv[1]); const v=p[process.argv[2]]; console.log(Array.isArray(v)?v.join(' '):v)" "$here/parts.json" "$1"; }
if [ -n "$all" ]; then k8s_versions=$(json kubernetes); else k8s_versions=$(json ciKubernetes); fi
etcd_version=$(json etcd)
kind_versions=$(json kind)

export CGO_ENABLED=0
export GOFLAGS=-buildvcs=false
go_version=$(go env GOVERSION)
mkdir -p "$cache"

built=()
start=$(date +%s)

# The recipe a part was built with; a part whose stamp differs is built again.
stamp_of() { printf '%s\n' "recipe $recipe_version" "go $go_version" "$@"; }
is_current() { [ -f "$1/.recipe" ] && [ "$(cat "$1/.recipe")" = "$2" ]; }

build_kubernetes() {
  local version=$1 out="$cache/kubernetes/v$1" minor
  minor=${version#1.}
  minor=${minor%%.*}
  local stamp
  stamp=$(stamp_of "kubernetes $version")
  if is_current "$out" "$stamp"; then return 0; fi
  echo "building Kubernetes v$version (kube-apiserver, kube-controller-manager, kube-scheduler, kubeadm, kubectl)"
  local t0 mod
  t0=$(date +%s)
  mod="$cache/src/kubernetes-v$version"
  rm -rf "$mod" "$out"
  mkdir -p "$mod" "$out"
  local upstream
  upstream=$(cd "$mod" && go mod download -json "k8s.io/kubernetes@v$version" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).GoMod))")
  {
    printf 'module kind-audit.test/kubernetes\n\ngo 1.26.0\n\nrequire k8s.io/kubernetes v%s\n\nreplace (\n' "$version"
    # Each `k8s.io/x => ./staging/src/k8s.io/x` line of upstream's go.mod becomes `k8s.io/x => k8s.io/x v0.Y.Z`.
    sed -n 's#^[[:space:]]*\(k8s\.io/[a-z0-9-]*\) => \./staging/src/.*#\1#p' "$upstream" |
      while read -r m; do printf '\t%s => %s v0.%s\n' "$m" "$m" "${version#1.}"; done
    printf ')\n\ntool (\n'
    for c in kube-apiserver kube-controller-manager kube-scheduler kubeadm kubectl; do
      printf '\tk8s.io/kubernetes/cmd/%s\n' "$c"
    done
    printf ')\n'
  } >"$mod/go.mod"
  (cd "$mod" && go mod tidy)
  # The version stamps kubeadm and kubectl report, as Kubernetes' own build sets them
  # (hack/lib/version.sh): kubeadm picks its control-plane image tags from gitVersion.
  local ldflags="-s -w" p
  for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ldflags="$ldflags -X $p.gitVersion=v$version -X $p.gitMajor=1 -X $p.gitMinor=$minor -X $p.gitTreeState=clean -X $p.buildDate=1970-01-01T00:00:00Z"
  done
  (cd "$mod" && go build -trimpath -ldflags "$ldflags" -o "$out/" \
    k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager \
    k8s.io/kubernetes/cmd/kube-scheduler k8s.io/kubernetes/cmd/kubeadm k8s.io/kubernetes/cmd/kubectl)
  printf '%s\n' "$stamp" >"$out/.recipe"
  built+=("Kubernetes v$version in $(($(date +%s) - t0))s")
}

build_etcd() {
  local version=$1 out="$cache/etcd/v$1" stamp
  stamp=$(stamp_of "etcd $version" "$(cat "$here/etcd/main.go")")
  if is_current "$out" "$stamp"; then return 0; fi
  echo "building etcd v$version"
  local t0 mod
  t0=$(date +%s)
  mod="$cache/src/etcd-v$version"
  rm -rf "$mod" "$out"
  mkdir -p "$mod" "$out"
  cp "$here/etcd/main.go" "$mod/"
  printf 'module kind-audit.test/etcd\n\ngo 1.26.0\n\nrequire go.etcd.io/etcd/server/v3 v%s\n' "$version" >"$mod/go.mod"
  (cd "$mod" && go mod tidy && go build -trimpath -ldflags "-s -w" -o "$out/etcd" .)
  printf '%s\n' "$stamp" >"$out/.recipe"
  built+=("etcd v$version in $(($(date +%s) - t0))s")
}

build_kind() {
  local version=$1 out="$cache/kind/v$1" stamp
  stamp=$(stamp_of "kind $version")
  if is_current "$out" "$stamp"; then return 0; fi
  echo "building kind v$version"
  local t0
  t0=$(date +%s)
  rm -rf "$out"
  mkdir -p "$out"
  # kind's own module has no replace directives: `go install` builds it as released.
  GOBIN="$out" go install -trimpath -ldflags "-s -w" "sigs.k8s.io/kind@v$version"
  printf '%s\n' "$stamp" >"$out/.recipe"
  built+=("kind v$version in $(($(date +%s) - t0))s")
}

build_agent() {
  local hash out stamp
  hash=$(cd "$here/agent" && cat go.mod go.sum ./*.go | sha256sum | cut -c1-16)
  out="$cache/agent/$hash"
  stamp=$(stamp_of "agent $hash")
  if is_current "$out" "$stamp"; then
    ln -sfn "$hash" "$cache/agent/current"
    return 0
  fi
  echo "building the node agent ($hash)"
  local t0
  t0=$(date +%s)
  rm -rf "$out"
  mkdir -p "$out"
  (cd "$here/agent" && go build -trimpath -ldflags "-s -w" -o "$out/kind-audit-node" .)
  printf '%s\n' "$stamp" >"$out/.recipe"
  ln -sfn "$hash" "$cache/agent/current"
  built+=("node agent in $(($(date +%s) - t0))s")
}

for v in $k8s_versions; do build_kubernetes "$v"; done
build_etcd "$etcd_version"
for v in $kind_versions; do build_kind "$v"; done
build_agent

if [ ${#built[@]} -eq 0 ]; then
  echo "real parts: all in the cache at $cache"
else
  echo "real parts built in $(($(date +%s) - start))s: ${built[*]}"
  echo "disk: parts $(du -sh "$cache" | cut -f1), Go build cache $(du -sh "$(go env GOCACHE)" | cut -f1), Go module cache $(du -sh "$(go env GOMODCACHE)" | cut -f1)"
fi
