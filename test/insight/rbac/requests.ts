// Requests for the RBAC tests, written the way audit2rbac's tests write authorization attributes.
import type { RunId } from '../../../src/insight/rbac/run-identity.js';
import { requestOf, type Request } from '../../../src/logs/events/request.js';

/** A resource request of `user` (bob unless given). */
export function resourceRequest(fields: {
  verb: string;
  resource: string;
  apiGroup?: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  user?: string;
  code?: number;
}): Request {
  const apiGroup = fields.apiGroup ?? '';
  const sub = fields.subresource ?? '';
  return {
    ...requestOf({ stage: 'ResponseComplete' }),
    auditID: '',
    time: '',
    user: fields.user ?? 'bob',
    groups: ['system:authenticated'],
    component: false,
    verb: fields.verb,
    resource: `${fields.resource}${apiGroup ? `.${apiGroup}` : ''}${sub ? `/${sub}` : ''}`,
    apiGroup,
    resourceName: fields.resource,
    subresource: sub,
    namespace: fields.namespace ?? '',
    name: fields.name ?? '',
    path: '',
    code: fields.code ?? 200,
    reason: '',
  };
}

/** A non-resource request of `user` (bob unless given). */
export function pathRequest(verb: string, path: string, user = 'bob'): Request {
  return { ...resourceRequest({ verb, resource: '', user }), resource: '', resourceName: '', path };
}

/** A run for tests that print RBAC without reading a log. */
export const TEST_RUN: RunId = { id: '0123456789ab', requests: 0, first: '', last: '' };
