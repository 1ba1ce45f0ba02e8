import { isMap, isScalar, parseDocument, type Pair } from 'yaml';
import type { Stage } from './types.js';

/** Policy-level settings a user can lay over a preset or their own policy file. */
export interface PolicyOptions {
  /** Replaces the policy-level `omitStages`; `[]` removes it. */
  omitStages?: Stage[];
  omitManagedFields?: boolean;
}

/**
 * Returns `text` with the given options set at policy level. The text is edited in place rather
 * than re-serialised, so comments, quoting and layout survive; with no options it is returned
 * unchanged. JSON in gives JSON out. Rule-level settings are left alone.
 */
export function applyPolicyOptions(text: string, opts: PolicyOptions): string {
  if (opts.omitStages === undefined && opts.omitManagedFields === undefined) return text;
  const json = parseJsonObject(text);
  if (json !== undefined) return applyToJson(json, opts);
  let out = text;
  // Each new key goes right after `kind`, so set them in reverse of the order they should read.
  if (opts.omitManagedFields !== undefined) {
    out = setTopLevel(out, 'omitManagedFields', String(opts.omitManagedFields));
  }
  if (opts.omitStages !== undefined) {
    const value = opts.omitStages.length > 0 ? `[${opts.omitStages.join(', ')}]` : undefined;
    out = setTopLevel(out, 'omitStages', value);
  }
  return out;
}

/**
 * Sets (or, with `value` undefined, removes) a top-level key of a block-mapping YAML document by
 * splicing text: an existing `key: …` is replaced through the end of its value, a new one goes on
 * the line after `kind:`, or first when there is no `kind`.
 */
function setTopLevel(text: string, key: string, value: string | undefined): string {
  const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: false });
  const map = doc.contents;
  if (!isMap(map) || doc.errors.length > 0) {
    throw new Error('cannot set policy options: the policy is not a YAML mapping');
  }
  const pairs = map.items as Pair[];
  const existing = pairs.find((p) => isScalar(p.key) && p.key.value === key);
  const line = value === undefined ? '' : `${key}: ${value}`;
  if (existing && isScalar(existing.key) && existing.key.range) {
    const start = existing.key.range[0];
    const valueEnd = (existing.value as { range?: [number, number, number] } | null)?.range?.[1];
    let end = valueEnd ?? existing.key.range[1];
    // A block value's range runs through its final newline; keep that newline.
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (line) return text.slice(0, start) + line + text.slice(end);
    // Removing: take the whole line(s) the pair occupied, newline included.
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const next = text.indexOf('\n', end);
    return text.slice(0, lineStart) + (next === -1 ? '' : text.slice(next + 1));
  }
  if (!line) return text;
  const kind = pairs.find((p) => isScalar(p.key) && p.key.value === 'kind');
  const first = pairs[0];
  const anchor = kind ?? first;
  const keyRange = anchor && isScalar(anchor.key) ? anchor.key.range : undefined;
  if (!keyRange) return `${line}\n${text}`;
  const indent = text.slice(text.lastIndexOf('\n', keyRange[0] - 1) + 1, keyRange[0]);
  if (kind) {
    const kindEnd = (kind.value as { range?: [number, number, number] } | null)?.range?.[1];
    const eol = text.indexOf('\n', kindEnd ?? keyRange[1]);
    if (eol === -1) return `${text}\n${indent}${line}\n`;
    return `${text.slice(0, eol + 1)}${indent}${line}\n${text.slice(eol + 1)}`;
  }
  const lineStart = keyRange[0] - indent.length;
  return `${text.slice(0, lineStart)}${indent}${line}\n${text.slice(lineStart)}`;
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function applyToJson(policy: Record<string, unknown>, opts: PolicyOptions): string {
  const out = { ...policy };
  if (opts.omitStages !== undefined) {
    if (opts.omitStages.length > 0) out.omitStages = opts.omitStages;
    else delete out.omitStages;
  }
  if (opts.omitManagedFields !== undefined) out.omitManagedFields = opts.omitManagedFields;
  return `${JSON.stringify(out, null, 2)}\n`;
}
