import { createHash } from 'node:crypto';
import type { RunId } from './run-identity.js';

/** The prefix of kind-audit's label and annotation keys: a DNS subdomain of the project's own. */
export const LABEL_DOMAIN = 'kind-audit.github.io';

/**
 * The labels on every generated Role, ClusterRole, RoleBinding and ClusterRoleBinding, after
 * audit2rbac's (`audit2rbac.liggitt.net/generated=true` and `/user=<subject>`) with a run added,
 * so `kubectl delete -l` can remove all that kind-audit made, one run's, or one subject's.
 */
export const RBAC_LABEL = {
  /** Always {@link GENERATED_BY}. */
  generatedBy: `${LABEL_DOMAIN}/generated-by`,
  /** The run the RBAC came from ({@link RunId.id}). */
  run: `${LABEL_DOMAIN}/run`,
  /** The subject, readable ({@link subjectLabelValue}); the annotation holds it exactly. */
  subject: `${LABEL_DOMAIN}/subject`,
} as const;

export const GENERATED_BY = 'kind-audit';

/** The annotations on every generated object: what a label value cannot hold. */
export const RBAC_ANNOTATION = {
  /** The subject exactly as the log spells it. */
  subject: `${LABEL_DOMAIN}/subject`,
  /** The run's first and last request times, `FIRST/LAST` (ISO 8601), when the log had them. */
  runTime: `${LABEL_DOMAIN}/run-time`,
} as const;

/** A label value's limit (k8s.io/apimachinery `pkg/util/validation`, `IsValidLabelValue`). */
const MAX_VALUE = 63;

/**
 * A subject as a label value, as audit2rbac's `sanitizeLabel` makes it: lower case, every other
 * character than a-z and 0-9 a `-` (`system:serviceaccount:app:operator` →
 * `system-serviceaccount-app-operator`), with the leading and trailing `-` a label value may not
 * have left off. A value past 63 characters (or one left empty) is cut and ends in `-` and a hash
 * of the subject. Readable, not unique: `Alice` and `alice` share one value.
 */
export function subjectLabelValue(subject: string): string {
  const plain = subject
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '-')
    .replace(/^-+|-+$/g, '');
  if (plain !== '' && plain.length <= MAX_VALUE) return plain;
  const hash = createHash('sha256').update(subject).digest('hex').slice(0, 8);
  const cut = plain.slice(0, MAX_VALUE - hash.length - 1).replace(/-+$/, '');
  return cut === '' ? hash : `${cut}-${hash}`;
}

/** The labels and annotations of one subject's objects from one run. */
export function rbacMetadata(
  subject: string,
  run: RunId,
): { labels: Record<string, string>; annotations: Record<string, string> } {
  return {
    labels: {
      [RBAC_LABEL.generatedBy]: GENERATED_BY,
      [RBAC_LABEL.run]: run.id,
      [RBAC_LABEL.subject]: subjectLabelValue(subject),
    },
    annotations: {
      [RBAC_ANNOTATION.subject]: subject,
      ...(run.first ? { [RBAC_ANNOTATION.runTime]: `${run.first}/${run.last}` } : {}),
    },
  };
}

/** The selector of every object one run generated. */
export function runSelector(run: RunId): string {
  return `${RBAC_LABEL.run}=${run.id}`;
}

/** The command that deletes every object one run generated, from every namespace. */
export function deleteRunCommand(run: RunId): string {
  return `kubectl delete roles,rolebindings,clusterroles,clusterrolebindings --all-namespaces -l ${runSelector(run)}`;
}
