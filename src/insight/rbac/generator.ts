import type { Request } from '../../logs/events/index.js';
import { attributesKey, attributesOf } from './attributes.js';
import {
  DEFAULT_GENERALIZE,
  generateRules,
  type GeneralizeOptions,
  type SubjectRules,
} from './minimal-rules.js';
import type { Attributes } from './policy-rule.js';

/** Distinct permissions kept across all subjects; past this, new ones are counted, not kept. */
export const MAX_PERMISSIONS = 200_000;

export interface RbacGeneratorOptions {
  /** Which subjects get RBAC; default: every subject that is not one of Kubernetes' components. */
  wants?: (request: Request) => boolean;
  generalize?: GeneralizeOptions;
  maxPermissions?: number;
}

/** The RBAC one subject needs, with how much of the log it rests on. */
export interface SubjectRbac extends SubjectRules {
  subject: string;
  /** Requests of the subject seen (each once). */
  requests: number;
  /** Distinct permissions among them. */
  permissions: number;
}

export interface RbacResult {
  /** Sorted by subject. */
  subjects: SubjectRbac[];
  /**
   * Distinct permissions left out because {@link MAX_PERMISSIONS} were kept already: when not 0
   * the rules are incomplete, and whoever shows them must say so.
   */
  dropped: number;
}

/**
 * Builds least-privilege RBAC from requests pushed one at a time ({@link RbacGenerator.add}), so
 * it rides the single pass over a log: it keeps each distinct permission a subject asked for once
 * (memory grows with distinct permissions, never with requests) and generates the rules in
 * {@link RbacGenerator.result}. Denied requests count like the others: granting what the 403s
 * asked for is the point.
 */
export class RbacGenerator {
  readonly #bySubject = new Map<string, { requests: number; seen: Map<string, Attributes> }>();
  #kept = 0;
  #dropped = 0;
  readonly #wants: (request: Request) => boolean;
  readonly #generalize: GeneralizeOptions;
  readonly #max: number;

  constructor(options: RbacGeneratorOptions = {}) {
    this.#wants = options.wants ?? ((r) => !r.component);
    this.#generalize = options.generalize ?? DEFAULT_GENERALIZE;
    this.#max = options.maxPermissions ?? MAX_PERMISSIONS;
  }

  /** Takes one request (once per request: its last stage, see PendingRequests). */
  add(request: Request): void {
    // Groups are not subjects, and a request with no user names no one to bind.
    if (!request.user || !this.#wants(request)) return;
    const attributes = attributesOf(request);
    if (!attributes) return;
    let entry = this.#bySubject.get(request.user);
    if (!entry) {
      entry = { requests: 0, seen: new Map() };
      this.#bySubject.set(request.user, entry);
    }
    entry.requests++;
    const key = attributesKey(attributes);
    if (entry.seen.has(key)) return;
    if (this.#kept >= this.#max) {
      this.#dropped++;
      return;
    }
    entry.seen.set(key, attributes);
    this.#kept++;
  }

  /** The distinct permissions a subject asked for (denied ones included), as kept. */
  requestsOf(subject: string): Attributes[] {
    return [...(this.#bySubject.get(subject)?.seen.values() ?? [])];
  }

  /** Distinct permissions kept, across all subjects. */
  kept(): number {
    return this.#kept;
  }

  /** The subjects seen, sorted. */
  subjects(): string[] {
    return [...this.#bySubject.keys()].sort();
  }

  /** The RBAC of every subject seen (or of `only`), generated now from what was kept. */
  result(only?: readonly string[]): RbacResult {
    const subjects = (only ?? this.subjects()).flatMap((subject) => {
      const entry = this.#bySubject.get(subject);
      if (!entry) return [];
      const attributes = [...entry.seen.values()];
      return [
        {
          subject,
          requests: entry.requests,
          permissions: attributes.length,
          ...generateRules(attributes, this.#generalize),
        },
      ];
    });
    return { subjects, dropped: this.#dropped };
  }
}
