/**
 * What every redacted value becomes. A fixed string, never a hash of the value: a short secret's
 * hash can be guessed by hashing candidates (issue 8).
 */
export const REDACTED = '<redacted by kind-audit>';

/** kubectl's annotation that holds the whole object as last applied: for a Secret, its data. */
export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where values were replaced, one entry per value (`secrets.data`, …). */
export type Found = string[];

/**
 * Replaces `holder[key]` unless it is absent, null (in a patch, null removes: no value) or already
 * the marker, noting `location`.
 */
export function replace(holder: JsonObject, key: string, location: string, found: Found): void {
  const value = holder[key];
  if (value === undefined || value === null || value === REDACTED) return;
  holder[key] = REDACTED;
  found.push(location);
}

/** The values of the map `holder[field]` (its keys are names, and stay); a non-map goes whole. */
export function redactMap(holder: JsonObject, field: string, location: string, found: Found): void {
  const map = holder[field];
  if (!isObject(map)) return replace(holder, field, location, found);
  for (const key of Object.keys(map)) replace(map, key, location, found);
}
