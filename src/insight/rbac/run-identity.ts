import { createHash } from 'node:crypto';
import type { Request } from '../../logs/events/index.js';

/** Which requests generated RBAC came from: what its `run` label and annotations say. */
export interface RunId {
  /** 12 hex digits: a valid label value, the same for the same requests however they were read. */
  id: string;
  /** Requests read, every subject's, each once. */
  requests: number;
  /** The earliest and latest request times, when both are RFC 3339 in UTC; '' otherwise. */
  first: string;
  last: string;
}

/** What kube-apiserver writes (`metav1.MicroTime`, UTC): the only times an annotation repeats. */
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/**
 * Names the audit logs a set of RBAC was generated from, fed every request read (before any
 * filter by subject or namespace, so `--user alice` and `--user bob` over the same logs name one
 * run). It keeps the count and the least and greatest time and audit ID: O(1) memory, and the
 * same result in any order, so the action's pass over the nodes' files and `kind-audit rbac` over
 * the artifact's merged `audit.jsonl` name the same run. Two runs differ in their audit IDs
 * (kube-apiserver makes a UUID per request) and their times.
 */
export class RunIdentity {
  #requests = 0;
  #minTime: string | undefined;
  #maxTime: string | undefined;
  #minId: string | undefined;
  #maxId: string | undefined;

  add(request: Request): void {
    this.#requests++;
    const { time, auditID } = request;
    if (this.#minTime === undefined || time < this.#minTime) this.#minTime = time;
    if (this.#maxTime === undefined || time > this.#maxTime) this.#maxTime = time;
    if (this.#minId === undefined || auditID < this.#minId) this.#minId = auditID;
    if (this.#maxId === undefined || auditID > this.#maxId) this.#maxId = auditID;
  }

  result(): RunId {
    const id = createHash('sha256')
      .update(
        JSON.stringify([this.#requests, this.#minTime, this.#maxTime, this.#minId, this.#maxId]),
      )
      .digest('hex')
      .slice(0, 12);
    const first = this.#minTime ?? '';
    const last = this.#maxTime ?? '';
    const timed = UTC_TIME.test(first) && UTC_TIME.test(last);
    return { id, requests: this.#requests, first: timed ? first : '', last: timed ? last : '' };
  }
}
