import type { KubeVersion } from '../../kubernetes/version.js';
import type { Logger } from '../../messages/logger.js';
import {
  loadPolicy,
  type LoadedPolicy,
  type PolicyOptions,
  type PolicySource,
} from '../../policy/index.js';

// Callers of the step catch what it throws.
export { PolicyError } from '../../policy/index.js';

/**
 * Loads and checks the policy (see {@link loadPolicy}) against the node image's Kubernetes
 * version (default: the pinned kind's default image) and shows its warnings as annotations on
 * the policy file's lines. Errors throw before anything is created.
 */
export async function preparePolicy(
  source: PolicySource,
  options: PolicyOptions,
  workspace: string,
  log: Logger,
  kubernetesVersion?: KubeVersion,
): Promise<LoadedPolicy> {
  const loaded = await loadPolicy(source, options, workspace, kubernetesVersion);
  for (const warning of loaded.warnings) {
    log.warning(warning.message, {
      title: 'kind-audit: audit policy',
      ...(loaded.file ? { file: loaded.file } : {}),
      ...(warning.line ? { line: warning.line } : {}),
    });
  }
  return loaded;
}
