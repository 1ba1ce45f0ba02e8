import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Node,
} from 'yaml';
import { resolveAliases, type AliasTargets } from '../../policy/index.js';

/** A YAML value as plain data; mappings are Maps, so a key such as `__proto__` stays a key. */
export type Plain = string | number | boolean | null | Plain[] | PlainMap;
export type PlainMap = Map<string, Plain>;

/** The most nodes a document may expand to, aliases included: far above any real list. */
export const MAX_NODES = 100_000;

/** The deepest nesting read; the format needs four levels, and recursion must not run out of stack. */
export const MAX_DEPTH = 32;

/**
 * The document as plain data — with, when it is a list, the line each item starts on — or why it
 * cannot be read.
 */
export type YamlResult = { value: Plain; lines?: number[] } | { error: string };

/**
 * Reads one YAML document into plain data. Aliases are followed through one table resolved in a
 * single pass (as the policy reader does), an alias inside its own anchor is refused, and the
 * expansion stops at {@link MAX_NODES}, so an alias bomb costs bounded time and memory.
 */
export function readYaml(text: string): YamlResult {
  let docs;
  const counter = new LineCounter();
  try {
    docs = parseAllDocuments(text, { uniqueKeys: true, merge: false, lineCounter: counter });
  } catch (error) {
    // The parser recurses; absurd nesting ends in a RangeError rather than a parse error.
    if (error instanceof RangeError) return { error: 'it is nested too deeply' };
    throw error;
  }
  if (!Array.isArray(docs)) return { error: 'it is not YAML' };
  if (docs.length > 1) return { error: 'it holds more than one YAML document; write one list' };
  const doc = docs[0];
  if (doc === undefined) return { value: null };
  const syntax = doc.errors[0];
  if (syntax) return { error: (syntax.message.split('\n')[0] ?? syntax.message).replace(/:$/, '') };
  const root = doc.contents;
  const lines = isSeq(root)
    ? root.items.map((item) => counter.linePos((item as Node).range?.[0] ?? 0).line)
    : undefined;
  try {
    return {
      value: new Expander(resolveAliases(doc)).plain(root),
      ...(lines ? { lines } : {}),
    };
  } catch (error) {
    if (error instanceof ExpansionError) return { error: error.message };
    throw error;
  }
}

class ExpansionError extends Error {}

class Expander {
  #nodes = 0;
  readonly #open = new Set<Node>();

  constructor(private readonly targets: AliasTargets) {}

  plain(raw: unknown, depth = 0): Plain {
    if (depth > MAX_DEPTH) throw new ExpansionError(`it nests deeper than ${MAX_DEPTH} levels`);
    if (++this.#nodes > MAX_NODES)
      throw new ExpansionError(`it expands to more than ${MAX_NODES} values (aliases included)`);
    if (isAlias(raw)) {
      const target = this.targets.get(raw);
      if (target === undefined) throw new ExpansionError(`unknown anchor '${raw.source}'`);
      if (this.#open.has(target))
        throw new ExpansionError(`the alias '${raw.source}' refers to itself`);
      return this.plain(target, depth);
    }
    if (isScalar(raw)) return scalar(raw.value);
    if (isSeq(raw))
      return this.within(raw, () => raw.items.map((item) => this.plain(item, depth + 1)));
    if (isMap(raw))
      return this.within(raw, () => {
        const map: PlainMap = new Map();
        for (const pair of raw.items) {
          if (!isPair(pair)) continue;
          const key = this.plain(pair.key, depth + 1);
          map.set(
            typeof key === 'string' ? key : JSON.stringify(key),
            this.plain(pair.value, depth + 1),
          );
        }
        return map;
      });
    return null;
  }

  private within<T>(node: Node, read: () => T): T {
    this.#open.add(node);
    try {
      return read();
    } finally {
      this.#open.delete(node);
    }
  }
}

function scalar(value: unknown): Plain {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  // Other scalar types (timestamps of YAML 1.1) are not part of the format: refused as non-text.
  return value instanceof Date ? value.getTime() : null;
}
