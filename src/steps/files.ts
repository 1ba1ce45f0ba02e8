import { mkdir, writeFile } from 'node:fs/promises';
import type { PolicySource } from '../inputs.js';
import type { Logger } from '../logger.js';
import type { LoadedPolicy } from '../policy/load.js';
import type { Stage } from '../policy/types.js';
import { renderFiles, type RenderedFile } from '../render.js';
import { preparePolicy } from './policy.js';

/** What decides the policy and the kind config of a cluster. */
export interface ClusterFilesOptions {
  policySource: PolicySource;
  omitStages: Stage[] | undefined;
  omitManagedFields: boolean | undefined;
  /** Where a relative policy-file starts (GITHUB_WORKSPACE in the action, the cwd in the CLI). */
  workspace: string;
  /** The folder to write the two files into. */
  dir: string;
  nodeImage: string | undefined;
  controlPlanes: number;
  workers: number;
}

/**
 * Checks the policy as kube-apiserver would, then writes it and the kind config into `dir`.
 * Nothing is written when the policy would be rejected.
 */
export async function writeClusterFiles(
  log: Logger,
  options: ClusterFilesOptions,
): Promise<{ policy: RenderedFile; kindConfig: RenderedFile; loadedPolicy: LoadedPolicy }> {
  const loadedPolicy = await preparePolicy(
    options.policySource,
    { omitStages: options.omitStages, omitManagedFields: options.omitManagedFields },
    options.workspace,
    log,
  );
  const files = renderFiles({
    policyText: loadedPolicy.text,
    dir: options.dir,
    image: options.nodeImage,
    controlPlanes: options.controlPlanes,
    workers: options.workers,
  });
  await mkdir(options.dir, { recursive: true });
  await writeFile(files.policy.path, files.policy.text);
  await writeFile(files.kindConfig.path, files.kindConfig.text);
  log.info(`Wrote ${files.policy.path} and ${files.kindConfig.path}`);
  return { ...files, loadedPolicy };
}
