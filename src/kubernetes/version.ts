/**
 * Kubernetes versions as far as this project needs them: major and minor decide what kube-apiserver
 * and kubeadm accept, so a patch level or a pre-release suffix (`v1.37.0-rc.1`) is carried along for
 * messages only.
 */
export interface KubeVersion {
  major: number;
  minor: number;
  /** As the source wrote it, without a leading `v`: `1.36.1`, `1.37.0-rc.1`, `1.36`. */
  text: string;
}

/**
 * The Kubernetes version a policy is checked against when nothing names one: the default node image
 * of the pinned kind (kind v0.33.0 → kindest/node:v1.37.0). `test/kind/versions.test.ts` holds the
 * two together, so moving the pin moves this.
 */
export const DEFAULT_KUBERNETES_VERSION: KubeVersion = { major: 1, minor: 37, text: '1.37.0' };

const VERSION = /^v?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,6}))?(?:[-+][0-9A-Za-z.+-]*)?$/;

/** `1.36`, `v1.36.1`, `1.37.0-rc.1` → the version; anything else → undefined. */
export function parseKubeVersion(value: string): KubeVersion | undefined {
  const match = VERSION.exec(value.trim());
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), text: value.trim().replace(/^v/, '') };
}

/** Whether `version` is `major.minor` or later. */
export function atLeast(version: KubeVersion, major: number, minor: number): boolean {
  return version.major > major || (version.major === major && version.minor >= minor);
}

/** `1.36` — how messages name a minor release. */
export function minorOf(version: KubeVersion): string {
  return `${version.major}.${version.minor}`;
}
