import { createHash } from 'node:crypto';

const RBAC_GROUP = 'rbac.authorization.k8s.io';
const SA_PREFIX = 'system:serviceaccount:';
/** A namespace is a DNS label; a service account's name a DNS subdomain (Kubernetes' checks). */
const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SA_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Whether `name` is a namespace's name: a DNS label of at most 63 characters. */
export function isNamespaceName(name: string): boolean {
  return name.length <= 63 && NAMESPACE.test(name);
}

/** A `subjects` entry of a binding. */
export type BindingSubject =
  | { kind: 'ServiceAccount'; name: string; namespace: string }
  | { kind: 'User'; apiGroup: typeof RBAC_GROUP; name: string };

/**
 * How a binding names the subject: `system:serviceaccount:NS:NAME` (with a valid namespace and
 * name, as Kubernetes splits it) is that ServiceAccount; every other name is a User.
 */
export function bindingSubjectOf(user: string): BindingSubject {
  if (user.startsWith(SA_PREFIX)) {
    const parts = user.slice(SA_PREFIX.length).split(':');
    const [namespace = '', name = ''] = parts;
    if (
      parts.length === 2 &&
      isNamespaceName(namespace) &&
      name.length <= 253 &&
      SA_NAME.test(name)
    )
      return { kind: 'ServiceAccount', name, namespace };
  }
  return { kind: 'User', apiGroup: RBAC_GROUP, name: user };
}

const MAX_NAME = 200;

/** The default start of every generated object's name, before `:<subject>`. */
export const DEFAULT_NAME_PREFIX = 'kind-audit';

/** What `--generate-name` accepts, in words for its error. */
export const NAME_PREFIX_RULE =
  "1 to 63 characters of a-z, 0-9, '-', '.' and ':', starting and ending with a letter or digit, e.g. my-app";

/**
 * Whether `prefix` may start the generated names. An RBAC name may hold anything but `/` and `%`
 * (k8s.io/kubernetes `pkg/apis/rbac/validation`, `ValidateRBACName`: a path segment name), but a
 * prefix typed on a command line is kept to audit2rbac's characters (its `sanitizeName` keeps
 * letters, digits and `:`), plus `-` and `.`, lower case as kubectl shows names.
 */
export function isNamePrefix(prefix: string): boolean {
  return prefix.length <= 63 && /^[a-z0-9]([a-z0-9.:-]*[a-z0-9])?$/.test(prefix);
}

/**
 * The name of the generated roles and bindings: `<prefix>:<subject>`, `kind-audit:<subject>` by
 * default. An RBAC name may hold anything but `/` and `%`; those (and a name too long to be handy)
 * are replaced, and then a hash of the subject keeps two subjects from sharing a name.
 */
export function roleNameOf(user: string, prefix: string = DEFAULT_NAME_PREFIX): string {
  const plain = `${prefix}:${user}`;
  const safe = plain.replace(/[/%\p{Cc}]/gu, '-');
  if (safe === plain && plain.length <= MAX_NAME) return plain;
  const hash = createHash('sha256').update(user).digest('hex').slice(0, 10);
  return `${safe.slice(0, MAX_NAME - 11)}-${hash}`;
}
