import type { Logger } from '../../messages/logger.js';
import { renderFiles, type RenderedFile } from '../../kind/render.js';
import { writeFileNoFollow } from '../../files/safe-fs.js';
import type { KindConfigSource } from './kind-config.js';

/** What shapes the kind config besides the policy. */
export interface KindConfigSettings {
  nodeImage: string | undefined;
  /** Without a user's config: the nodes to render. With one, its nodes count and these are unused. */
  controlPlanes: number;
  workers: number;
  /** The user's own kind config, merged instead of rendering one; its text once read. */
  kindConfig?: KindConfigSource | undefined;
}

/** Where each control-plane node's log folder lives on the runner; none keeps logs in the nodes. */
export interface LogMounts {
  logHostPaths?: readonly string[];
}

/**
 * Writes the checked policy and the kind config that mounts it into `dir` (a folder this use
 * owns), never through a link.
 */
export async function writeClusterFiles(
  log: Logger,
  dir: string,
  policyText: string,
  settings: KindConfigSettings,
  mounts: LogMounts = {},
): Promise<{ policy: RenderedFile; kindConfig: RenderedFile }> {
  if (settings.kindConfig && settings.kindConfig.text === undefined) {
    // A config read here, after the checks, could differ from the one checked.
    throw new Error(`${settings.kindConfig.path} was not read yet: resolve the kind config first`);
  }
  const files = renderFiles({
    policyText,
    dir,
    image: settings.nodeImage,
    controlPlanes: settings.controlPlanes,
    workers: settings.workers,
    userConfig: settings.kindConfig?.text,
    ...mounts,
  });
  await writeFileNoFollow(files.policy.path, files.policy.text);
  await writeFileNoFollow(files.kindConfig.path, files.kindConfig.text);
  log.info(`Wrote ${files.policy.path} and ${files.kindConfig.path}`);
  return files;
}
