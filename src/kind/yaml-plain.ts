import { isMap, isPair, isSeq, type Document } from 'yaml';
import { isMergeKey } from '../policy/index.js';
import { KindConfigError } from './user-config.js';

/** A mapping as plain data. */
export type PlainObject = Record<string, unknown>;

/** Whether a plain value is a mapping (not a list, not null). */
export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a mapping has `key` as its own field (present, even when null). */
export function hasField(value: PlainObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

/**
 * A YAML node as the plain data kind reads: aliases followed and merge keys (`<<`) applied, as
 * go-yaml does — what a check must look at, since `kind: *k` or `<<: *mount` put values where
 * the node itself shows none. The `yaml` package bounds alias expansion (its `maxAliasCount`):
 * an alias bomb is a {@link KindConfigError}.
 */
export function plainOf(node: unknown, doc: Document): unknown {
  if (node === undefined || node === null) return node;
  try {
    return (node as { toJS(doc: Document): unknown }).toJS(doc);
  } catch (error) {
    const why = (error as Error).message.split('\n')[0] ?? '';
    throw new KindConfigError(undefined, `a value that cannot be read as plain data: ${why}`);
  }
}

/**
 * Whether a key is read as `kind` by kind's type matching: kind reads a patch's `kind` and
 * `apiVersion` with `sigs.k8s.io/yaml`, whose JSON step (Go's `encoding/json`) matches field names
 * without regard to case (kind `pkg/internal/patch/matchinfo.go`), so `Kind:` and `KIND:` name the
 * type too (and `\u212aind`, with the Kelvin sign, which Go and `toLowerCase` both fold to `k`).
 */
export function isTypeKey(key: string): boolean {
  return key.toLowerCase() === 'kind';
}

/** The values of a mapping's fields that kind reads as its `kind` (see {@link isTypeKey}). */
export function typeNames(map: PlainObject): unknown[] {
  return Object.keys(map)
    .filter(isTypeKey)
    .map((key) => map[key]);
}

/** The first merge key (`<<`) anywhere under `node`, to point at; undefined when there is none. */
export function firstMergeKey(node: unknown): unknown {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const item = stack.pop();
    if (isMap(item)) {
      for (const pair of item.items) {
        if (isMergeKey(pair.key)) return pair.key;
        stack.push(pair.value);
      }
    } else if (isSeq(item)) {
      stack.push(...item.items);
    } else if (isPair(item)) {
      stack.push(item.value);
    }
  }
  return undefined;
}
