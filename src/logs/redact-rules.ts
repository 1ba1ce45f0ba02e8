import type { AuditEvent } from './event.js';

/**
 * What every redacted value becomes. A fixed string, never a hash of the value: a short secret's
 * hash can be guessed by hashing candidates (issue 8).
 */
export const REDACTED = '<redacted by kind-audit>';

/** kubectl's annotation that holds the whole object as last applied: for a Secret, its data. */
export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * Deeper than any object the API serves; a hostile line nested deeper than this is replaced from
 * there on instead of being walked (the walk is recursive and must not run out of stack).
 */
const MAX_DEPTH = 256;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What one event is about, from its objectRef: the rules that apply to its bodies. */
interface About {
  secrets: boolean;
  saToken: boolean;
  tokenReview: boolean;
}

/** Collects where values were replaced; one entry per value. */
type Found = string[];

/** Replaces `holder[key]` unless it is absent, null or already the marker; true when it did. */
function replace(holder: JsonObject, key: string, location: string, found: Found): void {
  const value = holder[key];
  if (value === undefined || value === null || value === REDACTED) return;
  holder[key] = REDACTED;
  found.push(location);
}

/** Every value of a Secret's `data` or `stringData` map; the keys are names, and stay. */
function redactMap(holder: JsonObject, field: string, location: string, found: Found): void {
  const map = holder[field];
  if (!isObject(map)) return replace(holder, field, location, found);
  for (const key of Object.keys(map)) replace(map, key, location, found);
}

/** kubectl writes the annotation as compact JSON; whitespace is allowed for odd writers. */
const MENTIONS_SECRET = /"kind"\s*:\s*"Secret(List)?"/;

/**
 * The last-applied annotation, when the object is a Secret or the annotation's text holds one. A
 * value that is not text (a client's patch, logged as sent, may hold anything) is walked like any
 * other body, so a Secret inside it is found by its kind.
 */
function redactLastApplied(object: JsonObject, isSecret: boolean, found: Found): void {
  const metadata = object.metadata;
  if (!isObject(metadata) || !isObject(metadata.annotations)) return;
  const value = metadata.annotations[LAST_APPLIED];
  if (value === undefined) return;
  if (isSecret || (typeof value === 'string' && MENTIONS_SECRET.test(value)))
    replace(metadata.annotations, LAST_APPLIED, 'last-applied-configuration', found);
}

/** A Secret (or, in an event about secrets, any object): data, stringData, last-applied. */
function redactSecretFields(object: JsonObject, where: string, found: Found): void {
  if ('data' in object) redactMap(object, 'data', `${where}.data`, found);
  if ('stringData' in object) redactMap(object, 'stringData', `${where}.stringData`, found);
  redactLastApplied(object, true, found);
}

function redactToken(object: JsonObject, field: 'status' | 'spec', location: string, found: Found) {
  const holder = object[field];
  if (isObject(holder)) replace(holder, 'token', location, found);
}

/**
 * Walks a request or response body. Kind-based rules apply anywhere (a Secret inside any body is
 * a Secret); in an event about secrets every object is treated as one, so shapes without a kind
 * (Table rows' objects) are covered too. Items of a SecretList carry no kind of their own:
 * `secretItem` marks them. `where` names the container, for the location: `secrets`,
 * `secretList.items`, `watch.object`.
 */
function walk(
  node: unknown,
  about: About,
  where: string,
  found: Found,
  depth: number,
  secretItem = false,
): unknown {
  if (typeof node !== 'object' || node === null) return node;
  if (depth > MAX_DEPTH) {
    found.push('too-deep');
    return REDACTED;
  }
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++)
      node[i] = walk(node[i], about, where, found, depth + 1, secretItem);
    return node;
  }
  const object = node as JsonObject;
  const kind = object.kind;
  if (kind === 'Secret' || about.secrets || secretItem) redactSecretFields(object, where, found);
  else redactLastApplied(object, false, found);
  if (kind === 'TokenRequest') redactToken(object, 'status', SA_TOKEN, found);
  if (kind === 'TokenReview') redactToken(object, 'spec', TOKEN_REVIEW, found);
  for (const key of Object.keys(object)) {
    const items = kind === 'SecretList' && key === 'items';
    const inner = items
      ? 'secretList.items'
      : kind === 'WatchEvent' && key === 'object'
        ? 'watch.object'
        : where;
    object[key] = walk(object[key], about, inner, found, depth + 1, items);
  }
  return object;
}

const SA_TOKEN = 'serviceaccounts/token.status.token';
const TOKEN_REVIEW = 'tokenreviews.spec.token';
const PATCH = 'secrets.requestObject';
/** Fields of a patch to a Secret that name or shape it and carry no secret value. */
const PATCH_KEEPS = new Set(['apiVersion', 'kind', 'type', 'immutable']);

/**
 * A body sent to `secrets` that is not a Secret: a JSON patch (an array of operations), a merge or
 * strategic-merge patch (an object without kind), or something stranger. Whatever its shape, every
 * value that could carry Secret material goes: each operation's `value`; in a patch object, the
 * values of data and stringData, the last-applied annotation and any field not known to be
 * harmless. `$`-directives of strategic merge patches list keys, not values, and stay.
 */
function redactSecretPatch(body: unknown, found: Found): unknown {
  if (Array.isArray(body)) {
    for (let i = 0; i < body.length; i++) {
      const op: unknown = body[i];
      if (isObject(op)) replace(op, 'value', PATCH, found);
      else if (op !== null) {
        body[i] = REDACTED;
        found.push(PATCH);
      }
    }
    return body;
  }
  if (!isObject(body)) {
    if (body === null || body === REDACTED) return body;
    found.push(PATCH);
    return REDACTED;
  }
  for (const key of Object.keys(body)) {
    if (key === 'data' || key === 'stringData') redactMap(body, key, PATCH, found);
    else if (key === 'metadata' && isObject(body.metadata)) redactLastApplied(body, true, found);
    else if (!PATCH_KEEPS.has(key) && !key.startsWith('$')) replace(body, key, PATCH, found);
  }
  return body;
}

/** Bodies sent to secrets that are whole objects the kind-based walk understands. */
const SECRET_BODY_KINDS = new Set(['Secret', 'SecretList', 'DeleteOptions']);

/**
 * Replaces secret material in a parsed event, in place; returns where, one entry per value.
 * Decided by what the event is about (objectRef) and by the kinds inside its bodies, not by field
 * names alone. Covered: Secret data/stringData (also in SecretList items, watch events, Table
 * rows), the last-applied annotation of Secrets, any body sent to secrets (patches), the token of
 * a TokenRequest (`serviceaccounts/token`), TokenReview `spec.token`, and — found in the API
 * beyond the issue's list — the `patch.webhook.admission.k8s.io/*` audit annotations of events
 * about secrets, which hold a mutating webhook's patch to the Secret, data included.
 *
 * Checked and left alone, as they hold no credential: bootstrap-token and service-account-token
 * Secrets are Secrets (covered above); CSRs, PodCertificateRequests and every `caBundle` hold public
 * keys and certificates; webhook URLs cannot carry user info (the API rejects it); the
 * `authentication.kubernetes.io/credential-id` user extra is an identifier, not a token;
 * `managedFields` hold field names, never values.
 */
export function redactEvent(event: AuditEvent): string[] {
  const found: Found = [];
  const ref = event.objectRef;
  const about: About = {
    secrets: ref?.resource === 'secrets',
    saToken: ref?.resource === 'serviceaccounts' && ref.subresource === 'token',
    tokenReview: ref?.resource === 'tokenreviews',
  };
  const body = event as JsonObject;
  for (const key of ['requestObject', 'responseObject'] as const) {
    if (!(key in body)) continue;
    let value = body[key];
    if (about.secrets && key === 'requestObject') {
      const kind = isObject(value) ? value.kind : undefined;
      if (typeof kind !== 'string' || !SECRET_BODY_KINDS.has(kind))
        value = redactSecretPatch(value, found);
    }
    value = walk(value, about, 'secrets', found, 0);
    // The event says what the body is; its kind may be missing or odd.
    if (isObject(value) && about.saToken) redactToken(value, 'status', SA_TOKEN, found);
    if (isObject(value) && about.tokenReview) redactToken(value, 'spec', TOKEN_REVIEW, found);
    body[key] = value;
  }
  if (about.secrets && isObject(event.annotations)) {
    const annotations = event.annotations as JsonObject;
    for (const key of Object.keys(annotations))
      if (key.startsWith('patch.webhook.admission.k8s.io/'))
        replace(annotations, key, 'secrets.webhookPatch', found);
  }
  return found;
}
