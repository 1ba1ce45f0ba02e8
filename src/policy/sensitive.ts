import { RESOURCE_VERBS } from './lint.js';

/** A kind of request whose body (request or response) may carry credentials. */
export interface SensitiveResource {
  label: string;
  /** What a recorded body would give away, for the policy check's warning. */
  what: string;
  resource: string;
  subresource?: string;
  apiGroup: string;
  namespaced: boolean;
  /** The verbs whose bodies carry it. */
  verbs: readonly string[];
  /**
   * Whether the policy check warns when a policy records its bodies: for credentials by design.
   * ConfigMaps hold credentials only by mistake, so they are kept out of the recommended preset's
   * bodies without a warning for a policy that keeps them.
   */
  warn: boolean;
}

/** Secrets: their data. */
export const SECRETS: SensitiveResource = {
  label: 'secrets',
  what: 'Secret data',
  resource: 'secrets',
  apiGroup: '',
  namespaced: true,
  verbs: RESOURCE_VERBS.filter((v) => v !== 'proxy'),
  warn: true,
};

/** ConfigMaps: credentials only by mistake. */
export const CONFIG_MAPS: SensitiveResource = {
  label: 'configmaps',
  what: 'ConfigMap data',
  resource: 'configmaps',
  apiGroup: '',
  namespaced: true,
  verbs: RESOURCE_VERBS.filter((v) => v !== 'proxy'),
  warn: false,
};

/** The tokens a TokenRequest returns (`serviceaccounts/token`). */
export const SERVICE_ACCOUNT_TOKENS: SensitiveResource = {
  label: 'serviceaccounts/token',
  what: 'service account tokens',
  resource: 'serviceaccounts',
  subresource: 'token',
  apiGroup: '',
  namespaced: true,
  verbs: ['create'],
  warn: true,
};

/** The bearer tokens a TokenReview is sent to check. */
export const TOKEN_REVIEWS: SensitiveResource = {
  label: 'tokenreviews (authentication.k8s.io)',
  what: 'bearer tokens',
  resource: 'tokenreviews',
  apiGroup: 'authentication.k8s.io',
  namespaced: false,
  verbs: ['create'],
  warn: true,
};

/**
 * Requests whose bodies may carry credentials, in one list. Artifacts are readable by everyone
 * with read access to the repository, so the recommended preset records them at Metadata
 * (policy/presets.ts), the policy check warns when a policy records the bodies of those marked
 * `warn` (policy/secrets.ts): the same set the kube-up (GCE) policy keeps out of bodies
 * (kubernetes/kubernetes cluster/gce/gci/configure-helper.sh, create-master-audit-policy). What
 * redaction replaces in the bodies of these requests is in logs/redact/rules.ts.
 */
export const SENSITIVE_RESOURCES: readonly SensitiveResource[] = [
  SECRETS,
  CONFIG_MAPS,
  SERVICE_ACCOUNT_TOKENS,
  TOKEN_REVIEWS,
];

/**
 * The policy's `resources` entries for {@link SENSITIVE_RESOURCES}, as YAML lines at `indent`:
 * one `group` entry per API group, in the order of the list.
 */
export function sensitiveGroupResources(indent: string): string {
  const byGroup = new Map<string, string[]>();
  for (const r of SENSITIVE_RESOURCES) {
    const names = byGroup.get(r.apiGroup) ?? [];
    names.push(JSON.stringify(r.subresource ? `${r.resource}/${r.subresource}` : r.resource));
    byGroup.set(r.apiGroup, names);
  }
  return [...byGroup]
    .map(
      ([group, names]) =>
        `${indent}- group: ${group === '' ? '""' : group}\n${indent}  resources: [${names.join(', ')}]\n`,
    )
    .join('');
}
