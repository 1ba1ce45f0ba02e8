import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { signedUrl } from './artifact-blob.js';
import { unzipFiles } from './zip.js';

// The Twirp half of the fake artifact backend (HTTP: artifact-server.ts; blob storage:
// artifact-blob.ts), and the types they share: what @actions/artifact 6.2.1 sends, read from lib/internal/upload/*.js, lib/internal/find/*.js,
// lib/internal/delete/delete-artifact.js and @azure/storage-blob 12.32.

/**
 * GitHub's words for a reused name, as @actions/artifact passes the service's 409 on
 * (actions/toolkit `packages/artifact/src/internal/shared/artifact-twirp-client.ts`), so tests see
 * the error users see.
 */
export const CONFLICT_MESSAGE = 'an artifact with this name already exists on the workflow run';

/** What a request to the fake backend was, as the protocol names it. */
export type ArtifactRequestKind =
  | 'CreateArtifact'
  | 'FinalizeArtifact'
  | 'ListArtifacts'
  | 'DeleteArtifact'
  | 'PutBlock'
  | 'PutBlockList'
  | 'PutBlob'
  | 'Unknown';

/** An artifact as the backend holds it: created, maybe uploaded, maybe finalized. */
export interface StoredArtifact {
  readonly id: number;
  readonly name: string;
  /** Backend ids from the token's `Actions.Results:<runId>:<jobId>` scope. */
  readonly runId: string;
  readonly jobId: string;
  /** Whole days from creation to the `expires_at` the client sent; unset when it sent none. */
  readonly retentionDays: number | undefined;
  readonly mimeType: string | undefined;
  readonly createdAt: Date;
  /** The committed blob; empty until the block list (or a single Put Blob) arrives. */
  readonly zip: Buffer;
  readonly finalized: boolean;
  /** The zip's files by their path inside it. */
  files(): Map<string, Buffer>;
}

/** A request understood: its kind, the artifact it is about, and how to answer it. */
export interface Route {
  kind: ArtifactRequestKind;
  name?: string;
  run: () => void;
}

/** Writes the response: JSON for an object, the text as is for a string. */
export type Reply = (
  status: number,
  body: object | string,
  headers?: Record<string, string>,
) => void;

/** What the handlers share with the server that owns them. */
export interface Backend {
  runId: string;
  jobId: string;
  token: string;
  url: string;
  conflictNames: readonly string[];
  /** Live artifacts; DeleteArtifact takes an entry out, so its name can be created again. */
  entries: Entry[];
  /** The last database id handed out: ids are never reused, even after a delete. */
  lastId: number;
}

/** The backend's own record of an artifact: the public view plus upload bookkeeping. */
export interface Entry extends StoredArtifact {
  zip: Buffer;
  finalized: boolean;
  committed: boolean;
  blocks: Map<string, Buffer>;
  key: string;
  sig: string;
}

/** Twirp JSON fields read here (proto field names: the client's toJson sets useProtoFieldName). */
interface TwirpMessage {
  workflow_run_backend_id?: unknown;
  workflow_job_run_backend_id?: unknown;
  name?: unknown;
  expires_at?: unknown;
  mime_type?: unknown;
  size?: unknown;
  hash?: unknown;
  /** google.protobuf.StringValue / Int64Value: in proto JSON the bare value. */
  name_filter?: unknown;
  id_filter?: unknown;
}

const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists',
  429: 'resource_exhausted',
  500: 'internal',
  503: 'unavailable',
};

/** A Twirp error; the client shows `(<status>) <statusText>: <msg>`. */
export function twirpError(reply: Reply, status: number, msg: string): void {
  reply(status, { code: TWIRP_CODES[status] ?? 'unknown', msg });
}

/** `POST /twirp/github.actions.results.api.v1.ArtifactService/<method>`. */
export function twirpRoute(
  b: Backend,
  method: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
  reply: Reply,
): Route {
  if (headers.authorization !== `Bearer ${b.token}`) {
    return { kind: 'Unknown', run: () => twirpError(reply, 401, 'missing or wrong bearer token') };
  }
  const msg = parseJson(body);
  const handler = TWIRP_METHODS[method];
  if (!handler) {
    return { kind: 'Unknown', run: () => twirpError(reply, 404, `no route ${method}`) };
  }
  const name = handler.nameOf(msg);
  const run = (): void => {
    if (msg.workflow_run_backend_id !== b.runId || msg.workflow_job_run_backend_id !== b.jobId) {
      return twirpError(reply, 403, 'backend ids do not match the token');
    }
    handler.run(b, msg, reply);
  };
  return { kind: handler.kind, ...(name === undefined ? {} : { name }), run };
}

/** One Twirp method: the artifact name a request is about (for the record), and its answer. */
interface TwirpMethod {
  kind: ArtifactRequestKind;
  nameOf: (msg: TwirpMessage) => string | undefined;
  run: (b: Backend, msg: TwirpMessage, reply: Reply) => void;
}

const TWIRP_METHODS: Partial<Record<string, TwirpMethod>> = {
  CreateArtifact: { kind: 'CreateArtifact', nameOf: nameField, run: createArtifact },
  FinalizeArtifact: { kind: 'FinalizeArtifact', nameOf: nameField, run: finalizeArtifact },
  ListArtifacts: {
    kind: 'ListArtifacts',
    nameOf: (msg) => wrappedString(msg.name_filter),
    run: listArtifacts,
  },
  DeleteArtifact: { kind: 'DeleteArtifact', nameOf: nameField, run: deleteArtifact },
};

function createArtifact(b: Backend, msg: TwirpMessage, reply: Reply): void {
  const name = nameField(msg);
  if (name === undefined) return twirpError(reply, 400, 'name is required');
  // Names are unique per workflow run, whatever job or attempt created them.
  if (findByName(b, name) || b.conflictNames.includes(name)) {
    return twirpError(reply, 409, CONFLICT_MESSAGE);
  }
  const entry = newEntry(b, name, msg);
  b.entries.push(entry);
  reply(200, { ok: true, signed_upload_url: signedUrl(b, entry) });
}

function finalizeArtifact(b: Backend, msg: TwirpMessage, reply: Reply): void {
  const name = nameField(msg);
  const existing = name === undefined ? undefined : findByName(b, name);
  if (!existing?.committed || existing.finalized) {
    return twirpError(reply, 404, `no uploaded, unfinalized artifact ${String(name)}`);
  }
  const digest = sha256Of(existing.zip);
  // The client reports what it staged and the hash of the stream it read; both must match.
  if (msg.size !== String(existing.zip.length) || msg.hash !== digest) {
    const got = `${String(msg.size)} bytes, ${String(msg.hash)}`;
    return twirpError(reply, 400, `got ${got}; stored ${existing.zip.length} bytes, ${digest}`);
  }
  existing.finalized = true;
  reply(200, { ok: true, artifact_id: String(existing.id) });
}

/**
 * The run's finalized artifacts, optionally only those of one name or id: what getArtifact,
 * listArtifacts and deleteArtifact read (an upload still in flight is not listed).
 */
function listArtifacts(b: Backend, msg: TwirpMessage, reply: Reply): void {
  const name = wrappedString(msg.name_filter);
  const rawId = msg.id_filter;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
  const artifacts = b.entries
    .filter((e) => e.runId === b.runId && e.finalized)
    .filter((e) => name === undefined || e.name === name)
    .filter((e) => id === undefined || String(e.id) === id)
    .map((e) => ({
      workflow_run_backend_id: e.runId,
      workflow_job_run_backend_id: e.jobId,
      // int64 and Timestamp in proto JSON: a decimal string and RFC 3339.
      database_id: String(e.id),
      name: e.name,
      size: String(e.zip.length),
      created_at: e.createdAt.toISOString(),
      digest: sha256Of(e.zip),
    }));
  reply(200, { artifacts });
}

/** Deletes the run's artifact of that name, so the name can be uploaded again. */
function deleteArtifact(b: Backend, msg: TwirpMessage, reply: Reply): void {
  const name = nameField(msg);
  const existing = name === undefined ? undefined : findByName(b, name);
  if (!existing) return twirpError(reply, 404, `artifact ${String(name)} not found`);
  b.entries.splice(b.entries.indexOf(existing), 1);
  reply(200, { ok: true, artifact_id: String(existing.id) });
}

function nameField(msg: TwirpMessage): string | undefined {
  return typeof msg.name === 'string' ? msg.name : undefined;
}

/** A StringValue wrapper: the bare string in proto JSON; `{value}` tolerated too. */
function wrappedString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'value' in value) {
    return typeof value.value === 'string' ? value.value : undefined;
  }
  return undefined;
}

function findByName(b: Backend, name: string): Entry | undefined {
  return b.entries.find((e) => e.runId === b.runId && e.name === name);
}

function sha256Of(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function parseJson(body: Buffer): TwirpMessage {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
}

function newEntry(b: Backend, name: string, msg: TwirpMessage): Entry {
  const expires = typeof msg.expires_at === 'string' ? Date.parse(msg.expires_at) : NaN;
  const entry: Entry = {
    id: ++b.lastId,
    name,
    runId: b.runId,
    jobId: b.jobId,
    // The client sends now + days as a timestamp; rounding recovers the days it was asked for.
    retentionDays: Number.isNaN(expires)
      ? undefined
      : Math.round((expires - Date.now()) / 86_400_000),
    mimeType: typeof msg.mime_type === 'string' ? msg.mime_type : undefined,
    createdAt: new Date(),
    zip: Buffer.alloc(0),
    finalized: false,
    committed: false,
    blocks: new Map(),
    key: randomUUID(),
    sig: randomBytes(16).toString('hex'),
    files: () => unzipFiles(entry.zip),
  };
  return entry;
}
