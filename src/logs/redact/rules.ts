import type { PatternSet } from '../../linear-regex/index.js';
import { SECRETS, SERVICE_ACCOUNT_TOKENS, TOKEN_REVIEWS } from '../../policy/index.js';
import type { AuditEvent } from '../events/index.js';
import {
  isObject,
  LAST_APPLIED,
  REDACTED,
  replace,
  type Found,
  type JsonObject,
} from './marker.js';
import { redactPatch, redactSecret, redactSecretLike } from './secret.js';

export { LAST_APPLIED, REDACTED };

/**
 * A word a line must spell for a rule to fire. The fast check (scan.ts) searches every line for
 * the words of all rules and keeps a line that spells none unparsed, so a rule fires only on the
 * lines its words find. `lead` bytes of the word confirm a match of the rest, which is what is
 * searched: a search led by `"`, the commonest byte in JSON, is several times slower.
 */
export interface TriggerWord {
  word: string;
  lead: number;
}

/** A built-in rule: the words it fires on, and the locations it reports (without the container). */
export interface BuiltInRule {
  triggers: readonly TriggerWord[];
  locations: readonly string[];
}

/** What redactEvent needs of a run's rules (`RedactionRules`, settings.ts). */
export interface EventRules {
  readonly auditAnnotations: readonly { matches(key: string): boolean }[];
  readonly patterns: PatternSet | undefined;
  resourceRule(resource: unknown, group: unknown): { spelling: string } | undefined;
}

/** The locations a Secret's redaction reports (secret.ts), its last-applied annotation's too. */
const SECRET_LOCATIONS = [
  'data',
  'stringData',
  'fields',
  'metadata',
  'annotations',
  'last-applied-configuration',
] as const;

/**
 * A Secret anywhere in a body, told by its kind: `Secret`, a `SecretList`'s items, a watch
 * event's Secret. The kind is written `"kind":"Secret` or `"kind":"SecretList`, so the line
 * spells `"Secret`.
 */
const SECRET_KIND: BuiltInRule = {
  triggers: [{ word: '"Secret', lead: 1 }],
  locations: SECRET_LOCATIONS,
};

/**
 * An event about secrets, told by its objectRef (`"resource":"secrets"`): every object of its
 * bodies is treated as a Secret (kind-less Table rows too), a body sent but a whole Secret is a
 * patch, and a mutating webhook's patch annotation holds the Secret's data.
 */
const SECRETS_RESOURCE: BuiltInRule = {
  triggers: [{ word: '"secrets"', lead: 3 }],
  locations: [...SECRET_LOCATIONS, 'binaryData', 'requestObject', 'webhookPatch'],
};

/**
 * The last-applied annotation of an object that is no Secret, when its text holds one: the text
 * is JSON written inside a string, `{\"kind\":\"Secret\"`, which spells `"Secret`.
 */
const LAST_APPLIED_SECRET: BuiltInRule = {
  triggers: [{ word: '"Secret', lead: 1 }],
  locations: ['last-applied-configuration'],
};

/** The locations of the two token rules. */
const SA_TOKEN = 'serviceaccounts/token.status.token';
const TOKEN_REVIEW = 'tokenreviews.spec.token';

/** The token a TokenRequest returns (`serviceaccounts/token`): its key is `"token"`. */
const SA_TOKEN_RULE: BuiltInRule = {
  triggers: [{ word: '"token"', lead: 3 }],
  locations: [SA_TOKEN],
};

/** The token a TokenReview is sent to check: its key is `"token"`. */
const TOKEN_REVIEW_RULE: BuiltInRule = {
  triggers: [{ word: '"token"', lead: 3 }],
  locations: [TOKEN_REVIEW],
};

/** Every built-in rule by name; the fast check searches for their words ({@link ruleTriggers}). */
export const BUILT_IN_REDACTION: Readonly<Record<string, BuiltInRule>> = {
  secretKind: SECRET_KIND,
  saToken: SA_TOKEN_RULE,
  tokenReview: TOKEN_REVIEW_RULE,
  secretsResource: SECRETS_RESOURCE,
  lastAppliedSecret: LAST_APPLIED_SECRET,
};

/** An object of a resource a user's `redact-resources` names: its objectRef spells `"<resource>"`. */
function resourceTrigger(resource: string): TriggerWord {
  return { word: `"${resource}"`, lead: 2 };
}

/**
 * What a key a glob matches must spell: its longest literal part, with the quote before or after
 * it when the part starts or ends the key. A glob of only `*` has none: then the key of the
 * event's annotations.
 */
function globTrigger(glob: string): TriggerWord {
  const parts = glob.split('*');
  let best = 0;
  parts.forEach((part, i) => {
    if (part.length > (parts[best] ?? '').length) best = i;
  });
  const part = parts[best] ?? '';
  if (part === '') return { word: '"annotations"', lead: 2 };
  const word = `${best === 0 ? '"' : ''}${part}${best === parts.length - 1 ? '"' : ''}`;
  return { word, lead: best === 0 ? 1 : 0 };
}

/**
 * Every word a rule fires on, for the fast check: the built-in rules' (each word once), then those
 * of the user's resources and audit annotation globs, then the words every match of the user's
 * patterns spells (when there are such words, the patterns need no automaton in the fast check).
 */
export function ruleTriggers(user: {
  resources: readonly string[];
  auditAnnotations: readonly string[];
  patternWords: readonly string[];
}): TriggerWord[] {
  const builtIn = new Map<string, TriggerWord>();
  for (const rule of Object.values(BUILT_IN_REDACTION))
    for (const trigger of rule.triggers)
      if (!builtIn.has(trigger.word)) builtIn.set(trigger.word, trigger);
  return [
    ...builtIn.values(),
    ...user.resources.map(resourceTrigger),
    ...user.auditAnnotations.map(globTrigger),
    ...user.patternWords.map((word) => ({ word, lead: 0 })),
  ];
}

/**
 * Deeper than any object the API serves; a hostile line nested deeper than this is replaced from
 * there on instead of being walked (the walk is recursive and must not run out of stack).
 */
const MAX_DEPTH = 256;

/** What one event is about, from its objectRef: the rules that apply to its bodies. */
interface About {
  /**
   * The name objects are counted under when the event is about Secrets (`secrets`) or a resource
   * of the user's `redact-resources`: then every object in its bodies is treated as a Secret.
   */
  secretLike: string | undefined;
  saToken: boolean;
  tokenReview: boolean;
}

/** kubectl writes the annotation as compact JSON; whitespace is allowed for odd writers. */
const MENTIONS_SECRET = /"kind"\s*:\s*"Secret(List)?"/;

/**
 * The last-applied annotation of an object that is no Secret, when its text holds one (a List
 * applied with kubectl). A value that is not text (a client's patch, logged as sent, may hold
 * anything) is walked like any other body, so a Secret inside it is found by its kind.
 */
function redactLastApplied(object: JsonObject, found: Found): void {
  const metadata = object.metadata;
  if (!isObject(metadata) || !isObject(metadata.annotations)) return;
  const value = metadata.annotations[LAST_APPLIED];
  if (typeof value === 'string' && MENTIONS_SECRET.test(value))
    replace(metadata.annotations, LAST_APPLIED, 'last-applied-configuration', found);
}

function redactToken(object: JsonObject, field: 'status' | 'spec', location: string, found: Found) {
  const holder = object[field];
  if (isObject(holder)) replace(holder, 'token', location, found);
}

/**
 * Walks a request or response body. Kind-based rules apply anywhere (a Secret inside any body is
 * a Secret); in an event about a Secret-like resource every object is treated as one, so shapes
 * without a kind (Table rows' objects) are covered too. Items of a SecretList carry no kind of
 * their own: `secretItem` marks them. `where` names the container, for the location: `secrets`,
 * `secretList.items`, `watch.object`, a user's resource.
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
  if ((kind === 'Secret' && !isKindReference(object)) || secretItem)
    redactSecret(object, where, found);
  else if (about.secretLike !== undefined) redactSecretLike(object, where, found);
  else redactLastApplied(object, found);
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

/**
 * A GroupVersionKind that names a kind rather than being an object of it — the API discovery
 * document's `responseKind: {group: "", version: "", kind: "Secret"}` for the `secrets` resource
 * (k8s.io/api apidiscovery/v2, APIResourceDiscovery): only those three fields, all text. It holds
 * no value of a Secret, and kubectl reads it on every discovery, so it stays as it is.
 */
function isKindReference(object: JsonObject): boolean {
  let fields = 0;
  for (const [key, value] of Object.entries(object)) {
    if ((key !== 'group' && key !== 'version' && key !== 'kind') || typeof value !== 'string')
      return false;
    fields++;
  }
  return fields > 1;
}

/**
 * Whether a request body sent to a Secret-like resource is a whole object rather than a patch:
 * only `create` and `update` send one, and the API server logs it as it decoded it. Any other body
 * (patches are logged as the client sent them) gets the patch rule, whatever kind it names.
 */
function isWholeObject(body: unknown, verb: unknown, secrets: boolean): boolean {
  if ((verb !== 'create' && verb !== 'update') || !isObject(body)) return false;
  return secrets ? body.kind === 'Secret' : typeof body.kind === 'string';
}

/** The string values of `root` at any depth, rewritten where the user's patterns match. */
function redactPatterns(root: JsonObject, rules: EventRules, found: Found): void {
  const patterns = rules.patterns;
  if (!patterns) return;
  // A stack, not recursion: a hostile line may nest deeper than any stack.
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const holder = node as Record<string, unknown>;
    for (const key of Object.keys(holder)) {
      const value = holder[key];
      if (typeof value === 'string') {
        if (value === REDACTED) continue;
        // The marker a rule (or an earlier pass) left is not text to match: a pattern that
        // matches part of it would redact it again, and again on every pass.
        const pieces = value.includes(REDACTED) ? value.split(REDACTED) : [value];
        const rewritten = pieces.map((piece) => patterns.replace(piece, REDACTED));
        if (rewritten.every((piece) => piece === undefined)) continue;
        holder[key] = rewritten.map((piece, i) => piece ?? pieces[i]).join(REDACTED);
        found.push('patterns');
      } else if (typeof value === 'object' && value !== null) stack.push(value);
    }
  }
}

/**
 * Replaces secret material in a parsed event, in place; returns where, one entry per value.
 * Decided by what the event is about (objectRef) and by the kinds inside its bodies, not by field
 * names alone. Built in: a Secret's data and stringData (also in SecretList items, watch events,
 * Table rows), any field a Secret does not have, every annotation value of a Secret but a few
 * known to hold no secret (last-applied and kapp's copy of the whole Secret among those redacted),
 * the last-applied annotation of other objects when it holds a Secret, any body sent to secrets
 * but a whole Secret (patches keep only where they change, never what), the token of a
 * TokenRequest (`serviceaccounts/token`), TokenReview `spec.token`, and the
 * `patch.webhook.admission.k8s.io/*` audit annotations of events about secrets, which hold a
 * mutating webhook's patch to the Secret, data included. The user's `rules` add resources treated
 * as Secrets are, audit annotations by key, and patterns over every string value.
 *
 * Checked and left alone, as they hold no credential: bootstrap-token and service-account-token
 * Secrets are Secrets (covered above); CSRs, PodCertificateRequests and every `caBundle` hold public
 * keys and certificates; webhook URLs cannot carry user info (the API rejects it); the
 * `authentication.kubernetes.io/credential-id` user extra is an identifier, not a token;
 * `managedFields` hold field names, never values.
 *
 * Every rule fires only on the words it declares above (scan.ts relies on it, and
 * test/logs/redact/triggers.test.ts fails a rule whose example line the fast check calls clean);
 * the user's resources and audit annotations on theirs ({@link ruleTriggers}). The user's
 * patterns are checked by the fast path on their own.
 */
export function redactEvent(event: AuditEvent, rules: EventRules): string[] {
  const found: Found = [];
  const ref = event.objectRef;
  // The sensitive resources of policy/sensitive.ts; tokenreviews by name in any group, as before.
  const secrets = ref?.resource === SECRETS.resource;
  const about: About = {
    secretLike: secrets ? 'secrets' : rules.resourceRule(ref?.resource, ref?.apiGroup)?.spelling,
    saToken:
      ref?.resource === SERVICE_ACCOUNT_TOKENS.resource &&
      ref.subresource === SERVICE_ACCOUNT_TOKENS.subresource,
    tokenReview: ref?.resource === TOKEN_REVIEWS.resource,
  };
  const body = event as JsonObject;
  for (const key of ['requestObject', 'responseObject'] as const) {
    if (!(key in body)) continue;
    let value = body[key];
    const where = about.secretLike ?? 'secrets';
    if (
      about.secretLike !== undefined &&
      key === 'requestObject' &&
      !isWholeObject(value, event.verb, secrets)
    )
      value = redactPatch(value, where, found);
    value = walk(value, about, where, found, 0);
    // The event says what the body is; its kind may be missing or odd.
    if (isObject(value) && about.saToken) redactToken(value, 'status', SA_TOKEN, found);
    if (isObject(value) && about.tokenReview) redactToken(value, 'spec', TOKEN_REVIEW, found);
    body[key] = value;
  }
  const annotations = event.annotations;
  if (isObject(annotations)) {
    for (const key of Object.keys(annotations)) {
      if (about.secretLike !== undefined && key.startsWith('patch.webhook.admission.k8s.io/'))
        replace(annotations, key, `${about.secretLike}.webhookPatch`, found);
      else if (rules.auditAnnotations.some((glob) => glob.matches(key)))
        replace(annotations, key, 'audit-annotations', found);
    }
  }
  redactPatterns(body, rules, found);
  return found;
}
