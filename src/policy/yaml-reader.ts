import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type YAMLMap,
} from 'yaml';
import { isMergeKey, type AliasTargets } from './aliases.js';
import type { PolicyWarning } from './types.js';

/**
 * Typed reads over a parsed YAML document that behave like kube's decoder (YAML → JSON → Go
 * struct): a wrong type is a decoding error, null is the zero value, unknown and duplicate keys are
 * only warnings because kube-apiserver falls back to lenient decoding for them (the last duplicate
 * wins). Every read remembers the line of its path so later checks can point at it.
 */
export class YamlReader {
  readonly errors: string[] = [];
  readonly warnings: PolicyWarning[] = [];
  readonly lines = new Map<string, number>();
  private readonly active = new Set<Node>();

  constructor(
    /** Where each alias points, resolved once for the whole document. */
    private readonly targets: AliasTargets,
    private readonly counter: LineCounter,
    /** For an unknown key: where it would have been valid, to explain a mis-indentation. */
    private readonly belongsTo: (key: string) => string | undefined,
  ) {}

  /** 1-based line of a node in the text, when the parser kept its position. */
  lineOf(node: unknown): number | undefined {
    const offset = isNode(node) ? node.range?.[0] : undefined;
    return offset === undefined ? undefined : this.counter.linePos(offset).line;
  }

  /**
   * The known fields of a mapping at `path`, after YAML merge keys; `undefined` when the node is
   * null (kube's zero value) or, with a decoding error, not a mapping.
   */
  fields(raw: unknown, path: string, known: readonly string[]): Map<string, unknown> | undefined {
    const node = this.deref(raw);
    if (node === null || this.isNull(node)) return undefined;
    if (!isMap(node)) return this.typeError(path, 'a mapping', node);
    // An alias can point back into the mapping it is merged into; kube's decoder refuses that.
    if (this.active.has(node)) {
      this.errors.push(`failed decoding: ${path || 'the policy'}: an alias refers to itself`);
      return undefined;
    }
    this.active.add(node);
    try {
      return this.readMap(node, path, known);
    } finally {
      this.active.delete(node);
    }
  }

  private readMap(node: YAMLMap, path: string, known: readonly string[]): Map<string, unknown> {
    const out = new Map<string, unknown>();
    const seen = new Set<string>();
    const merged: unknown[] = [];
    for (const pair of node.items) {
      if (isMergeKey(pair.key)) {
        merged.push(pair.value);
        continue;
      }
      const keyNode = isScalar(pair.key) ? pair.key : null;
      const key = keyNode ? keyText(keyNode.value) : '?';
      const child = join(path, key);
      const line = this.lineOf(keyNode);
      if (seen.has(key)) {
        this.warn(child, line, `duplicate key "${key}"; kube-apiserver keeps the last value`);
      }
      seen.add(key);
      if (!known.includes(key)) {
        this.unknown(child, key, line);
        continue;
      }
      if (line !== undefined) this.lines.set(child, line);
      out.set(key, pair.value);
    }
    // Merge keys (YAML 1.1, which kube's decoder reads): explicit keys win, then earlier sources.
    for (const source of merged.flatMap((m) => this.mergeSources(m))) {
      const inner = this.fields(source, path, known);
      for (const [key, value] of inner ?? []) if (!out.has(key)) out.set(key, value);
    }
    return out;
  }

  /** A string field: null reads as "", any other non-string is a decoding error. */
  string(raw: unknown, path: string): string {
    const node = this.deref(raw);
    if (node === null || this.isNull(node)) return '';
    if (isScalar(node) && typeof node.value === 'string') return node.value;
    return this.typeError(path, 'a string', node) ?? '';
  }

  /** A boolean field (kube's `*bool`): null reads as unset. */
  bool(raw: unknown, path: string): boolean | undefined {
    const node = this.deref(raw);
    if (node === null || this.isNull(node)) return undefined;
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    return this.typeError(path, 'true or false', node);
  }

  /** The items of a list field; null reads as an empty list. */
  list(raw: unknown, path: string): unknown[] {
    const node = this.deref(raw);
    if (node === null || this.isNull(node)) return [];
    if (isSeq(node)) return node.items;
    return this.typeError(path, 'a list', node) ?? [];
  }

  /** A list of strings, e.g. `verbs`; each item is read like {@link string}. */
  strings(raw: unknown, path: string): string[] {
    return this.list(raw, path).map((item, i) => {
      const line = this.lineOf(item);
      if (line !== undefined) this.lines.set(`${path}[${i}]`, line);
      return this.string(item, `${path}[${i}]`);
    });
  }

  /** A warning tied to a path and line. */
  warn(path: string, line: number | undefined, message: string): void {
    const where = path ? { path } : {};
    const text = path ? `${path}: ${message}` : message;
    this.warnings.push({ message: text, ...where, ...(line ? { line } : {}) });
  }

  private unknown(path: string, key: string, line: number | undefined): void {
    const home = this.belongsTo(key);
    const hint = home ? `; "${key}" is ${home} field, so check its indentation` : '';
    this.warn(path, line, `unknown field "${key}" is dropped by kube-apiserver${hint}`);
  }

  private mergeSources(raw: unknown): unknown[] {
    const node = this.deref(raw);
    return isSeq(node) ? node.items : [node];
  }

  private deref(raw: unknown): Node | null {
    if (raw === null || raw === undefined) return null;
    if (isAlias(raw)) {
      const target = this.targets.get(raw);
      if (target === undefined) {
        this.errors.push(`failed decoding: unknown anchor '${raw.source}' referenced`);
        return null;
      }
      return this.deref(target);
    }
    return isScalar(raw) || isMap(raw) || isSeq(raw) ? raw : null;
  }

  private isNull(node: Node): boolean {
    return isScalar(node) && node.value === null;
  }

  private typeError(path: string, expected: string, node: Node): undefined {
    const line = this.lineOf(node);
    const at = line ? ` (line ${line})` : '';
    this.errors.push(
      `failed decoding: ${path || 'the policy'}: expected ${expected}, found ${describe(node)}${at}`,
    );
    return undefined;
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function keyText(value: unknown): string {
  if (typeof value === 'symbol') return value.description ?? '';
  return String(value);
}

function describe(node: Node): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  const value: unknown = isScalar(node) ? node.value : undefined;
  if (typeof value === 'boolean') return `the boolean ${String(value)}`;
  if (typeof value === 'number' || typeof value === 'bigint') return `the number ${String(value)}`;
  if (value instanceof Date) return 'a timestamp';
  if (typeof value === 'string') return 'a string';
  return 'an unsupported value';
}
