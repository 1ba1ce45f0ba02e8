import type { Logger } from '../logger.js';
import { renderFiles, type RenderedFile } from '../render.js';
import { writeFileNoFollow } from '../safe-fs.js';

/** What shapes the kind config besides the policy. */
export interface KindConfigSettings {
  nodeImage: string | undefined;
  controlPlanes: number;
  workers: number;
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
  const files = renderFiles({
    policyText,
    dir,
    image: settings.nodeImage,
    controlPlanes: settings.controlPlanes,
    workers: settings.workers,
    ...mounts,
  });
  await writeFileNoFollow(files.policy.path, files.policy.text);
  await writeFileNoFollow(files.kindConfig.path, files.kindConfig.text);
  log.info(`Wrote ${files.policy.path} and ${files.kindConfig.path}`);
  return files;
}
