import path from 'node:path';
import { renderKindConfig } from './config.js';
import { mergeKindConfig } from './merge-config.js';
import { FILE_NAMES } from '../artifact/layout.js';

/** What decides the two files. */
export interface RenderOptions {
  /** The audit policy, already checked. */
  policyText: string;
  /** The folder the files will be written to; the kind config points at the policy inside it. */
  dir: string;
  controlPlanes?: number;
  workers?: number;
  /** Node image written into the config for every node; kind's default when absent. */
  image?: string | undefined;
  /**
   * The user's own kind config: the audit settings are merged into it, and its nodes are used
   * (`controlPlanes`, `workers` and `image` are then ignored; kind's `--image` overrides images).
   */
  userConfig?: string | undefined;
  /** A runner folder per control-plane node for its logs; none keeps them in the nodes. */
  logHostPaths?: readonly string[];
}

export interface RenderedFile {
  path: string;
  text: string;
}

/** The audit policy and the kind config for a cluster, as text with their absolute paths. Pure. */
export function renderFiles(options: RenderOptions): {
  policy: RenderedFile;
  kindConfig: RenderedFile;
} {
  const dir = path.resolve(options.dir);
  const policyPath = path.join(dir, FILE_NAMES.policy);
  return {
    policy: { path: policyPath, text: options.policyText },
    kindConfig: {
      path: path.join(dir, FILE_NAMES.kindConfig),
      text:
        options.userConfig !== undefined
          ? mergeKindConfig(options.userConfig, {
              policyHostPath: policyPath,
              ...(options.logHostPaths ? { logHostPaths: options.logHostPaths } : {}),
            })
          : renderKindConfig({
              policyHostPath: policyPath,
              controlPlanes: options.controlPlanes ?? 1,
              workers: options.workers ?? 0,
              image: options.image,
              ...(options.logHostPaths ? { logHostPaths: options.logHostPaths } : {}),
            }),
    },
  };
}
