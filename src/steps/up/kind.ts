import type { Runner } from '../../process/exec.js';
import { probeKind, usingKind } from '../../kind/command.js';
import {
  checkNodeVersion,
  type NodeImages,
  type NodeVersionCheck,
} from '../../kind/compatibility.js';
import { installKind, type KindCache, type KindSettings } from '../../kind/install.js';
import { kubeadmApiFor, type KubeadmApi } from '../../kind/kubeadm-api.js';
import {
  PINNED_KIND_VERSION,
  parseKindVersion,
  tag,
  type KindVersion,
} from '../../kind/versions.js';
import type { KubeVersion } from '../../kubernetes/version.js';
import type { Logger } from '../../messages/logger.js';

/** Where a front end keeps downloaded kind binaries. */
export interface KindInstallPlace {
  cache: KindCache;
  /** A folder for a download until its checksum is checked. */
  tempDir: string;
  /** Per download; the installer's default when unset. */
  timeoutMs?: number;
}

/** The kind to run and what is known of the cluster it will create. */
export interface KindInUse {
  /** `kind` (from PATH) or the path of the installed binary. */
  command: string;
  /** Undefined only for a kind on PATH whose version could not be read; see {@link chooseKind}. */
  version: KindVersion | undefined;
  /** The Kubernetes version the policy is checked against: the node image's. */
  kubernetesVersion: KubeVersion;
  /** The kubeadm config version kind will write, when the versions it depends on are known. */
  kubeadmApi: KubeadmApi | undefined;
  /** A runner that runs {@link command} wherever kind is asked for. */
  run: Runner;
}

function pinned(): KindVersion {
  return parseKindVersion(PINNED_KIND_VERSION) as KindVersion;
}

/**
 * Picks the kind to use: `kind-version` set → that release, installed and verified; empty → the
 * kind on PATH, else the pinned release installed. Then reads the node images' Kubernetes version
 * and refuses a pair known to fail — all before anything is written or created.
 */
export async function chooseKind(
  run: Runner,
  log: Logger,
  settings: KindSettings,
  images: NodeImages,
  place: KindInstallPlace,
): Promise<KindInUse> {
  const onPath = settings.version === undefined ? await probeKind(run, 'kind') : undefined;
  if (onPath?.found && onPath.version) log.info(`Using kind ${tag(onPath.version)} from PATH.`);
  if (onPath?.found && !onPath.version) {
    log.warning(
      `\`kind version\` printed no version (${onPath.said}): the kind/Kubernetes pair is not checked.`,
    );
  }
  const install = !onPath?.found;
  const version = onPath?.found ? onPath.version : (settings.version ?? pinned());
  // The pair is judged before any download: a kind that cannot work is not worth fetching.
  const check = judgePair(log, version, images);
  let command = 'kind';
  if (install && version) {
    if (onPath) log.info(`No kind on PATH: installing the pinned kind ${tag(version)}.`);
    command = await installKind({
      version,
      mirror: settings.mirror,
      cache: place.cache,
      tempDir: place.tempDir,
      log,
      ...(place.timeoutMs ? { timeoutMs: place.timeoutMs } : {}),
    });
  }
  return {
    command,
    version,
    kubernetesVersion: check.kubernetesVersion,
    kubeadmApi: kubeadmApiFor(version, check.fromImages ? check.kubernetesVersion : undefined),
    run: usingKind(run, command),
  };
}

/** Checks the kind/node image pair, saying what the check could not know. */
function judgePair(
  log: Logger,
  version: KindVersion | undefined,
  images: NodeImages,
): NodeVersionCheck {
  const check = checkNodeVersion(version, images);
  if (check.warning) log.warning(check.warning, { title: 'kind-audit: kind version' });
  if (check.notice) log.notice(check.notice, { title: 'kind-audit: node image' });
  return check;
}

/**
 * What `render` knows without downloading anything — the node image's Kubernetes version and the
 * kubeadm config version kind writes for it — from `kind-version` when given, else the kind on
 * PATH, else the pinned release. Refuses a known-bad pair just as `up` would.
 */
export async function clusterVersionsForRender(
  run: Runner,
  log: Logger,
  settings: KindSettings,
  images: NodeImages,
): Promise<Pick<KindInUse, 'kubernetesVersion' | 'kubeadmApi'>> {
  const onPath = settings.version === undefined ? await probeKind(run, 'kind') : undefined;
  const version = settings.version ?? (onPath?.found ? onPath.version : pinned());
  const check = judgePair(log, version, images);
  return {
    kubernetesVersion: check.kubernetesVersion,
    kubeadmApi: kubeadmApiFor(version, check.fromImages ? check.kubernetesVersion : undefined),
  };
}
