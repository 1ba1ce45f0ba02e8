import {
  eventParts,
  eventTime,
  isComponent,
  resourceOf,
  subjectGroups,
  subjectOf,
  uriPath,
  type AuditEvent,
} from '../logs/events/index.js';

/**
 * One request as the insights (RBAC, expectations, baselines) see it: the fields of its event
 * that say who asked for what, and how it ended. Every string is '' when the event lacks it;
 * events come from a cluster that runs the code under test, so nothing is trusted to be typed.
 */
export interface Request {
  auditID: string;
  /** `stageTimestamp`, else `timestamp` (DESIGN.md). */
  time: string;
  /** The subject (DESIGN.md): the impersonated user when set, else the user. */
  user: string;
  groups: string[];
  /** True for Kubernetes' own components (DESIGN.md). */
  component: boolean;
  verb: string;
  /** kubectl's spelling, `resource[.group][/subresource]`; '' for a non-resource request. */
  resource: string;
  /** The parts of `resource`, for RBAC rules. */
  apiGroup: string;
  resourceName: string;
  subresource: string;
  namespace: string;
  name: string;
  /** The request URI's path, without its query string (which may hold exec commands). */
  path: string;
  /** The response code; 0 when the event has none. */
  code: number;
  /** The authorizer's reason (`authorization.k8s.io/reason`), for denied requests. */
  reason: string;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The request an event describes (call it for the event of the request's last stage). */
export function requestOf(event: AuditEvent): Request {
  const { ref, status, notes } = eventParts(event);
  const user = str(subjectOf(event));
  let groups: string[];
  try {
    groups = strings(subjectGroups(event));
  } catch {
    // impersonatedUser or user of the wrong type: no groups to speak of.
    groups = [];
  }
  const resourceName = str(ref.resource);
  return {
    auditID: str(event.auditID),
    time: str(eventTime(event)),
    user,
    groups,
    component: isComponent(user, groups),
    verb: str(event.verb),
    resource: resourceName ? str(resourceOf(event)) : '',
    apiGroup: resourceName ? str(ref.apiGroup) : '',
    resourceName,
    subresource: resourceName ? str(ref.subresource) : '',
    namespace: str(ref.namespace),
    name: str(ref.name),
    path: uriPath(str(event.requestURI)),
    code: typeof status.code === 'number' ? status.code : 0,
    reason: str(notes['authorization.k8s.io/reason']),
  };
}
