import type { LatencySource, Request } from '../events/index.js';
import type { UnmadeRequest } from './keyed-line.js';
import type { LineKey, MadeLineKey } from './part-keys.js';

/**
 * A part's line keys as a pass thread sends them: each distinct string once, and every line as
 * numbers that point into that list. The main thread rebuilds the keys and requests from them at
 * the cost of making the objects; a structured clone of the same objects costs it several times
 * that (each string of each request read anew), and the main thread is the pass's narrow part.
 * Every value comes back exactly (numbers as float64: NaN, -0 and Infinity included).
 */
export interface EncodedKeys {
  strings: string[];
  /** Per line: its kind ({@link KIND}), then its fields' string indexes and counts, in order. */
  refs: Int32Array;
  /** Per request: `ms`, `code`, `latencyMs`. */
  numbers: Float64Array;
}

const KIND = { none: 0, unchecked: 1, event: 2 } as const;

/**
 * A request's `auditID`, `stage` and `time` are nearly always its key's own strings: one index
 * says so ({@link SAME_AS_KEY}); else the string is sent.
 */
const KEY_FIELDS = ['auditID', 'stage', 'time'] as const satisfies readonly (keyof Request)[];
const SAME_AS_KEY = -1;

/** The other string fields of a request, in the order they are sent. */
const TEXT_FIELDS = [
  'user',
  'verb',
  'resource',
  'apiGroup',
  'resourceName',
  'subresource',
  'namespace',
  'name',
  'path',
  'reason',
  'userAgent',
  'level',
  'message',
  'deprecatedApi',
  'removedRelease',
  'latencyFrom',
] as const satisfies readonly (keyof Request)[];

/** Grows as it is written; `take` gives the part written. */
class IntList {
  #values = new Int32Array(4096);
  #length = 0;

  push(value: number): void {
    if (this.#length === this.#values.length) {
      const bigger = new Int32Array(this.#values.length * 2);
      bigger.set(this.#values);
      this.#values = bigger;
    }
    this.#values[this.#length++] = value;
  }

  take(): Int32Array {
    return this.#values.slice(0, this.#length);
  }
}

/** Encodes `keys` (one part's, in order) on a pass thread. */
export function encodeKeys(keys: readonly MadeLineKey[]): EncodedKeys {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (text: string) => {
    let at = index.get(text);
    if (at === undefined) {
      at = strings.length;
      strings.push(text);
      index.set(text, at);
    }
    return at;
  };
  /** A string that is seldom the same twice (an auditID, a time): sent without a look-up. */
  const once = (text: string) => strings.push(text) - 1;
  const refs = new IntList();
  const numbers: number[] = [];
  for (const { key, request, unchecked } of keys) {
    if (!key) {
      refs.push(KIND.none);
      continue;
    }
    refs.push(unchecked ? KIND.unchecked : KIND.event);
    refs.push(once(key.time));
    refs.push(once(key.auditID));
    refs.push(ref(key.stage));
    if (unchecked) continue;
    // keyedEvent gives a key and a request together, or neither.
    if (!request) throw new Error('a keyed event line came without its request');
    for (const field of KEY_FIELDS)
      refs.push(request[field] === key[field] ? SAME_AS_KEY : once(request[field]));
    for (const field of TEXT_FIELDS) refs.push(ref(request[field]));
    refs.push(request.component ? 1 : 0);
    refs.push(request.groups.length);
    for (const group of request.groups) refs.push(ref(group));
    numbers.push(request.ms, request.code, request.latencyMs);
  }
  return { strings, refs: refs.take(), numbers: Float64Array.from(numbers) };
}

/**
 * A request as a pass thread sent it, made into a {@link Request} only when the merge hands its
 * line on ({@link madeRequest}). The merge holds 10,000 events per node for a while, and a request
 * made when its part came back would live through the young generation's collections with them
 * (a `Request` is some 25 fields, most of what an event held in the window weighs); this holds
 * just where the request lies in its part's encoding, whose strings the request would share anyway.
 */
export class EncodedRequest implements UnmadeRequest {
  constructor(
    private readonly encoded: EncodedKeys,
    /** Where its fields start in `encoded.refs`, and its numbers in `encoded.numbers`. */
    private readonly at: number,
    private readonly number: number,
    private readonly key: Pick<Request, 'auditID' | 'stage' | 'time'>,
  ) {}

  /** The request, as {@link encodeKeys} was given it. */
  decode(): Request {
    const { strings, refs, numbers } = this.encoded;
    const key = this.key;
    let at = this.at;
    let number = this.number;
    const text = () => strings[refs[at++] as number] as string;
    const keyText = (same: string) => {
      const index = refs[at++] as number;
      return index === SAME_AS_KEY ? same : (strings[index] as string);
    };
    const auditID = keyText(key.auditID);
    const stage = keyText(key.stage);
    const time = keyText(key.time);
    const user = text();
    const verb = text();
    const resource = text();
    const apiGroup = text();
    const resourceName = text();
    const subresource = text();
    const namespace = text();
    const name = text();
    const path = text();
    const reason = text();
    const userAgent = text();
    const level = text();
    const message = text();
    const deprecatedApi = text();
    const removedRelease = text();
    const latencyFrom = text() as LatencySource;
    const component = refs[at++] === 1;
    const groups: string[] = [];
    for (let n = refs[at++] as number; n > 0; n--) groups.push(text());
    return {
      auditID,
      stage,
      time,
      ms: numbers[number++] as number,
      user,
      groups,
      component,
      verb,
      resource,
      apiGroup,
      resourceName,
      subresource,
      namespace,
      name,
      path,
      code: numbers[number++] as number,
      reason,
      userAgent,
      level,
      message,
      deprecatedApi,
      removedRelease,
      latencyMs: numbers[number] as number,
      latencyFrom,
    };
  }
}

/** The request a line's reader holds, made now if a pass thread sent it. */
export function madeRequest(request: Request | UnmadeRequest | undefined): Request | undefined {
  return request && 'decode' in request ? request.decode() : request;
}

/** Refs of a request's fields before its groups: auditID, stage, time, the texts, `component`. */
const REQUEST_REFS = KEY_FIELDS.length + TEXT_FIELDS.length + 1;

/**
 * The keys {@link encodeKeys} was given, rebuilt on the main thread; each request is an
 * {@link EncodedRequest}, made when it is needed.
 */
export function decodeKeys(encoded: EncodedKeys): LineKey[] {
  const { strings, refs } = encoded;
  const keys: LineKey[] = [];
  let at = 0;
  let number = 0;
  const text = () => strings[refs[at++] as number] as string;
  while (at < refs.length) {
    const kind = refs[at++];
    if (kind === KIND.none) {
      keys.push({ key: undefined });
      continue;
    }
    const key = { time: text(), auditID: text(), stage: text() };
    if (kind === KIND.unchecked) {
      keys.push({ key, unchecked: true });
      continue;
    }
    keys.push({ key, request: new EncodedRequest(encoded, at, number, key) });
    at += REQUEST_REFS;
    at += (refs[at] as number) + 1;
    number += 3;
  }
  return keys;
}
