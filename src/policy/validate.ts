import { DEFAULT_KUBERNETES_VERSION, type KubeVersion } from '../kubernetes/version.js';
import { decodePolicy, type Decoded, type RawPolicy } from './decode.js';
import { kubeErrors } from './kube-rules.js';
import { lintPolicy } from './lint.js';
import { secretWarnings } from './secrets.js';
import {
  POLICY_API_VERSION,
  isAuditLevel,
  isStage,
  type GroupResources,
  type Policy,
  type PolicyCheck,
  type PolicyRule,
  type PolicyWarning,
  type Stage,
} from './types.js';

export type { PolicyCheck, PolicyWarning } from './types.js';

/**
 * Checks audit policy text (YAML or JSON) the way kube-apiserver of `kubernetesVersion` (default:
 * the pinned kind's default node image, 1.37) loads it: `valid` says
 * whether the server would start, `errors` carry kube's own messages (every field error at once),
 * and `warnings` flag what kube accepts silently but probably is a mistake — dropped unknown or
 * mis-indented fields, duplicate keys, verbs no request has, unreachable rules, and rules that
 * would write Secret or token bodies into the log.
 */
export function checkPolicy(
  text: string,
  kubernetesVersion: KubeVersion = DEFAULT_KUBERNETES_VERSION,
): PolicyCheck {
  const decoded = decodePolicy(text);
  const warnings = [...decoded.warnings];
  if (decoded.raw === undefined) return { valid: false, errors: decoded.errors, warnings };
  warnings.push(...versionHints(decoded.raw, decoded));
  const errors = kubeErrors(decoded.raw, kubernetesVersion);
  if (errors.length > 0) return { valid: false, errors, warnings };
  const policy = toPolicy(decoded.raw);
  warnings.push(...lintPolicy(policy, decoded.lines), ...secretWarnings(policy, decoded.lines));
  return { valid: true, errors: [], warnings, policy };
}

/** kube-apiserver's verdict on a policy text alone: what {@link checkPolicy} gives, minus warnings. */
export type PolicyVerdict = Omit<PolicyCheck, 'warnings'>;

/**
 * Whether kube-apiserver would load `text`, and the policy it would load, without looking for
 * mistakes to warn about. For text derived from a policy whose warnings were already reported
 * (the user's policy with policy-level options laid over it), where a second full check would only
 * repeat them.
 */
export function policyVerdict(
  text: string,
  kubernetesVersion: KubeVersion = DEFAULT_KUBERNETES_VERSION,
): PolicyVerdict {
  const decoded = decodePolicy(text);
  if (decoded.raw === undefined) return { valid: false, errors: decoded.errors };
  const errors = kubeErrors(decoded.raw, kubernetesVersion);
  if (errors.length > 0) return { valid: false, errors };
  return { valid: true, errors: [], policy: toPolicy(decoded.raw) };
}

function versionHints(raw: RawPolicy, decoded: Decoded): PolicyWarning[] {
  const at = (path: string): { path: string; line?: number } => {
    const line = decoded.lines.get(path);
    return { path, ...(line ? { line } : {}) };
  };
  if (/^audit\.k8s\.io\/v1(alpha|beta)\d+$/.test(raw.apiVersion)) {
    const message = `apiVersion: ${raw.apiVersion} was removed in Kubernetes 1.24; use ${POLICY_API_VERSION}`;
    return [{ message, ...at('apiVersion') }];
  }
  if (raw.apiVersion === POLICY_API_VERSION && raw.kind === '') {
    return [{ message: 'kind is missing; kube-apiserver assumes Policy', ...at('apiVersion') }];
  }
  return [];
}

/** The typed policy; only called after kube's checks passed, so levels and stages are known. */
function toPolicy(raw: RawPolicy): Policy {
  const policy: Policy = {
    apiVersion: POLICY_API_VERSION,
    kind: 'Policy',
    rules: raw.rules.map((rule) => {
      if (!isAuditLevel(rule.level)) throw new Error(`unchecked level ${rule.level}`);
      const out: PolicyRule = { level: rule.level };
      setList(out, 'users', rule.users);
      setList(out, 'userGroups', rule.userGroups);
      setList(out, 'verbs', rule.verbs);
      setList(out, 'namespaces', rule.namespaces);
      setList(out, 'nonResourceURLs', rule.nonResourceURLs);
      if (rule.resources.length > 0) {
        out.resources = rule.resources.map((gr) => {
          const g: GroupResources = { group: gr.group };
          setList(g, 'resources', gr.resources);
          setList(g, 'resourceNames', gr.resourceNames);
          return g;
        });
      }
      if (rule.omitStages.length > 0) out.omitStages = stages(rule.omitStages);
      if (rule.omitManagedFields !== undefined) out.omitManagedFields = rule.omitManagedFields;
      return out;
    }),
  };
  if (raw.omitStages.length > 0) policy.omitStages = stages(raw.omitStages);
  if (raw.omitManagedFields !== undefined) policy.omitManagedFields = raw.omitManagedFields;
  return policy;
}

function stages(values: string[]): Stage[] {
  return values.filter(isStage);
}

function setList<T extends object, K extends keyof T>(target: T, key: K, values: string[]): void {
  if (values.length > 0) (target as Record<K, string[]>)[key] = values;
}
