#!/usr/bin/env bash
# Builds the image of a cluster's external load balancer and tags it with the name kind v0.32+
# runs it under, docker.io/envoyproxy/envoy:v1.36.2 (kind pkg/cluster/internal/loadbalancer/
# const.go): kind never pulls it first, so a local image of that name is what `docker run` takes.
#
# The image is a Debian root filesystem made by debootstrap, with bash (kind starts the balancer
# with `bash -c`), Debian's HAProxy, and, as `envoy`, the node agent's Envoy stand-in, which
# follows kind's Envoy resource files and drives HAProxy (test/real/agent/envoy.go). The root
# filesystem is cached beside the parts; the image is rebuilt when the agent changes.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache=${KIND_AUDIT_PARTS:-$HOME/.cache/kind-audit/parts}
tag=docker.io/envoyproxy/envoy:v1.36.2
suite=bookworm
mirror=${KIND_AUDIT_DEBIAN_MIRROR:-http://deb.debian.org/debian}
agent="$cache/agent/current/kind-audit-node"
[ -x "$agent" ] || { echo "ERROR: $agent is missing: run test/real/build.sh first" >&2; exit 1; }

rootfs="$cache/lb-rootfs/debian-$suite-haproxy.tar"
if [ ! -f "$rootfs" ]; then
  command -v debootstrap >/dev/null || { echo "ERROR: debootstrap is needed (apt-get install debootstrap)" >&2; exit 1; }
  echo "debootstrap of Debian $suite with haproxy (once; cached in $rootfs)" >&2
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
  debootstrap --variant=minbase --include=bash,haproxy "$suite" "$dir" "$mirror" >&2
  rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/*
  mkdir -p "$(dirname "$rootfs")"
  tar -C "$dir" -cf "$rootfs.tmp" .
  mv "$rootfs.tmp" "$rootfs"
fi

hash=$({ cat "$here/lb-image.sh"; sha256sum "$rootfs" "$agent"; } | sha256sum | cut -c1-12)
if [ "$(docker image inspect -f '{{ index .Config.Labels "io.kind-audit.test.inputs" }}' "$tag" 2>/dev/null)" = "$hash" ]; then
  echo "$tag"
  exit 0
fi

work=$(mktemp -d)
tar -C "$work" -xf "$rootfs"
mkdir -p "$work/usr/local/bin"
cp "$agent" "$work/usr/local/bin/envoy"
tar -C "$work" -c . | docker import \
  --change 'CMD ["bash"]' \
  --change "LABEL io.kind-audit.test.inputs=$hash" \
  - "$tag" >/dev/null
rm -rf "$work"
echo "$tag"
