import path from 'node:path';
import { InputError } from '../../messages/input-error.js';
import type { KubeadmApi } from '../../kind/kubeadm-api.js';
import { mergeKindConfig } from '../../kind/merge-config.js';
import { patchApiWarnings, type PatchWarning } from '../../kind/patch-api-versions.js';
import { KindConfigError, parseKindConfig } from '../../kind/user-config.js';
import type { Logger } from '../../messages/logger.js';
import { PolicyFileError, readPolicyFile } from '../../policy/index.js';

/**
 * The most a kind config may hold. Real ones are a few KiB; the `yaml` document API that keeps
 * comments takes about 1 s to parse 256 KiB of one on this project's machines, and a config is
 * parsed a few times before kind runs.
 */
export const KIND_CONFIG_SIZE_LIMIT = 256 * 1024;
const KIND_CONFIG_SIZE_TEXT = `256 KiB (${KIND_CONFIG_SIZE_LIMIT} bytes)`;

/** The user's own kind config, as the `config` input (the CLI's `--config`) names it. */
export interface KindConfigSource {
  /** The input that named it, so a refusal can name it too. */
  input: string;
  /** As given: relative paths start at the workspace, where kind also runs. */
  path: string;
  /** True when no cluster name was given: the config's own `name:`, if any, names the cluster. */
  nameFromConfig: boolean;
  /** The text, once read: read once, so what is checked is what kind gets. */
  text?: string;
}

/** What a read config decides: the text, the cluster's name and its control-plane count. */
export interface LoadedKindConfig {
  text: string;
  /** The config's `name:`, when it gives one. */
  name: string | undefined;
  controlPlanes: number;
}

/**
 * Reads the user's kind config from the workspace — a regular file of at most 256 KiB, read as
 * the policy file is — and checks that the audit settings can be merged into it, before anything is
 * created. Throws {@link InputError} naming the input, the path and the line at fault.
 */
export async function loadKindConfig(
  source: KindConfigSource,
  workspace: string,
): Promise<LoadedKindConfig> {
  const file = path.resolve(workspace, source.path);
  let text = source.text;
  if (text === undefined) {
    try {
      text = await readPolicyFile(file, KIND_CONFIG_SIZE_LIMIT);
    } catch (error) {
      if (!(error instanceof PolicyFileError)) throw error;
      throw new InputError(
        source.input,
        source.path,
        error.missing
          ? `no such file (looked for ${file}; relative paths start at ${workspace})`
          : `${error.message}; the kind config must be a regular file of at most ${KIND_CONFIG_SIZE_TEXT}`,
      );
    }
  }
  try {
    const parsed = parseKindConfig(text);
    // A merge with stand-in paths finds every refusal now, not after the cluster's files exist.
    mergeKindConfig(text, { policyHostPath: '/', logHostPaths: [] });
    return {
      text,
      name: parsed.name,
      // No nodes (or an empty list): kind makes one control plane.
      controlPlanes: parsed.nodes?.items.length ? parsed.controlPlanes.length : 1,
    };
  } catch (error) {
    if (!(error instanceof KindConfigError)) throw error;
    const where = error.line === undefined ? file : `${file}:${error.line}`;
    throw new InputError(source.input, source.path, `${where}: ${error.problem}`);
  }
}

/** What names a cluster and may name a kind config: the part of the cluster options read here. */
export interface NamedCluster {
  clusterName: string;
  kindConfig?: KindConfigSource | undefined;
}

/**
 * Reads the config the options name (once: the text is kept in the returned options) and settles
 * the cluster's name — the one given, else the config's `name:`, else the name the options hold
 * (kind's default). Options without a config come back as they are.
 */
export async function resolveKindConfig<T extends NamedCluster>(
  options: T,
  workspace: string,
): Promise<{ options: T; config: LoadedKindConfig | undefined }> {
  const source = options.kindConfig;
  if (!source) return { options, config: undefined };
  const config = await loadKindConfig(source, workspace);
  const named = source.nameFromConfig && config.name !== undefined;
  return {
    options: {
      ...options,
      clusterName: named ? config.name : options.clusterName,
      kindConfig: { ...source, text: config.text, nameFromConfig: false },
    },
    config,
  };
}

/**
 * Warns about each patch of the user's config that kind will drop without a word, in whole or in
 * part, pointing at its line: kind's own error or silence would come only after the cluster
 * exists. `rendered` is the kubeadm config version kind writes here, when known.
 */
export function warnAboutPatches(
  log: Pick<Logger, 'warning'>,
  source: KindConfigSource,
  rendered: KubeadmApi | undefined,
): void {
  if (source.text === undefined) return;
  let warnings: PatchWarning[];
  try {
    warnings = patchApiWarnings(source.text, rendered);
  } catch (error) {
    // A worker's patch kind-audit does not merge into: kind itself refuses what does not parse.
    if (error instanceof KindConfigError) return;
    throw error;
  }
  for (const { line, message } of warnings) {
    log.warning(`${source.path}${line ? `:${line}` : ''}: ${message}`, {
      title: 'kind-audit: kind config',
      file: source.path,
      ...(line ? { line } : {}),
    });
  }
}
