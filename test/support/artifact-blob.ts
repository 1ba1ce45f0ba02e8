import type { IncomingHttpHeaders } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { Backend, Entry, Reply, Route } from './artifact-service.js';

// The blob-storage half of the fake artifact backend: the Azure block-blob requests
// @azure/storage-blob 12.32 sends to the signed URL CreateArtifact hands out.

const BLOB_PATH = /^\/devstoreaccount1\/actions-results\/([0-9a-f-]{36})\/artifact\.zip$/;

/** An Azure Storage error: XML body plus `x-ms-error-code`, which the SDK surfaces. */
export function blobError(reply: Reply, status: number, code: string): void {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`;
  reply(status, xml, { 'content-type': 'application/xml', 'x-ms-error-code': code });
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
export function signedUrl(b: Backend, entry: Entry): string {
  const expiry = new Date(Date.now() + 3_600_000).toISOString();
  const sas = `sv=2025-11-05&sr=b&sp=cw&se=${encodeURIComponent(expiry)}&sig=${entry.sig}`;
  return `${b.url}/devstoreaccount1/actions-results/${entry.key}/artifact.zip?${sas}`;
}
