import { DEFAULT_KUBERNETES_VERSION, type KubeVersion } from '../kube-version.js';
import {
  defaultNodeImage,
  imageKubernetesVersion,
  incompatibility,
  PINNED_KIND_VERSION,
  parseKindVersion,
  type KindVersion,
} from './versions.js';

/** A kind and node image pair known not to work; thrown before anything is created. */
export class KindCompatibilityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KindCompatibilityError';
  }
}

/** Where the node images come from, in the order that decides: kind's `--image` wins over the config. */
export interface NodeImages {
  /** `node-image` (kind's `--image`, which replaces every node's image). */
  nodeImage?: string | undefined;
  /**
   * The `image:` of each control-plane node of the user's config; `undefined` for a node that
   * names none (it runs the kind's default image).
   */
  configImages?: readonly (string | undefined)[] | undefined;
}

/** What is known of the cluster's Kubernetes version before it is created. */
export interface NodeVersionCheck {
  /** The version the policy is checked against: the oldest control plane's, when known. */
  kubernetesVersion: KubeVersion;
  /** The images the version was read from; the kind's default image when none was given. */
  images: string[];
  /** Said to the user when a version could not be read, so the check was skipped. */
  notice?: string;
}

/**
 * Reads the Kubernetes version of the node images (`node-image`, else the config's control-plane
 * images, else the default image of `kind`) and refuses a pair known to fail, naming both versions
 * and what to use. An image whose tag names no version skips the check, with a notice.
 */
export function checkNodeVersion(
  kind: KindVersion | undefined,
  images: NodeImages,
): NodeVersionCheck {
  const fallback = defaultNodeImage(kind ?? pinned());
  const given = images.nodeImage
    ? [images.nodeImage]
    : (images.configImages ?? []).flatMap((image) => image ?? fallback ?? []);
  const used = given.length > 0 ? given : fallback ? [fallback] : [];
  const unknown = used.filter((image) => imageKubernetesVersion(image) === undefined);
  const versions = used.flatMap((image) => imageKubernetesVersion(image) ?? []);
  for (const version of versions) {
    const problem = kind ? incompatibility(kind, version) : undefined;
    if (problem) throw new KindCompatibilityError(problem);
  }
  const oldest = versions.reduce<KubeVersion | undefined>(
    (min, v) =>
      min === undefined || v.major < min.major || (v.major === min.major && v.minor < min.minor)
        ? v
        : min,
    undefined,
  );
  const notices: string[] = [];
  if (unknown.length > 0) {
    notices.push(
      `The tag of ${unknown.join(', ')} names no Kubernetes version, so the kind/Kubernetes pair is not checked and the policy is checked as Kubernetes ${(oldest ?? DEFAULT_KUBERNETES_VERSION).text} would load it.`,
    );
  }
  // A kind outside the table (newer than the pin, or very old) has no known default here: its
  // pair is not checked, as only kind 0.31 and older have a known bad pair, and those are listed.
  return {
    kubernetesVersion: oldest ?? DEFAULT_KUBERNETES_VERSION,
    images: used,
    ...(notices.length > 0 ? { notice: notices.join(' ') } : {}),
  };
}

function pinned(): KindVersion {
  const version = parseKindVersion(PINNED_KIND_VERSION);
  if (!version) throw new Error(`PINNED_KIND_VERSION ${PINNED_KIND_VERSION} does not parse`);
  return version;
}
