import { randomUUID } from 'node:crypto';
import { chmod, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../messages/logger.js';
import { downloadFile, downloadText } from './download.js';
import { tag, type KindVersion } from './versions.js';

/** Where kind's release assets are downloaded from unless `kind-mirror` says otherwise. */
export const DEFAULT_KIND_MIRROR = 'https://github.com/kubernetes-sigs/kind/releases/download';

/** Which kind to use (`kind-version`, `kind-mirror`): a release to install, or the one on PATH. */
export interface KindSettings {
  /** Set: install this release. Unset: `kind` from PATH, else the pinned release. */
  version: KindVersion | undefined;
  /** Base URL laid out like GitHub's release downloads. */
  mirror: string;
}

/** How long each download may take in all, unless the caller says otherwise. */
export const DOWNLOAD_TIMEOUT_MS = 120_000;

/** A kind binary that could not be installed: unsupported runner, failed download, wrong checksum. */
export class KindInstallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KindInstallError';
  }
}

/**
 * Where installed kind binaries are kept between runs, one per version and architecture. The
 * action backs it with `@actions/tool-cache`; the CLI with a folder in the user's cache.
 */
export interface KindCache {
  /** The cached binary's path, or undefined when this version is not cached. */
  find(version: string, arch: string): string | undefined;
  /** Copies a verified binary into the cache; returns the cached binary's path. */
  store(file: string, version: string, arch: string): Promise<string>;
}

// The release's assets (kind `hack/release/build/cross.sh`): these five, each with a .sha256sum.
const ASSETS: Readonly<Record<string, readonly string[]>> = {
  linux: ['amd64', 'arm64'],
  darwin: ['amd64', 'arm64'],
  windows: ['amd64'],
};

/** Node's platform and arch names → kind's asset name, e.g. `kind-linux-amd64`. */
export function kindAsset(
  platform: string = process.platform,
  arch: string = process.arch,
): string {
  const os = platform === 'win32' ? 'windows' : platform;
  const goArch = arch === 'x64' ? 'amd64' : arch;
  if (!ASSETS[os]?.includes(goArch)) {
    const known = Object.entries(ASSETS).flatMap(([o, as]) => as.map((a) => `${o}/${a}`));
    throw new KindInstallError(
      `kind publishes no binary for ${platform}/${arch} (releases have ${known.join(', ')}); put a kind of your own on PATH and leave 'kind-version' empty`,
    );
  }
  return `kind-${os}-${goArch}`;
}

/** The binary's URL under a mirror laid out like GitHub's release downloads. */
export function kindAssetUrl(mirror: string, version: KindVersion, asset: string): string {
  return `${mirror.replace(/\/+$/, '')}/${tag(version)}/${asset}`;
}

/** The sum from a `.sha256sum` file (`<64 hex>  kind-linux-amd64`), lower-cased; undefined if none. */
export function parseSha256Sum(text: string): string | undefined {
  const match = /^([0-9a-fA-F]{64})(?:\s|$)/.exec(text.trim());
  return match?.[1]?.toLowerCase();
}

export interface InstallKindOptions {
  version: KindVersion;
  mirror: string;
  cache: KindCache;
  /** A folder for the download before it is verified. */
  tempDir: string;
  log: Pick<Logger, 'info' | 'debug'>;
  timeoutMs?: number;
  platform?: string;
  arch?: string;
}

/**
 * The path of an executable kind of `version`: from the cache, else downloaded from the mirror,
 * checked against the release's published SHA-256 and then cached. Nothing unverified is ever
 * cached or made executable; a mismatch is an error naming both sums and the URL.
 */
export async function installKind(options: InstallKindOptions): Promise<string> {
  const { version, log } = options;
  const asset = kindAsset(options.platform, options.arch);
  const arch = asset.split('-').at(-1) ?? '';
  const cached = options.cache.find(version.text, arch);
  if (cached) {
    log.info(`Using kind ${tag(version)} from the tool cache: ${cached}`);
    return cached;
  }
  const url = kindAssetUrl(options.mirror, version, asset);
  const sumUrl = `${url}.sha256sum`;
  const limits = { timeoutMs: options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS };
  log.info(`Downloading kind ${tag(version)} from ${url}`);
  const sumText = await downloadText(sumUrl, 4096, limits).catch((error: unknown) => {
    throw fromDownload(error, version);
  });
  const expected = parseSha256Sum(sumText);
  if (!expected) {
    throw new KindInstallError(
      `${sumUrl} holds no SHA-256 sum (expected "<64 hex digits>  ${asset}"), so the kind binary cannot be verified`,
    );
  }
  await mkdir(options.tempDir, { recursive: true });
  const file = path.join(options.tempDir, `${asset}-${randomUUID()}`);
  try {
    const { sha256 } = await downloadFile(url, file, limits).catch((error: unknown) => {
      throw fromDownload(error, version);
    });
    if (sha256 !== expected) {
      throw new KindInstallError(
        `The kind binary from ${url} has SHA-256 ${sha256}, but ${sumUrl} publishes ${expected}: refusing to use it. A mirror serving another file, or a corrupted download.`,
      );
    }
    log.debug(`kind ${tag(version)} matches its published SHA-256 ${expected}`);
    const installed = await options.cache.store(file, version.text, arch);
    await chmod(installed, 0o755);
    return installed;
  } finally {
    await rm(file, { force: true });
  }
}

function fromDownload(error: unknown, version: KindVersion): Error {
  if (!(error instanceof Error)) return new KindInstallError(String(error));
  const status = (error as { status?: number }).status;
  const hint =
    status === 404
      ? `: is ${tag(version)} a kind release ('kind-version'), and is 'kind-mirror' laid out like ${DEFAULT_KIND_MIRROR}?`
      : '';
  return new KindInstallError(`${error.message}${hint}`);
}
