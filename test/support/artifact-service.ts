import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { unzipFiles } from './zip.js';

// The protocol half of the fake artifact backend (the HTTP half is artifact-server.ts): what
// @actions/artifact 6.2.1 sends, read from lib/internal/upload/*.js and @azure/storage-blob 12.32.

/** GitHub's words for a reused name, so tests see the error users see (FACTS.md §5). */
export const CONFLICT_MESSAGE = 'an artifact with this name already exists on the workflow run';

/** What a request to the fake backend was, as the protocol names it. */
export type ArtifactRequestKind =
  'CreateArtifact' | 'FinalizeArtifact' | 'PutBlock' | 'PutBlockList' | 'PutBlob' | 'Unknown';

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
  entries: Entry[];
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
const BLOB_PATH = /^\/devstoreaccount1\/actions-results\/([0-9a-f-]{36})\/artifact\.zip$/;

/** A Twirp error; the client shows `(<status>) <statusText>: <msg>`. */
export function twirpError(reply: Reply, status: number, msg: string): void {
  reply(status, { code: TWIRP_CODES[status] ?? 'unknown', msg });
}

/** An Azure Storage error: XML body plus `x-ms-error-code`, which the SDK surfaces. */
export function blobError(reply: Reply, status: number, code: string): void {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`;
  reply(status, xml, { 'content-type': 'application/xml', 'x-ms-error-code': code });
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
  const name = typeof msg.name === 'string' ? msg.name : undefined;
  const kind = method === 'CreateArtifact' || method === 'FinalizeArtifact' ? method : 'Unknown';
  const run = (): void => {
    if (kind === 'Unknown' || name === undefined) {
      return twirpError(reply, 404, `no route ${method}`);
    }
    if (msg.workflow_run_backend_id !== b.runId || msg.workflow_job_run_backend_id !== b.jobId) {
      return twirpError(reply, 403, 'backend ids do not match the token');
    }
    // Names are unique per workflow run, whatever job or attempt created them.
    const existing = b.entries.find((e) => e.runId === b.runId && e.name === name);
    if (kind === 'CreateArtifact') {
      if (existing || b.conflictNames.includes(name)) {
        return twirpError(reply, 409, CONFLICT_MESSAGE);
      }
      const entry = newEntry(b, name, msg);
      b.entries.push(entry);
      return reply(200, { ok: true, signed_upload_url: signedUrl(b, entry) });
    }
    if (!existing?.committed || existing.finalized) {
      return twirpError(reply, 404, `no uploaded, unfinalized artifact ${name}`);
    }
    const digest = `sha256:${createHash('sha256').update(existing.zip).digest('hex')}`;
    // The client reports what it staged and the hash of the stream it read; both must match.
    if (msg.size !== String(existing.zip.length) || msg.hash !== digest) {
      const got = `${String(msg.size)} bytes, ${String(msg.hash)}`;
      return twirpError(reply, 400, `got ${got}; stored ${existing.zip.length} bytes, ${digest}`);
    }
    existing.finalized = true;
    reply(200, { ok: true, artifact_id: String(existing.id) });
  };
  return { kind, ...(name === undefined ? {} : { name }), run };
}

/** `PUT` on the signed URL: Put Block, Put Block List, or a single Put Blob. */
export function blobRoute(
  b: Backend,
  target: URL,
  headers: IncomingHttpHeaders,
  body: Buffer,
  reply: Reply,
): Route {
  const key = BLOB_PATH.exec(target.pathname)?.[1];
  const entry = b.entries.find((e) => e.key === key);
  if (!entry || target.searchParams.get('sig') !== entry.sig) {
    return { kind: 'Unknown', run: () => blobError(reply, 403, 'AuthenticationFailed') };
  }
  const { name } = entry;
  const created = (extra: Record<string, string> = {}): void =>
    reply(201, '', { 'x-ms-request-server-encrypted': 'true', ...extra });
  const commit = (zip: Buffer): void => {
    entry.zip = zip;
    entry.committed = true;
    entry.blocks.clear(); // as Azure drops uncommitted blocks on commit
    created({
      etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
      'last-modified': new Date().toUTCString(),
    });
  };
  const comp = target.searchParams.get('comp');
  if (comp === 'block') {
    const id = target.searchParams.get('blockid');
    // Blocks arrive concurrently and out of order; only the block list fixes their order.
    const run = (): void => {
      if (!id) return blobError(reply, 400, 'InvalidQueryParameterValue');
      entry.blocks.set(id, body);
      created();
    };
    return { kind: 'PutBlock', name, run };
  }
  if (comp === 'blocklist') {
    const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted)>([^<]*)</g)];
    const parts = ids.map((m) => entry.blocks.get(m[1] ?? ''));
    const run = (): void =>
      parts.every((p): p is Buffer => p !== undefined)
        ? commit(Buffer.concat(parts))
        : blobError(reply, 400, 'InvalidBlockList');
    return { kind: 'PutBlockList', name, run };
  }
  if (comp === null && headers['x-ms-blob-type'] === 'BlockBlob') {
    return { kind: 'PutBlob', name, run: () => commit(body) };
  }
  return { kind: 'Unknown', name, run: () => blobError(reply, 400, 'UnsupportedQueryParameter') };
}

/** An Azurite-style URL (account in the path, as for IP hosts) with a SAS query like GitHub's. */
function signedUrl(b: Backend, entry: Entry): string {
  const expiry = new Date(Date.now() + 3_600_000).toISOString();
  const sas = `sv=2025-11-05&sr=b&sp=cw&se=${encodeURIComponent(expiry)}&sig=${entry.sig}`;
  return `${b.url}/devstoreaccount1/actions-results/${entry.key}/artifact.zip?${sas}`;
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
    id: b.entries.length + 1,
    name,
    runId: b.runId,
    jobId: b.jobId,
    // The client sends now + days as a timestamp; rounding recovers the days it was asked for.
    retentionDays: Number.isNaN(expires)
      ? undefined
      : Math.round((expires - Date.now()) / 86_400_000),
    mimeType: typeof msg.mime_type === 'string' ? msg.mime_type : undefined,
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
