import type { Request } from '../../logs/events/index.js';
import { scopedAllows, type Attributes, type ScopedRules } from './policy-rule.js';

/**
 * What Kubernetes' default cluster roles grant every authenticated user, so generated RBAC never
 * repeats it: `system:discovery` and `system:public-info-viewer` (discovery, health, version,
 * OpenAPI) and `system:basic-user` (the self-reviews). audit2rbac leaves the same out.
 */
export const DEFAULT_GRANTS: readonly ScopedRules[] = [
  {
    namespace: '',
    rules: [
      {
        verbs: ['get'],
        nonResourceURLs: [
          '/api',
          '/api/*',
          '/apis',
          '/apis/*',
          '/healthz',
          '/livez',
          '/openapi',
          '/openapi/*',
          '/readyz',
          '/version',
          '/version/',
        ],
      },
      {
        verbs: ['create'],
        apiGroups: ['authorization.k8s.io'],
        resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'],
      },
      {
        verbs: ['create'],
        apiGroups: ['authentication.k8s.io'],
        resources: ['selfsubjectreviews'],
      },
    ],
  },
];

/**
 * audit2rbac's verb expansions: a client that lists usually gets and watches too, one that
 * patches usually gets and updates, so each grant brings the verbs its use implies.
 */
export const VERB_EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
  watch: ['get', 'list'],
  list: ['get', 'watch'],
  update: ['get', 'patch'],
  patch: ['get', 'update'],
};

/**
 * The authorization attributes of a request, as the authorizer saw them; undefined for one that
 * names no verb (or no path). A `create` carries no name: the authorizer is never asked about one
 * (the object does not exist yet), though the audit event of a successful create names it.
 */
export function attributesOf(request: Request): Attributes | undefined {
  if (!request.verb) return undefined;
  if (!request.resourceName)
    return request.path
      ? { kind: 'nonResource', verb: request.verb, path: request.path }
      : undefined;
  return {
    kind: 'resource',
    verb: request.verb,
    apiGroup: request.apiGroup,
    resource: request.resourceName,
    subresource: request.subresource,
    namespace: request.namespace,
    name: request.verb === 'create' ? '' : request.name,
  };
}

/** Whether a request needs no grant: Kubernetes' defaults allow it to every authenticated user. */
export const grantedByDefault = (attributes: Attributes): boolean =>
  scopedAllows(DEFAULT_GRANTS, attributes);

/** One key per distinct permission asked for, so a log of any size keeps each once. */
export function attributesKey(a: Attributes): string {
  return a.kind === 'nonResource'
    ? JSON.stringify([a.verb, a.path])
    : JSON.stringify([a.verb, a.apiGroup, a.resource, a.subresource, a.namespace, a.name]);
}
