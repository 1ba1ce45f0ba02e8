import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blobError, blobRoute } from './artifact-blob.js';
import {
  twirpError,
  twirpRoute,
  type ArtifactRequestKind,
  type Backend,
  type Reply,
  type Route,
  type StoredArtifact,
} from './artifact-service.js';

export {
  CONFLICT_MESSAGE,
  type ArtifactRequestKind,
  type StoredArtifact,
} from './artifact-service.js';

/** One request the client sent, kept so tests can assert on what went over the wire. */
export interface RecordedRequest {
  kind: ArtifactRequestKind;
  method: string;
  /** Path and query, with the SAS `sig` replaced by `***`. */
  url: string;
  headers: IncomingHttpHeaders;
  bodyLength: number;
  artifactName: string | undefined;
  /** The status answered; 0 while the response is still being written. */
  status: number;
}

/** Options for {@link startArtifactServer}. */
export interface ArtifactServerOptions {
  /** Backend ids put in the token's scope; random UUIDs by default, like the real ones. */
  runId?: string;
  jobId?: string;
  /** Names that always answer 409, as if another matrix leg of the same run had taken them. */
  conflictNames?: readonly string[];
  /**
   * Called before each request is served; return an HTTP status to fail it instead. 5xx and 429
   * make the client retry with backoff of seconds (Twirp: 5 attempts from 3 s; Azure: its own
   * policy), so prefer a 4xx unless the retries are what is under test.
   */
  failRequest?: (kind: ArtifactRequestKind, artifactName: string | undefined) => number | undefined;
}

/** A running fake of the Actions results service and the blob storage it signs URLs for. */
export interface ArtifactServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  /**
   * All `@actions/artifact` needs to upload here: merge into process.env, or pass to a child.
   * ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, and GITHUB_SERVER_URL (github.com, because the
   * client refuses to upload when it thinks it runs on GHES).
   */
  env: Record<string, string>;
  /** Every artifact created and not deleted, finalized or not, in creation order. */
  artifacts(): StoredArtifact[];
  /** Every request received so far, in arrival order. */
  requests(): RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Start a loopback HTTP server that speaks the protocol `@actions/artifact` v6 uploads with:
 * Twirp JSON CreateArtifact / FinalizeArtifact, and Azure block-blob Put Block, Put Block List
 * and Put Blob on the signed URL it hands out. Finalize checks the client's size and sha256
 * against the bytes received; a name reused within the run gets GitHub's 409. ListArtifacts
 * (with its name and id filters) and DeleteArtifact serve the client's getArtifact,
 * listArtifacts and deleteArtifact, so a replaced artifact (`overwrite`) can be tested.
 */
export async function startArtifactServer(
  options: ArtifactServerOptions = {},
): Promise<ArtifactServer> {
  const runId = options.runId ?? randomUUID();
  const jobId = options.jobId ?? randomUUID();
  const backend: Backend = {
    runId,
    jobId,
    token: runtimeToken(runId, jobId),
    url: '',
    conflictNames: options.conflictNames ?? [],
    entries: [],
    lastId: 0,
  };
  const requests: RecordedRequest[] = [];

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const target = new URL(req.url ?? '/', backend.url);
    const reply = replier(req, res);
    const route = routeOf(backend, req, target, body, reply);
    if (target.searchParams.has('sig')) target.searchParams.set('sig', '***');
    const record: RecordedRequest = {
      kind: route.kind,
      method: req.method ?? '',
      url: target.pathname + target.search,
      headers: req.headers,
      bodyLength: body.length,
      artifactName: route.name,
      status: 0,
    };
    requests.push(record);
    res.on('finish', () => (record.status = res.statusCode));
    const injected = options.failRequest?.(route.kind, route.name);
    if (injected === undefined) route.run();
    else if (route.kind.startsWith('Put')) blobError(reply, injected, 'InjectedFailure');
    else twirpError(reply, injected, 'injected failure');
  };

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  backend.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: backend.url,
    env: {
      // The client keeps only the origin; a trailing slash is what the runner sets.
      ACTIONS_RESULTS_URL: `${backend.url}/`,
      ACTIONS_RUNTIME_TOKEN: backend.token,
      GITHUB_SERVER_URL: 'https://github.com',
    },
    artifacts: () => [...backend.entries],
    requests: () => [...requests],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Both clients keep connections alive; without this close() waits for their timeout.
        server.closeAllConnections();
      }),
  };
}

/** A JWT-shaped token: the client only decodes the payload (jwt-decode), never the signature. */
function runtimeToken(runId: string, jobId: string): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const scp = `Actions.GenericRead:${runId} Actions.Results:${runId}:${jobId}`;
  const exp = Math.floor(Date.now() / 1000) + 6 * 3600;
  return `${part({ typ: 'JWT', alg: 'none' })}.${part({ scp, exp })}.unsigned`;
}

function routeOf(b: Backend, req: IncomingMessage, target: URL, body: Buffer, reply: Reply): Route {
  const twirp = '/twirp/github.actions.results.api.v1.ArtifactService/';
  if (req.method === 'POST' && target.pathname.startsWith(twirp)) {
    return twirpRoute(b, target.pathname.slice(twirp.length), req.headers, body, reply);
  }
  if (req.method === 'PUT') return blobRoute(b, target, req.headers, body, reply);
  return { kind: 'Unknown', run: () => twirpError(reply, 404, 'no such route') };
}

function replier(req: IncomingMessage, res: ServerResponse): Reply {
  // Azure SDK requests carry x-ms-version; answer them with the headers Storage always sends.
  const version = req.headers['x-ms-version'];
  const azure = version
    ? {
        'x-ms-version': String(version),
        'x-ms-request-id': randomUUID(),
        date: new Date().toUTCString(),
      }
    : {};
  return (status, body, headers = {}) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', ...azure, ...headers }).end(text);
  };
}
