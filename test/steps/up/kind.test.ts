import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Runner } from '../../../src/process/exec.js';
import { KindCompatibilityError } from '../../../src/kind/compatibility.js';
import { folderKindCache } from '../../../src/kind/folder-cache.js';
import { kindAsset } from '../../../src/kind/install.js';
import { PINNED_KIND_VERSION, parseKindVersion } from '../../../src/kind/versions.js';
import { PolicyError } from '../../../src/policy/load.js';
import { chooseKind } from '../../../src/steps/up/kind.js';
import { up, type ClusterOptions } from '../../../src/steps/up/up.js';
import { fakeRunner } from '../../support/fake-runner.js';
import { recordingLogger } from '../../support/recording-logger.js';

const BINARY = '#!/bin/sh\necho "kind v0.33.0 go1.26.3 linux/amd64"\n';
const SUM = createHash('sha256').update(BINARY).digest('hex');

// A mirror of the pinned release for this machine's platform; `asked` records every request.
let server: Server;
let mirror: string;
const asked: string[] = [];
beforeAll(async () => {
  const asset = `/v${PINNED_KIND_VERSION}/${kindAsset()}`;
  server = createServer((req, res) => {
    asked.push(req.url ?? '');
    if (req.url === asset) return res.end(BINARY);
    if (req.url === `${asset}.sha256sum`) return res.end(`${SUM}  ${kindAsset()}\n`);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function place() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kind-audit-h4-steps-'));
  return { cache: folderKindCache(path.join(dir, 'tools')), tempDir: path.join(dir, 'tmp') };
}

/** A runner with no kind on PATH: spawning it fails as Node's spawn does. */
const noKind: Runner = (cmd, args, opts) =>
  cmd === 'kind'
    ? Promise.reject(
        new Error('`kind` was not found on PATH', {
          cause: Object.assign(new Error(), { code: 'ENOENT' }),
        }),
      )
    : run(cmd, args, opts);

describe('chooseKind', () => {
  it('uses the kind on PATH, with its version, and downloads nothing', async () => {
    asked.length = 0;
    const run = fakeRunner([
      {
        prefix: ['kind', 'version'],
        answer: () => ({ stdout: 'kind v0.31.0 go1.23 linux/amd64\n' }),
      },
    ]);
    const kind = await chooseKind(
      run,
      recordingLogger(),
      { version: undefined, mirror },
      {},
      place(),
    );
    expect(kind).toMatchObject({ command: 'kind', version: { text: '0.31.0' } });
    expect(kind.kubernetesVersion.minor).toBe(35);
    expect(asked).toEqual([]);
  });

  it('installs the pinned kind when there is none on PATH, and runs it for every kind command', async () => {
    const log = recordingLogger();
    const kind = await chooseKind(noKind, log, { version: undefined, mirror }, {}, place());
    expect(kind.command).toMatch(/tools\/kind\/0\.33\.0\/\w+\/kind$/);
    expect(log.lines).toContainEqual([
      'info',
      'No kind on PATH: installing the pinned kind v0.33.0.',
    ]);
    const { stdout } = await kind.run('kind', ['version']);
    expect(stdout).toBe('kind v0.33.0 go1.26.3 linux/amd64\n');
    // Its default image is Kubernetes 1.37, for which kind writes kubeadm v1beta4.
    expect(kind.kubernetesVersion.text).toBe('1.37.0');
    expect(kind.kubeadmApi).toBe('v1beta4');
  });

  it('warns about a kind it does not know, and checks the policy as node-image is', async () => {
    const run = fakeRunner([
      {
        prefix: ['kind', 'version'],
        answer: () => ({ stdout: 'kind v0.34.0 go1.27 linux/amd64\n' }),
      },
    ]);
    const log = recordingLogger();
    const images = { nodeImage: 'kindest/node:v1.35.8' };
    const kind = await chooseKind(run, log, { version: undefined, mirror }, images, place());
    expect(kind.kubernetesVersion.text).toBe('1.35.8');
    expect(kind.kubeadmApi).toBe('v1beta3');
    expect(log.lines.filter(([level]) => level === 'warning')).toEqual([
      [
        'warning',
        expect.stringMatching(/^kind v0\.34\.0 is not a release kind-audit knows/),
        { title: 'kind-audit: kind version' },
      ],
    ]);
  });

  it('refuses kind 0.31 with a 1.37 image before downloading anything', async () => {
    asked.length = 0;
    const settings = { version: parseKindVersion('0.31.0'), mirror };
    const images = { nodeImage: 'kindest/node:v1.37.0' };
    const error = await chooseKind(noKind, recordingLogger(), settings, images, place()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KindCompatibilityError);
    // 0.31.0 is not on this mirror: a download would have been a 404 instead.
    expect(asked.filter((url) => url.includes('v0.31.0'))).toEqual([]);
  });

  it('notices an image whose tag names no version', async () => {
    const log = recordingLogger();
    const run = fakeRunner([
      {
        prefix: ['kind', 'version'],
        answer: () => ({ stdout: 'kind v0.32.0 go1.24 linux/amd64\n' }),
      },
    ]);
    await chooseKind(run, log, { version: undefined, mirror }, { nodeImage: 'n:latest' }, place());
    expect(
      log.lines.some(
        ([level, m]) => level === 'notice' && m.includes('names no Kubernetes version'),
      ),
    ).toBe(true);
  });
});

describe('up checks the policy against the node image', () => {
  const options: ClusterOptions = {
    clusterName: 'h4',
    policySource: {
      kind: 'inline',
      input: 'policy',
      text: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n  resources:\n  - group: "*"\n',
    },
    policyOptions: {},
    nodeImage: 'kindest/node:v1.35.0',
    controlPlanes: 1,
    workers: 0,
    wait: '120s',
    verifyTimeoutMs: 300,
    kind: { version: undefined, mirror },
  };

  it('refuses group "*" for a 1.35 image before kind creates anything', async () => {
    const run = fakeRunner([
      { prefix: ['docker', 'info'], answer: () => ({ stdout: '29.0.1\n' }) },
      {
        prefix: ['kind', 'version'],
        answer: () => ({ stdout: 'kind v0.32.0 go1.24 linux/amd64\n' }),
      },
      { prefix: ['kind', 'get', 'clusters'], answer: () => ({}) },
    ]);
    const error = await up(run, recordingLogger(), options, {
      workspace: os.tmpdir(),
      claimDir: () => Promise.reject(new Error('nothing may be written')),
      saveState: () => undefined,
      kindPlace: place(),
      runner: { platform: 'linux', dockerHost: undefined },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as Error).message).toContain('rules[0].resources.group: Invalid value: "*"');
    expect(run.calls.map((c) => c.slice(0, 2).join(' '))).toEqual(['docker info', 'kind version']);
  });
});
