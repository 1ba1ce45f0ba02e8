import type { Request } from '../logs/events/index.js';

/**
 * One denied request, as the RBAC section shows it beside what the subject was granted: fields of
 * the request, its resource or path as `target` (summary.json's name).
 */
export type DeniedRequest = Pick<Request, 'time' | 'verb' | 'namespace' | 'name' | 'reason'> & {
  /** kubectl's spelling of the resource, or the non-resource path. */
  target: string;
};

/** A subject's denied requests: how many, and the first few in log order. */
export interface DeniedOfSubject {
  total: number;
  first: DeniedRequest[];
}

/** Subjects and rows kept: memory stays bounded whatever the log holds. */
export const DENIED_CAPS = { subjects: 10_000, perSubject: 20 } as const;

/**
 * The requests each subject was denied (403), with the authorizer's reason: what RBAC generated
 * from the run grants, and why the cluster said no. Counts every one; keeps the first few.
 */
export class DeniedBySubject {
  readonly #bySubject = new Map<string, DeniedOfSubject>();

  add(request: Request): void {
    if (request.code !== 403) return;
    let entry = this.#bySubject.get(request.user);
    if (!entry) {
      if (this.#bySubject.size >= DENIED_CAPS.subjects) return;
      entry = { total: 0, first: [] };
      this.#bySubject.set(request.user, entry);
    }
    entry.total++;
    if (entry.first.length < DENIED_CAPS.perSubject)
      entry.first.push({
        time: request.time,
        verb: request.verb,
        target: request.resource || request.path,
        namespace: request.namespace,
        name: request.name,
        reason: request.reason,
      });
  }

  of(subject: string): DeniedOfSubject {
    return this.#bySubject.get(subject) ?? { total: 0, first: [] };
  }
}
