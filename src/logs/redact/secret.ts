import {
  isObject,
  LAST_APPLIED,
  REDACTED,
  redactMap,
  replace,
  type Found,
  type JsonObject,
} from './marker.js';

/**
 * The rules for Secrets and for the objects a user's `redact-resources` treats as Secrets. What is
 * kept is what is known to hold no value — names, kinds, metadata — never the other way round,
 * so a field spelled in a way no rule expects (`stringdata`, `$x`, `Data`) goes too.
 */

/** The maps whose values are a Secret's (or a ConfigMap's) content; their keys are names. */
const CONTENT_MAPS = ['data', 'stringData', 'binaryData'];

/** Every field of a Secret (core/v1 `Secret`); any other field of one is replaced whole. */
const SECRET_FIELDS = new Set([
  'apiVersion',
  'kind',
  'metadata',
  'type',
  'immutable',
  'data',
  'stringData',
]);

/**
 * The fields of `ObjectMeta` (apimachinery `meta/v1`). In the metadata of a Secret or of a patch
 * to one, any other key (a strategic-merge `$` directive, a misspelt `Annotations`) is replaced.
 */
const OBJECT_META_FIELDS = new Set([
  'name',
  'generateName',
  'namespace',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'labels',
  'annotations',
  'ownerReferences',
  'finalizers',
  'managedFields',
]);

/**
 * Annotations of a Secret known to hold no secret, kept; every other annotation value of a Secret
 * is redacted (kapp's `kapp.k14s.io/original` holds the whole Secret, kubectl's last-applied too).
 * Kubernetes' token controller names the service account of a token Secret; Helm 3 marks the
 * release that owns an object; cert-manager names the Certificate and issuer behind a TLS Secret.
 */
export const SAFE_SECRET_ANNOTATIONS: readonly string[] = [
  'kubernetes.io/service-account.name',
  'kubernetes.io/service-account.uid',
  'meta.helm.sh/release-name',
  'meta.helm.sh/release-namespace',
  'cert-manager.io/certificate-name',
  'cert-manager.io/issuer-name',
  'cert-manager.io/issuer-kind',
  'cert-manager.io/issuer-group',
];
const SAFE_ANNOTATIONS = new Set(SAFE_SECRET_ANNOTATIONS);

/** The JSON-patch operation's members that say where, never what (RFC 6902). */
const PATCH_OP_FIELDS = new Set(['op', 'path', 'from']);

/** Every annotation value of a Secret-like object but the safe ones. */
function redactAnnotations(metadata: JsonObject, where: string, found: Found): void {
  const annotations = metadata.annotations;
  if (annotations === undefined || annotations === null) return;
  if (!isObject(annotations))
    return replace(metadata, 'annotations', `${where}.annotations`, found);
  for (const key of Object.keys(annotations)) {
    if (SAFE_ANNOTATIONS.has(key)) continue;
    replace(
      annotations,
      key,
      key === LAST_APPLIED ? 'last-applied-configuration' : `${where}.annotations`,
      found,
    );
  }
}

/** The metadata of a Secret or of a patch to one: ObjectMeta's fields only, annotations redacted. */
function redactSecretMetadata(object: JsonObject, where: string, found: Found): void {
  const metadata = object.metadata;
  if (metadata === undefined || metadata === null) return;
  if (!isObject(metadata)) return replace(object, 'metadata', `${where}.metadata`, found);
  for (const key of Object.keys(metadata))
    if (!OBJECT_META_FIELDS.has(key)) replace(metadata, key, `${where}.metadata`, found);
  redactAnnotations(metadata, where, found);
}

/**
 * Any object in a body about a Secret-like resource (kind-less Table rows and list items too):
 * the values of its content maps and of its annotations.
 */
export function redactSecretLike(object: JsonObject, where: string, found: Found): void {
  for (const field of CONTENT_MAPS)
    if (field in object) redactMap(object, field, `${where}.${field}`, found);
  if (isObject(object.metadata)) redactAnnotations(object.metadata, where, found);
}

/** A Secret: its fields alone (any other replaced), its metadata's, and its content redacted. */
export function redactSecret(object: JsonObject, where: string, found: Found): void {
  for (const key of Object.keys(object))
    if (!SECRET_FIELDS.has(key)) replace(object, key, `${where}.fields`, found);
  redactSecretMetadata(object, where, found);
  for (const field of ['data', 'stringData'])
    if (field in object) redactMap(object, field, `${where}.${field}`, found);
}

/**
 * A patch (or any body but a whole object) sent to a Secret-like resource, logged as the client
 * sent it: whatever its shape and kind, it keeps only what says where — a JSON patch's `op`,
 * `path` and `from` (as text), a merge patch's metadata (ObjectMeta's fields, annotations
 * redacted) and the keys of its content maps — and every other value is replaced.
 */
export function redactPatch(body: unknown, where: string, found: Found): unknown {
  const location = `${where}.requestObject`;
  if (Array.isArray(body)) {
    for (let i = 0; i < body.length; i++) {
      const op: unknown = body[i];
      if (!isObject(op)) {
        body[i] = replaced(op, location, found);
        continue;
      }
      for (const key of Object.keys(op))
        if (!PATCH_OP_FIELDS.has(key) || typeof op[key] !== 'string')
          replace(op, key, location, found);
    }
    return body;
  }
  if (!isObject(body)) return replaced(body, location, found);
  for (const key of Object.keys(body)) {
    if (key === 'metadata') redactSecretMetadata(body, where, found);
    else if (CONTENT_MAPS.includes(key)) redactMap(body, key, location, found);
    else replace(body, key, location, found);
  }
  return body;
}

/** The marker in place of a whole value that is not an object (or the marker already). */
function replaced(value: unknown, location: string, found: Found): unknown {
  if (value === null || value === REDACTED) return value;
  found.push(location);
  return REDACTED;
}
