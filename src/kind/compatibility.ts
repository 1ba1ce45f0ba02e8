import { DEFAULT_KUBERNETES_VERSION, type KubeVersion } from '../kubernetes/version.js';
import {
  defaultNodeImage,
  imageKubernetesVersion,
  incompatibility,
  KIND_RELEASES,
  nearestKnownRelease,
  PINNED_KIND_VERSION,
  parseKindVersion,
  tag,
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
  /** True when {@link kubernetesVersion} was read from images known to be used, not guessed. */
  fromImages: boolean;
  /** Said to the user when a version could not be read, so the check was skipped. */
  notice?: string;
  /**
   * Said to the user when the kind's version is not in the table: its default image is then a
   * guess (the nearest known release's), and the check is only as good as that guess.
   */
  warning?: string;
}

/**
 * Reads the Kubernetes version of the node images (`node-image`, else the config's control-plane
 * images, else the default image of `kind`) and refuses a pair known to fail, naming both versions
 * and what to use. An image whose tag names no version skips the check, with a notice. A kind the
 * table does not know gets a warning, and its default image is taken to be that of the nearest
 * known release (see {@link nearestKnownRelease}), so `node-image` is what decides for it.
 */
export function checkNodeVersion(
  kind: KindVersion | undefined,
  images: NodeImages,
): NodeVersionCheck {
  const known = defaultNodeImage(kind ?? pinned());
  const nearest = kind && !known ? nearestKnownRelease(kind) : undefined;
  const fallback = known ?? nearest?.image;
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
  const kubernetesVersion = oldest ?? DEFAULT_KUBERNETES_VERSION;
  const notices: string[] = [];
  if (unknown.length > 0) {
    notices.push(
      `The tag of ${unknown.join(', ')} names no Kubernetes version, so the kind/Kubernetes pair is not checked and the policy is checked as Kubernetes ${kubernetesVersion.text} would load it.`,
    );
  }
  const warning =
    kind && nearest
      ? unknownKindWarning(kind, nearest, kubernetesVersion, images.nodeImage !== undefined)
      : undefined;
  return {
    kubernetesVersion,
    images: used,
    // For a kind outside the table, only node-image is more than a guess.
    fromImages:
      oldest !== undefined && unknown.length === 0 && (!nearest || images.nodeImage !== undefined),
    ...(notices.length > 0 ? { notice: notices.join(' ') } : {}),
    ...(warning ? { warning } : {}),
  };
}

/** Why the pair check and the policy's version are a guess for a kind outside the table. */
function unknownKindWarning(
  kind: KindVersion,
  nearest: { kind: string; image: string },
  kube: KubeVersion,
  nodeImageGiven: boolean,
): string {
  const newest = KIND_RELEASES[0]?.kind ?? PINNED_KIND_VERSION;
  const oldest = KIND_RELEASES.at(-1)?.kind ?? PINNED_KIND_VERSION;
  const source = nodeImageGiven
    ? "the Kubernetes version of 'node-image'"
    : `the default image of kind v${nearest.kind}, the nearest release kind-audit knows (${nearest.image})`;
  return (
    `kind ${tag(kind)} is not a release kind-audit knows (it knows v${oldest} to v${newest}), so its ` +
    `default node image and the kubeadm config it writes are not known. The policy is checked as ` +
    `Kubernetes ${kube.text} would load it, from ${source}` +
    (nodeImageGiven
      ? '.'
      : `; set 'node-image' to the image you expect, or use a known kind ('kind-version').`)
  );
}

function pinned(): KindVersion {
  const version = parseKindVersion(PINNED_KIND_VERSION);
  if (!version) throw new Error(`PINNED_KIND_VERSION ${PINNED_KIND_VERSION} does not parse`);
  return version;
}
