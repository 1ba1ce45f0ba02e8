import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { folderKindCache } from '../../src/kind/folder-cache.js';
import {
  installKind,
  kindAsset,
  kindAssetUrl,
  KindInstallError,
  parseSha256Sum,
  type KindCache,
} from '../../src/kind/install.js';
import { toolCacheKindCache } from '../../src/kind/tool-cache.js';
import { parseKindVersion, type KindVersion } from '../../src/kind/versions.js';

// A stand-in for the kind binary: a shell script that answers `kind version` as kind does.
const BINARY = '#!/bin/sh\necho "kind v0.32.0 go1.24.4 linux/amd64"\n';
const SUM = createHash('sha256').update(BINARY).digest('hex');
const OTHER_SUM = 'f'.repeat(64);
const ASSET = '/v0.32.0/kind-linux-amd64';

const v0320 = parseKindVersion('v0.32.0') as KindVersion;
const quiet = { info: () => undefined, debug: () => undefined };

/** Each mirror (the first path segment) misbehaves in its own way; `requests` counts what was asked. */
let server: Server;
let base: string;
const requests: string[] = [];

function serve(res: ServerResponse, body: string): void {
  res.writeHead(200, { 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    const [, mirror = '', ...rest] = url.split('/');
    const file = `/${rest.join('/')}`;
    if (mirror === 'good' && file === ASSET) return serve(res, BINARY);
    if (mirror === 'good' && file === `${ASSET}.sha256sum`)
      return serve(res, `${SUM}  kind-linux-amd64\n`);
    if (mirror === 'wrongsum' && file === ASSET) return serve(res, BINARY);
    if (mirror === 'wrongsum' && file === `${ASSET}.sha256sum`)
      return serve(res, `${OTHER_SUM}  kind-linux-amd64\n`);
    if (mirror === 'slow' && file === `${ASSET}.sha256sum`)
      return serve(res, `${SUM}  kind-linux-amd64\n`);
    if (mirror === 'slow' && file === ASSET) {
      // Headers and a first chunk, then nothing: a mirror that stalls mid-download.
      res.writeHead(200, { 'content-length': 1_000_000 });
      res.write('#!/bin/sh\n');
      return;
    }
    // Accepts the connection and never answers, not even with headers.
    if (mirror === 'silent') return;
    if (mirror === 'cut' && file === `${ASSET}.sha256sum`)
      return serve(res, `${SUM}  kind-linux-amd64\n`);
    if (mirror === 'cut' && file === ASSET) {
      res.writeHead(200, { 'content-length': 1_000_000 });
      res.write('x'.repeat(1000), () => res.socket?.destroy());
      return;
    }
    res.writeHead(404).end('Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let dir: string;
let cache: KindCache;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kind-audit-h4-install-'));
  cache = folderKindCache(path.join(dir, 'cache'));
  requests.length = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function install(mirror: string, extra: { timeoutMs?: number; cache?: KindCache } = {}) {
  return installKind({
    version: v0320,
    mirror: `${base}/${mirror}/`,
    cache: extra.cache ?? cache,
    tempDir: path.join(dir, 'tmp'),
    log: quiet,
    platform: 'linux',
    arch: 'x64',
    ...(extra.timeoutMs ? { timeoutMs: extra.timeoutMs } : {}),
  });
}

async function leftovers(): Promise<string[]> {
  return readdir(path.join(dir, 'tmp')).catch(() => []);
}

describe('installKind from a mirror', () => {
  it('installs a binary whose checksum matches, and it runs', async () => {
    const kind = await install('good');
    const { stdout } = await promisify(execFile)(kind, ['version']);
    expect(stdout).toBe('kind v0.32.0 go1.24.4 linux/amd64\n');
    expect(requests).toEqual([`/good${ASSET}.sha256sum`, `/good${ASSET}`]);
    expect(await leftovers()).toEqual([]);
  });

  it('takes a cached binary without asking the mirror again', async () => {
    const first = await install('good');
    requests.length = 0;
    expect(await install('good')).toBe(first);
    expect(requests).toEqual([]);
  });

  it('refuses a binary whose checksum does not match, naming both sums and the URL', async () => {
    const error = await install('wrongsum').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KindInstallError);
    const message = (error as Error).message;
    expect(message).toContain(SUM);
    expect(message).toContain(OTHER_SUM);
    expect(message).toContain(`${base}/wrongsum${ASSET}`);
    expect(cache.find('0.32.0', 'amd64')).toBeUndefined();
    expect(await leftovers()).toEqual([]);
  });

  it('says which URL answered 404 and what to check', async () => {
    const error = await install('nowhere').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KindInstallError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `${base}/nowhere${ASSET}\\.sha256sum failed: the server answered HTTP 404.*kind-version.*kind-mirror`,
      ),
    );
  });

  it('gives up on a mirror that stalls, within the timeout', async () => {
    const started = Date.now();
    const error = await install('slow', { timeoutMs: 500 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(5000);
    expect((error as Error).message).toMatch(
      /kind-linux-amd64 failed: it did not complete within 0\.5s/,
    );
    expect(cache.find('0.32.0', 'amd64')).toBeUndefined();
    expect(await leftovers()).toEqual([]);
  });

  it('gives up on a mirror that never answers, within the timeout', async () => {
    const started = Date.now();
    const error = await install('silent', { timeoutMs: 500 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error).toBeInstanceOf(KindInstallError);
    expect((error as Error).message).toContain(`${base}/silent${ASSET}.sha256sum failed`);
  });

  it('refuses a download cut off mid-body', async () => {
    const error = await install('cut').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KindInstallError);
    expect((error as Error).message).toContain(
      `${base}/cut${ASSET} failed: the connection closed after 1000 of 1000000 bytes`,
    );
    expect(cache.find('0.32.0', 'amd64')).toBeUndefined();
    expect(await leftovers()).toEqual([]);
  });

  it('caches into RUNNER_TOOL_CACHE through @actions/tool-cache', async () => {
    const saved = process.env.RUNNER_TOOL_CACHE;
    process.env.RUNNER_TOOL_CACHE = path.join(dir, 'toolcache');
    try {
      const kind = await install('good', { cache: toolCacheKindCache });
      expect(kind).toBe(path.join(dir, 'toolcache', 'kind', '0.32.0', 'amd64', 'kind'));
      const { stdout } = await promisify(execFile)(kind, ['version']);
      expect(stdout).toContain('kind v0.32.0');
      expect(toolCacheKindCache.find('0.32.0', 'amd64')).toBe(kind);
    } finally {
      if (saved === undefined) delete process.env.RUNNER_TOOL_CACHE;
      else process.env.RUNNER_TOOL_CACHE = saved;
    }
  });
});

describe('kind release assets', () => {
  it.each([
    ['linux', 'x64', 'kind-linux-amd64'],
    ['linux', 'arm64', 'kind-linux-arm64'],
    ['darwin', 'arm64', 'kind-darwin-arm64'],
    ['win32', 'x64', 'kind-windows-amd64'],
  ])('%s/%s downloads %s', (platform, arch, asset) => {
    expect(kindAsset(platform, arch)).toBe(asset);
  });

  it('refuses a platform kind publishes nothing for', () => {
    expect(() => kindAsset('linux', 'ppc64')).toThrow(/no binary for linux\/ppc64/);
  });

  it('builds URLs like GitHub release downloads, with or without a trailing slash', () => {
    expect(kindAssetUrl('https://m.example/kind/', v0320, 'kind-linux-amd64')).toBe(
      'https://m.example/kind/v0.32.0/kind-linux-amd64',
    );
  });

  it.each([
    [`${SUM}  kind-linux-amd64\n`, SUM],
    [SUM.toUpperCase(), SUM],
    ['<html>not found</html>', undefined],
    ['abc  kind-linux-amd64', undefined],
  ])('reads the sum out of %j', (text, sum) => {
    expect(parseSha256Sum(text)).toBe(sum);
  });
});
