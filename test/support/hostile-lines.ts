// A seeded generator of hostile audit lines for the redaction tests: events shaped as
// kube-apiserver writes them and as a client's odd patch or a hand in the runner folder could,
// with canaries — unique values — planted wherever a rule must replace them. Lines come with
// repeated keys (the first value hiding behind a later one), JSON escapes for any character,
// keys in other cases, strange kinds, fields in any order, whitespace, lines cut off or run
// together, and deep nesting; two in three are harmless events no rule touches.
import { seeded } from '../../bench/generate-log.js';
import { LAST_APPLIED, REDACTED } from '../../src/logs/redact/index.js';
import type { RedactionSettings } from '../../src/logs/redact/settings.js';

/** The rules the hostile lines are written for. */
export const HOSTILE_RULES: RedactionSettings = {
  resources: ['configmaps', 'widgets.example.com'],
  auditAnnotations: ['example.com/*'],
  // The first two spell a word every match holds (the fast check searches for it); the third
  // none, so its automaton reads every line.
  patterns: ['AKIA[0-9A-Z]{16}', 'command=[^&]*', '\\b[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}\\b'],
};

/** An object whose entries are written in this order, a key possibly more than once. */
class Entries {
  constructor(readonly entries: [string, unknown][]) {}
}

export interface HostileLine {
  text: string;
  /** Values that must not come out of redaction in any form. */
  canaries: string[];
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A generator of hostile lines; the same seed gives the same lines. */
export function hostileLines(seed: number): () => HostileLine {
  const random = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const chance = (p: number) => random() < p;
  let count = 0;
  let canaries: string[] = [];
  /** A fresh canary, noted as one that must not survive. */
  const canary = () => {
    const value = `kaC${(count++).toString(36)}Q${Math.floor(random() * 1e6).toString(36)}x`;
    canaries.push(value);
    return value;
  };
  const cardNumber = () => {
    const digits = () => String(Math.floor(random() * 10_000)).padStart(4, '0');
    const value = `${digits()}-${digits()}-${digits()}-${digits()}`;
    canaries.push(value);
    return value;
  };
  const awsKey = () => {
    let key = 'AKIA';
    for (let i = 0; i < 16; i++) key += pick([...ALNUM]);
    canaries.push(key);
    return key;
  };
  const secret = (): Record<string, unknown> => {
    const object: Record<string, unknown> = {
      kind: 'Secret',
      apiVersion: 'v1',
      metadata: {
        name: 'app',
        namespace: 'default',
        ...(chance(0.5)
          ? {
              annotations: {
                [pick(['kapp.k14s.io/original', LAST_APPLIED, 'example.org/note'])]: canary(),
                'meta.helm.sh/release-name': 'app',
              },
            }
          : {}),
      },
      type: 'Opaque',
      data: { [pick(['pw', 'token', 'tls.key'])]: canary() },
    };
    if (chance(0.4)) object.stringData = { plain: canary() };
    // A field no Secret has, spelt as a client might.
    if (chance(0.4)) object[pick(['stringdata', 'Data', 'STRINGDATA', '$x', 'extra'])] = canary();
    return object;
  };
  const mergePatch = (): Record<string, unknown> => {
    const patch: Record<string, unknown> = {};
    if (chance(0.5))
      patch.kind = pick(['Secret', 'SecretList', 'DeleteOptions', 'secret', 'ConfigMap']);
    for (let i = 1 + Math.floor(random() * 3); i > 0; i--) {
      const key = pick([
        'data',
        'stringData',
        'stringdata',
        'type',
        '$x',
        '$setElementOrder/data',
        'Data',
        'metadata',
        'binaryData',
        'immutable',
      ]);
      if (key === 'metadata')
        patch.metadata = {
          name: 'app',
          annotations: { [pick(['a', LAST_APPLIED])]: canary() },
          Labels: canary(),
        };
      else if (key === 'data' || key === 'stringData' || key === 'binaryData')
        patch[key] = { k: canary() };
      else if (key === '$setElementOrder/data') patch[key] = [canary()];
      else patch[key] = canary();
    }
    return patch;
  };
  const jsonPatch = () =>
    Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({
      op: pick(['add', 'replace']),
      path: '/data/pw',
      [pick(['value', 'Value', 'VALUE', 'v'])]: canary(),
    }));
  const ref = (resource: string, extra: Record<string, unknown> = {}) => ({
    resource,
    namespace: 'default',
    name: 'app',
    apiVersion: 'v1',
    ...extra,
  });

  /** The parts of one event that carry canaries, by shape. */
  const shapes: (() => Record<string, unknown>)[] = [
    () => ({
      verb: pick(['create', 'update']),
      objectRef: ref('secrets'),
      requestObject: secret(),
      responseObject: secret(),
    }),
    () => ({
      verb: 'patch',
      objectRef: ref('secrets'),
      requestObject: chance(0.5) ? mergePatch() : jsonPatch(),
    }),
    () => ({
      verb: 'list',
      objectRef: ref('secrets'),
      responseObject: pick([
        () => ({
          kind: 'SecretList',
          items: [{ metadata: { annotations: { a: canary() } }, data: { k: canary() } }],
        }),
        () => ({
          kind: 'Table',
          rows: [
            {
              cells: ['app'],
              object: {
                kind: 'PartialObjectMetadata',
                metadata: { name: 'app', annotations: { a: canary() } },
              },
            },
          ],
        }),
        () => ({ kind: 'WatchEvent', type: 'ADDED', object: secret() }),
      ])(),
    }),
    () => ({
      verb: 'get',
      objectRef: ref('widgets', { apiGroup: 'other.io' }),
      responseObject: { kind: 'List', items: [secret()] },
    }),
    () => ({
      verb: 'create',
      objectRef: ref('serviceaccounts', { subresource: 'token' }),
      responseObject: { kind: 'TokenRequest', status: { token: canary() } },
    }),
    () => ({
      verb: 'create',
      objectRef: ref('tokenreviews'),
      requestObject: { kind: 'TokenReview', spec: { token: canary() } },
    }),
    () => ({
      verb: 'update',
      objectRef: ref('secrets'),
      annotations: {
        'patch.webhook.admission.k8s.io/round_0_index_0': JSON.stringify({
          patch: [{ op: 'add', path: '/data/x', value: canary() }],
        }),
      },
    }),
    () => {
      // A patch keeps only where it changes; a whole object (create, update) loses its content.
      const patch = chance(0.5);
      return {
        verb: patch ? 'patch' : pick(['create', 'update']),
        objectRef: pick([ref('configmaps'), ref('widgets', { apiGroup: 'example.com' })]),
        requestObject: patch
          ? mergePatch()
          : { kind: 'ConfigMap', data: { release: canary() }, binaryData: { b: canary() } },
        responseObject: {
          kind: 'ConfigMapList',
          items: [
            { data: { k: canary() }, metadata: { annotations: { [LAST_APPLIED]: canary() } } },
          ],
        },
      };
    },
    () => ({
      verb: 'get',
      objectRef: ref('pods'),
      annotations: {
        'example.com/secret-value': canary(),
        'authorization.k8s.io/decision': 'allow',
      },
    }),
    () => ({
      verb: 'create',
      objectRef: ref('pods', { subresource: 'exec' }),
      requestURI: `/api/v1/namespaces/default/pods/app/exec?command=${canary()}&stdout=true`,
    }),
    () => ({
      verb: 'create',
      objectRef: ref('pods'),
      requestObject: {
        spec: { containers: [{ env: [{ name: 'K', value: `key ${awsKey()} end` }] }] },
      },
    }),
    () => ({
      verb: 'update',
      objectRef: ref('leases'),
      requestObject: { spec: { holderIdentity: `card ${cardNumber()}.` } },
    }),
    () => ({
      verb: 'create',
      objectRef: ref('deployments', { apiGroup: 'apps' }),
      requestObject: {
        kind: 'List',
        metadata: {
          annotations: {
            [LAST_APPLIED]: JSON.stringify({ kind: 'Secret', data: { k: canary() } }),
          },
        },
      },
    }),
    // Deeper than any body: the walk replaces it, so its secret goes.
    () => ({
      verb: 'get',
      objectRef: ref('secrets'),
      responseObject: { kind: 'Status', x: nest(300, { data: { k: canary() } }) },
    }),
    // A pattern's match deep in a field no rule walks.
    () => ({
      verb: 'get',
      objectRef: ref('pods'),
      extra: nest(260 + Math.floor(random() * 200), `AKIA${awsKey().slice(4)}`),
    }),
  ];
  /** Harmless events: nothing in them must change but what a hostile spelling forces. */
  const harmless = () => ({
    verb: pick(['get', 'list', 'watch', 'create']),
    objectRef: ref(pick(['pods', 'services', 'leases', 'events'])),
    responseStatus: { metadata: {}, code: pick([200, 201, 404]) },
    ...(chance(0.3)
      ? {
          requestObject: {
            kind: 'Pod',
            metadata: { name: 'p', labels: { app: 'x' } },
            spec: { containers: [{ name: 'c', image: 'nginx' }] },
          },
        }
      : {}),
  });

  const event = (parts: Record<string, unknown>) => {
    const fields: [string, unknown][] = Object.entries({
      kind: 'Event',
      apiVersion: 'audit.k8s.io/v1',
      level: 'RequestResponse',
      auditID: `id-${count}`,
      stage: 'ResponseComplete',
      requestURI: '/api/v1/namespaces/default/things',
      user: { username: 'kubernetes-admin', groups: ['system:masters'] },
      annotations: { 'authorization.k8s.io/decision': 'allow' },
      ...parts,
    });
    // Fields in any order: a body may come before the objectRef that says what it is.
    if (chance(0.3)) fields.sort(() => random() - 0.5);
    return new Entries(fields);
  };

  /** Writes `value` as JSON, hostile: repeated keys, escapes, whitespace. */
  const write = (value: unknown, depth = 0): string => {
    if (typeof value === 'string') return writeString(value);
    if (typeof value !== 'object' || value === null) return JSON.stringify(value);
    if (Array.isArray(value)) return `[${value.map((v) => write(v, depth + 1)).join(',')}]`;
    const entries = value instanceof Entries ? value.entries : Object.entries(value);
    const out: string[] = [];
    for (const [key, v] of entries) {
      // The first of a repeated key holds a value that must go: a parse keeps only the last.
      if (depth < 200 && chance(hostility.repeat))
        out.push(
          `${writeString(key)}:${pick([() => writeString(canary()), () => `{"k":${writeString(canary())}}`])()}`,
        );
      out.push(`${writeString(key)}${chance(hostility.space) ? ' : ' : ':'}${write(v, depth + 1)}`);
    }
    return `{${out.join(chance(hostility.space) ? ' , ' : ',')}}`;
  };
  const writeString = (text: string): string => {
    const json = JSON.stringify(text);
    if (!chance(hostility.escape)) return json;
    let out = '"';
    for (let i = 1; i < json.length - 1; i++) {
      const c = json[i] as string;
      if (c === '\\') {
        out += c + (json[++i] ?? '');
        continue;
      }
      if (c === '/' && chance(0.5)) out += '\\/';
      else if (chance(0.1)) out += `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      else out += c;
    }
    return `${out}"`;
  };
  const hostility = { repeat: 0, escape: 0, space: 0 };

  return () => {
    canaries = [];
    const hostile = chance(0.35);
    hostility.repeat = hostile && chance(0.3) ? 0.05 : 0;
    hostility.escape = hostile && chance(0.3) ? 0.3 : 0;
    hostility.space = hostile && chance(0.1) ? 0.5 : 0;
    let text = write(event(hostile ? pick(shapes)() : harmless()));
    const roll = random();
    if (hostile && roll < 0.05 && canaries.length > 0) {
      // Cut off after its last canary, before its end.
      const last = Math.max(...canaries.map((c) => text.lastIndexOf(c) + c.length));
      if (last > 0 && last < text.length - 1)
        text = text.slice(0, last + Math.floor(random() * (text.length - last - 1)) + 1);
    } else if (hostile && roll < 0.08) {
      // A cut line with the next event written onto it.
      text = text.slice(0, Math.floor(text.length * random())) + write(event(harmless()));
    }
    // Canaries a hostile spelling hides from a byte search still count: the test decodes.
    return { text, canaries: [...canaries] };
  };
}

/** `value` nested `depth` arrays deep. */
function nest(depth: number, value: unknown): unknown {
  let out = value;
  for (let i = 0; i < depth; i++) out = [out];
  return out;
}

export { REDACTED };
