import { atLeast, minorOf, parseKubeVersion, type KubeVersion } from '../kubernetes/version.js';

/** A kind release: `0.32.0`, without the `v` (`tag` adds it back). */
export interface KindVersion {
  major: number;
  minor: number;
  patch: number;
  /** `0.32.0`, or `0.33.0-alpha.12+abc` for a build between releases. */
  text: string;
}

/**
 * Known kind releases and their default node image, read from `pkg/apis/config/defaults/image.go`
 * at each release (the release tag of kubernetes-sigs/kind, or the module `sigs.k8s.io/kind` at
 * that version on the Go module proxy, which is the tag's tree); digests left out: the tag is what
 * carries the version. Newest first.
 */
export const KIND_RELEASES: readonly { kind: string; image: string }[] = [
  { kind: '0.33.0', image: 'kindest/node:v1.37.0' }, // module v0.33.0, 2026-08-26
  { kind: '0.32.0', image: 'kindest/node:v1.36.1' }, // tag v0.32.0, 2026-06-02
  { kind: '0.31.0', image: 'kindest/node:v1.35.0' }, // tag v0.31.0, 2025-12-17
  { kind: '0.30.0', image: 'kindest/node:v1.34.0' },
  { kind: '0.29.0', image: 'kindest/node:v1.33.1' },
  { kind: '0.28.0', image: 'kindest/node:v1.33.1' },
  { kind: '0.27.0', image: 'kindest/node:v1.32.2' },
  { kind: '0.26.0', image: 'kindest/node:v1.32.0' },
  { kind: '0.25.0', image: 'kindest/node:v1.31.2' },
  { kind: '0.24.0', image: 'kindest/node:v1.31.0' },
  { kind: '0.23.0', image: 'kindest/node:v1.30.0' },
  { kind: '0.22.0', image: 'kindest/node:v1.29.2' },
  { kind: '0.21.0', image: 'kindest/node:v1.29.1' },
  { kind: '0.20.0', image: 'kindest/node:v1.27.3' },
];

/** The kind installed when `kind-version` is empty and no kind is on PATH: the newest release confirmed. */
export const PINNED_KIND_VERSION = '0.33.0';

const KIND_VERSION =
  /^v?(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})([-+][0-9A-Za-z.+-]{1,64})?$/;

/** `v0.32.0` or `0.32.0` (a pre-release suffix allowed) → the version; anything else → undefined. */
export function parseKindVersion(value: string): KindVersion | undefined {
  const match = KIND_VERSION.exec(value.trim());
  if (!match) return undefined;
  const [, major, minor, patch] = match;
  return {
    major: Number(major),
    minor: Number(minor),
    patch: Number(patch),
    text: value.trim().replace(/^v/, ''),
  };
}

/** The release tag, as GitHub's download paths name it: `v0.32.0`. */
export function tag(version: KindVersion): string {
  return `v${version.text}`;
}

/**
 * The version `kind version` prints: `kind v0.32.0 go1.24.4 linux/amd64` (`pkg/cmd/kind/version`,
 * `DisplayVersion`), or the bare `0.32.0` of `kind version -q`. Undefined when it is neither.
 */
export function parseKindVersionOutput(stdout: string): KindVersion | undefined {
  const line = stdout.trim().split('\n', 1)[0] ?? '';
  const match = /^(?:kind\s+)?(v?\d+\.\d+\.\d+\S*)/.exec(line.trim());
  return match?.[1] ? parseKindVersion(match[1]) : undefined;
}

/** The default node image of a kind release in {@link KIND_RELEASES}; undefined for any other. */
export function defaultNodeImage(version: KindVersion): string | undefined {
  if (isPreRelease(version)) return undefined;
  const core = `${version.major}.${version.minor}.${version.patch}`;
  return KIND_RELEASES.find((r) => r.kind === core)?.image;
}

/** `0.33.0-alpha.12+abc` is a build between releases; `0.33.0+abc` is the release. */
function isPreRelease(version: KindVersion): boolean {
  return /^[^-+]*-/.test(version.text);
}

/**
 * The release in {@link KIND_RELEASES} nearest to a kind the table does not know: the newest one
 * not newer than it (a pre-release such as `0.34.0-alpha.3` comes before `0.34.0`, so its nearest
 * is the release before), else the oldest known. A kind's default image only moves forward, so
 * the nearest older release's default is the closest known guess at what it creates.
 */
export function nearestKnownRelease(version: KindVersion): { kind: string; image: string } {
  const known = KIND_RELEASES.find((release) => {
    const r = parseKindVersion(release.kind);
    return r !== undefined && compareKindVersions(r, version) <= 0;
  });
  return known ?? (KIND_RELEASES.at(-1) as { kind: string; image: string });
}

/** Orders kind versions as semver orders them, a pre-release before its release. */
function compareKindVersions(a: KindVersion, b: KindVersion): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return Math.sign(core);
  return Number(isPreRelease(b)) - Number(isPreRelease(a));
}

/**
 * The Kubernetes version an image's tag names: `kindest/node:v1.36.1`, with or without a digest,
 * a registry with a port, or a tag such as `v1.37.0-rc.1`. Undefined when the tag is no version
 * (`latest`, `main`) or there is no tag at all.
 */
export function imageKubernetesVersion(image: string): KubeVersion | undefined {
  const withoutDigest = image.split('@', 1)[0] ?? '';
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  if (colon < 0) return undefined;
  return parseKubeVersion(withoutDigest.slice(colon + 1));
}

/**
 * Why kind `kind` cannot create a cluster from a node image of Kubernetes `kube`, or undefined when
 * no reason is known. kind ≤ 0.31 renders kubeadm's `v1beta3` config for every image from 1.23 on
 * (`pkg/cluster/internal/kubeadm/config.go`; from 0.32 images from 1.36 get `v1beta4`), and
 * kubeadm 1.37 removed `v1beta3`: kubeadm init fails before the API server exists.
 */
export function incompatibility(kind: KindVersion, kube: KubeVersion): string | undefined {
  const rendersOnlyV1beta3 = kind.major === 0 && kind.minor <= 31;
  if (!rendersOnlyV1beta3 || !atLeast(kube, 1, 37)) return undefined;
  const own = defaultNodeImage(kind);
  return (
    `kind v${kind.text} cannot create a cluster from a Kubernetes ${kube.text} node image: kind 0.31 ` +
    `and older write kubeadm's v1beta3 config, which kubeadm ${minorOf(kube)} no longer reads. Use ` +
    `kind v0.32.0 or newer ('kind-version'), or a node image of Kubernetes 1.36 or ` +
    `older` +
    (own ? ` (kind v${kind.text}'s default is ${own})` : '')
  );
}
