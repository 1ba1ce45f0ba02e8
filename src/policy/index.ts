/**
 * Audit policies: build them (levels, presets, policy-level options), check them the way
 * kube-apiserver loads them, and evaluate which level a request would get.
 */
export {
  AUDIT_LEVELS,
  POLICY_API_VERSION,
  STAGES,
  isAuditLevel,
  isStage,
  type AuditLevel,
  type GroupResources,
  type Policy,
  type PolicyCheck,
  type PolicyRule,
  type PolicyWarning,
  type Stage,
} from './types.js';
export { checkPolicy, policyVerdict, type PolicyVerdict } from './validate.js';
export { evaluate, ruleMatches, type AuditRequest, type Decision } from './evaluate.js';
export { PRESETS, isPresetName, levelPolicy, presetPolicy, type PresetName } from './presets.js';
export { applyPolicyOptions, type PolicyOptions } from './options.js';
export {
  loadPolicy,
  readPolicySource,
  PolicyError,
  type LoadedPolicy,
  type PolicyText,
} from './load.js';
export { POLICY_SIZE_LIMIT, PolicyFileError, readPolicyFile } from './read-file.js';
export { aliasExpansionError, isMergeKey, resolveAliases, type AliasTargets } from './aliases.js';
export { SECRETS, SERVICE_ACCOUNT_TOKENS, TOKEN_REVIEWS } from './sensitive.js';
export type { PolicySource } from './source.js';
