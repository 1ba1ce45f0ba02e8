// Requests read from an audit log, replayed as SubjectAccessReviews against a real API server:
// the authorizer answers what it would have decided had that subject sent that request. Read
// independently of src/: the plain fields of each event, and the README's rules for what a
// generated grant covers, used only to pick variants that no grant may allow.
import type { PlainEvent } from './harness.js';
import { kubectl } from './harness.js';

/** What the authorizer is asked: a resource request, or a non-resource URL. */
export interface Access {
  verb: string;
  /** Resource requests. */
  group?: string;
  resource?: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  /** Non-resource requests. */
  path?: string;
}

/** The subject of an event: the impersonated user when there is one (README, "Least-privilege RBAC"). */
export function subjectOf(event: PlainEvent): string {
  return event.impersonatedUser?.username ?? event.user?.username ?? '';
}

/**
 * The authorization attributes of a request as the authorizer saw them. A create names no object
 * (it does not exist yet: k8s.io/apiserver pkg/endpoints/request/requestinfo.go), though its audit
 * event does once it is made.
 */
export function accessOf(event: PlainEvent): Access {
  const ref = event.objectRef;
  if (!ref?.resource) return { verb: event.verb, path: event.requestURI.split('?')[0] ?? '' };
  return {
    verb: event.verb,
    group: ref.apiGroup ?? '',
    resource: ref.resource,
    subresource: ref.subresource ?? '',
    namespace: ref.namespace ?? '',
    name: event.verb === 'create' ? '' : (ref.name ?? ''),
  };
}

export const accessKey = (a: Access): string => JSON.stringify(a);

/** The verbs a use grants, as the README's RBAC section says generated RBAC expands them. */
const IMPLIED: Record<string, string[]> = {
  list: ['get', 'watch'],
  watch: ['get', 'list'],
  update: ['get', 'patch'],
  patch: ['get', 'update'],
};
const expand = (verb: string) => [verb, ...(IMPLIED[verb] ?? [])];
const RESOURCE_VERBS = [
  'get',
  'list',
  'watch',
  'create',
  'update',
  'patch',
  'delete',
  'deletecollection',
];
const URL_VERBS = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * Requests of the same shape as one the subject made that it never made, and that no generated
 * grant may allow: another verb than any of its uses of that resource (or URL) implies; another
 * namespace when the grants of that verb lie in one namespace; another name when every grant of
 * that verb names the same one object. (Where a grant generalises, the variant is left out.)
 */
export function unmadeVariants(made: readonly Access[]): Access[] {
  const sameTarget = (a: Access, b: Access) =>
    a.path !== undefined
      ? a.path === b.path
      : b.path === undefined &&
        a.group === b.group &&
        a.resource === b.resource &&
        a.subresource === b.subresource;
  const variants = new Map<string, Access>();
  const add = (a: Access) => variants.set(accessKey(a), a);
  for (const access of made) {
    const uses = made.filter((m) => sameTarget(m, access));
    const usedVerbs = new Set(uses.flatMap((m) => expand(m.verb)));
    const other = (access.path !== undefined ? URL_VERBS : RESOURCE_VERBS).find(
      (v) => !usedVerbs.has(v),
    );
    if (other) add({ ...access, verb: other });
    if (access.path !== undefined) continue;
    const grants = uses.filter((m) => expand(m.verb).includes(access.verb));
    const namespaces = new Set(grants.map((m) => m.namespace));
    if (access.namespace && namespaces.size === 1)
      add({ ...access, namespace: 'kind-audit-never-used' });
    const names = new Set(
      grants
        .filter((m) => namespaces.size > 1 || m.namespace === access.namespace)
        .map((m) => m.name),
    );
    if (access.name && access.verb !== 'create' && names.size === 1 && !names.has(''))
      add({ ...access, name: 'kind-audit-never-used' });
  }
  const madeKeys = new Set(made.map(accessKey));
  return [...variants.values()].filter((v) => !madeKeys.has(accessKey(v)));
}

/** A SubjectAccessReview asking whether `user` (with `groups`) may do `access`. */
function review(user: string, groups: readonly string[], access: Access): object {
  const { verb, path, ...resource } = access;
  return {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SubjectAccessReview',
    spec: {
      user,
      groups,
      ...(path !== undefined
        ? { nonResourceAttributes: { path, verb } }
        : { resourceAttributes: { verb, ...resource } }),
    },
  };
}

/** Asks the API server of `kubeconfig` about each access at once; answers in the same order. */
export async function allowed(
  kubeconfig: string,
  user: string,
  groups: readonly string[],
  accesses: readonly Access[],
): Promise<boolean[]> {
  if (accesses.length === 0) return [];
  const list = {
    apiVersion: 'v1',
    kind: 'List',
    items: accesses.map((a) => review(user, groups, a)),
  };
  // kubectl creates the items in order and prints each as it is answered.
  const result = await kubectl(
    kubeconfig,
    ['create', '-f', '-', '-o', 'jsonpath={.status.allowed}{"\\n"}'],
    { input: JSON.stringify(list) },
  );
  if (result.code !== 0) throw new Error(`SubjectAccessReviews failed: ${result.stderr}`);
  const answers = result.stdout.split('\n').filter(Boolean);
  if (answers.length !== accesses.length)
    throw new Error(
      `${accesses.length} reviews sent, ${answers.length} answered: ${result.stdout}`,
    );
  return answers.map((answer) => answer === 'true');
}
