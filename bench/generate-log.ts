// A deterministic audit log of any size, built from the shapes of real events: the events of
// test/fixtures/audit-logs (audit2rbac's Metadata events, falco's Request/RequestResponse events
// with pod, RBAC, configmap and secret bodies). Each request is written the way kube-apiserver
// writes it with the default `Metadata`-and-above policies: a RequestReceived line, then a
// ResponseComplete line further on (up to 40 requests later, as completion order gives), both in
// Go's field order. Requests vary by auditID (from a counter), time (advancing 1 ms a request),
// subject (admin, service accounts, controllers, nodes, impersonation), namespace, response code
// (mostly 200/201, some 403 with the authorizer's reason, 404, 409 and a few 500) and latency.
// Levels mix as a cluster with the recommended preset writes them: 70 % of requests at Metadata
// (bodies dropped), 20 % at Request (request body kept), 10 % at RequestResponse (both bodies).
// A seeded generator makes every run write the same bytes.
//
// The `bodies` shape is the same requests with larger bodies, as a cluster that audits Secrets
// and ConfigMaps at Request/RequestResponse writes them: 40/30/30 % Metadata/Request/
// RequestResponse, and the bodied requests are Secrets (create, update, get: `data` of several
// base64 values), ConfigMaps (create, update: kilobytes of text) and list responses (SecretList,
// ConfigMapList of 5–40 items) beside the fixtures' own bodied events. Most of its bytes are in
// bodies, and many of its lines hold Secret values that redaction replaces.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { fixtureEvents } from './fixture-events.js';

const GO_ORDER = (
  'kind apiVersion level auditID stage requestURI verb user impersonatedUser sourceIPs userAgent ' +
  'objectRef responseStatus requestObject responseObject requestReceivedTimestamp stageTimestamp ' +
  'annotations'
).split(' ');
type Shape = Record<string, unknown>;

const SUBJECTS = [
  { username: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] },
  { username: 'system:kube-controller-manager', groups: ['system:authenticated'] },
  { username: 'system:kube-scheduler', groups: ['system:authenticated'] },
  { username: 'system:node:kind-control-plane', groups: ['system:nodes', 'system:authenticated'] },
  {
    username: 'system:serviceaccount:kube-system:coredns',
    groups: ['system:serviceaccounts', 'system:authenticated'],
  },
  {
    username: 'system:serviceaccount:ci:deployer',
    groups: ['system:serviceaccounts', 'system:authenticated'],
  },
  { username: 'alice', groups: ['developers', 'system:authenticated'] },
];
const NAMESPACES = ['default', 'kube-system', 'ci', 'app-0', 'app-1', 'app-2', 'kube-public'];
const AGENTS = [
  'kubectl/v1.37.0 (linux/amd64) kubernetes/abc1234',
  'kube-controller-manager/v1.37.0',
];

/** Mulberry32: small, fast and the same everywhere; the tests' random inputs use it too. */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The event's fields in Go's order; fields Go would not write (metadata, timestamp) dropped. */
function inGoOrder(event: Shape): Shape {
  const out: Shape = {};
  for (const key of GO_ORDER) if (event[key] !== undefined) out[key] = event[key];
  return out;
}

/** Which log {@link generateLog} writes: the fixtures' bodies, or larger ones. */
export type LogShape = 'default' | 'bodies';

/** Bytes of `length` from `random`, as base64: a Secret's value as the API server writes it. */
function base64Of(length: number, random: () => number): string {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes.toString('base64');
}

/** Some lines of configuration text, about `length` characters. */
function configText(length: number, random: () => number): string {
  const lines: string[] = [];
  for (let size = 0; size < length;) {
    const line = `key${Math.floor(random() * 1e6)}: value-${Math.floor(random() * 1e9).toString(36)}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

function secretObject(name: string, random: () => number): Shape {
  const data: Record<string, string> = {};
  const keys = 2 + Math.floor(random() * 6);
  for (let k = 0; k < keys; k++)
    data[`key-${k}`] = base64Of(64 + Math.floor(random() * 1500), random);
  return {
    kind: 'Secret',
    apiVersion: 'v1',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '1' },
    data,
    type: 'Opaque',
  };
}

function configMapObject(name: string, random: () => number): Shape {
  return {
    kind: 'ConfigMap',
    apiVersion: 'v1',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '1' },
    data: { 'config.yaml': configText(500 + Math.floor(random() * 6000), random) },
  };
}

/** A request with a body: a Secret or ConfigMap written or read, or a list of them. */
function bodiedShape(i: number, random: () => number): Shape {
  const secret = i % 2 === 0;
  const resource = secret ? 'secrets' : 'configmaps';
  const name = `${secret ? 'secret' : 'config'}-${i}`;
  const make = (n: string) => (secret ? secretObject(n, random) : configMapObject(n, random));
  const kind = i % 3;
  if (kind === 2) {
    const items = Array.from({ length: 5 + Math.floor(random() * 36) }, (_, k) =>
      make(`${name}-${k}`),
    );
    return {
      requestURI: `/api/v1/namespaces/default/${resource}?limit=500`,
      verb: 'list',
      objectRef: { resource, namespace: 'default', apiVersion: 'v1' },
      responseObject: {
        kind: secret ? 'SecretList' : 'ConfigMapList',
        apiVersion: 'v1',
        metadata: { resourceVersion: '12345' },
        items,
      },
    };
  }
  const object = make(name);
  const verb = kind === 0 ? 'create' : 'update';
  return {
    requestURI: `/api/v1/namespaces/default/${resource}${verb === 'create' ? '' : `/${name}`}`,
    verb,
    objectRef: { resource, namespace: 'default', name, apiVersion: 'v1' },
    requestObject: object,
    responseObject: object,
  };
}

/** The two lines of one request. */
function requestLines(
  shapes: Shape[],
  bodied: Shape[],
  n: number,
  random: () => number,
  logShape: LogShape = 'default',
): string[] {
  const roll = random();
  const level =
    logShape === 'bodies'
      ? roll < 0.4
        ? 'Metadata'
        : roll < 0.7
          ? 'Request'
          : 'RequestResponse'
      : roll < 0.7
        ? 'Metadata'
        : roll < 0.9
          ? 'Request'
          : 'RequestResponse';
  const pool = level === 'Metadata' ? shapes : bodied;
  const shape = pool[Math.floor(random() * pool.length)] as Shape;
  const subject = SUBJECTS[Math.floor(random() * SUBJECTS.length)] ?? SUBJECTS[0];
  const namespace = NAMESPACES[Math.floor(random() * NAMESPACES.length)] ?? 'default';
  const codeRoll = random();
  const code =
    codeRoll < 0.8
      ? 200
      : codeRoll < 0.88
        ? 201
        : codeRoll < 0.93
          ? 404
          : codeRoll < 0.97
            ? 403
            : codeRoll < 0.995
              ? 409
              : 500;
  const received = new Date(Date.UTC(2026, 10, 26, 15, 0, 0) + n);
  const done = new Date(received.getTime() + Math.floor(random() * 300));
  const micro = (d: Date) => d.toISOString().replace('Z', `${String(n % 1000).padStart(3, '0')}Z`);
  const ref = (typeof shape.objectRef === 'object' && shape.objectRef) || undefined;
  const base: Shape = {
    ...shape,
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level,
    auditID:
      `${(n * 2654435761) >>> 0}`.padStart(10, '0') + `-4b24-aa22-${String(n).padStart(12, '0')}`,
    user: random() < 0.05 ? { username: 'system:admin', groups: ['system:masters'] } : subject,
    impersonatedUser: undefined,
    userAgent: AGENTS[subject === SUBJECTS[0] || subject === SUBJECTS[6] ? 0 : 1],
    objectRef: ref ? { ...ref, namespace } : undefined,
    requestObject: level === 'Metadata' ? undefined : shape.requestObject,
    responseObject: level === 'RequestResponse' ? shape.responseObject : undefined,
    requestReceivedTimestamp: micro(received),
  };
  if (base.user !== subject) base.impersonatedUser = subject;
  const annotations: Record<string, string> = {
    'authorization.k8s.io/decision': code === 403 ? 'forbid' : 'allow',
    'authorization.k8s.io/reason':
      code === 403
        ? `RBAC: user "${subject?.username}" cannot do this`
        : 'RBAC: allowed by ClusterRoleBinding',
    'apiserver.latency.k8s.io/total': `${(done.getTime() - received.getTime() + random()).toFixed(3)}ms`,
  };
  if (random() < 0.01) annotations['k8s.io/deprecated'] = 'true';
  const first = inGoOrder({
    ...base,
    stage: 'RequestReceived',
    responseStatus: undefined,
    responseObject: undefined,
    stageTimestamp: micro(received),
    annotations: { 'authorization.k8s.io/decision': annotations['authorization.k8s.io/decision'] },
  });
  const last = inGoOrder({
    ...base,
    stage: 'ResponseComplete',
    responseStatus: {
      metadata: {},
      code,
      ...(code >= 400 ? { status: 'Failure', message: `failed with ${code}` } : {}),
    },
    stageTimestamp: micro(done),
    annotations,
  });
  return [JSON.stringify(first), JSON.stringify(last)];
}

/**
 * Writes a log of about `bytes` (whole lines, at least `bytes`) to `file`, in 4 MiB pieces so the
 * generator's memory stays small at any size. The same arguments always give the same bytes.
 */
export async function generateLog(
  file: string,
  bytes: number,
  logShape: LogShape = 'default',
): Promise<void> {
  const events = fixtureEvents();
  const shapes = events.map(inGoOrder);
  const bodied = shapes.filter(
    (s) => s.requestObject !== undefined || s.responseObject !== undefined,
  );
  if (logShape === 'bodies') {
    // Their own seed: the default shape's bytes do not change.
    const own = seeded(0x626f6479);
    for (let i = 0; i < 240; i++) bodied.push(inGoOrder(bodiedShape(i, own)));
  }
  const random = seeded(0x6b696e64);
  const out = createWriteStream(file);
  const delayed: string[][] = [];
  let written = 0;
  let n = 0;
  while (written < bytes) {
    const lines: string[] = [];
    let size = 0;
    while (size < 4 * 1024 * 1024 && written + size < bytes) {
      const [received = '', complete = ''] = requestLines(shapes, bodied, n++, random, logShape);
      // A ResponseComplete lands 0–40 requests after its RequestReceived.
      const slot = Math.floor(random() * 40);
      (delayed[slot] ??= []).push(complete);
      const due = [received, ...(delayed.shift() ?? [])];
      for (const line of due) {
        lines.push(line);
        size += line.length + 1;
      }
    }
    written += size;
    if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
  }
  // The requests still in flight complete at the end, so every request has both stages.
  const rest = delayed.flat();
  if (rest.length > 0) out.write(`${rest.join('\n')}\n`);
  out.end();
  await once(out, 'finish');
}
