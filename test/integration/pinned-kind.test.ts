// `up` with no kind on PATH and `kind-version` set: the kind binary comes from a local mirror,
// is checked by SHA-256, cached, and is the kind that creates the cluster. The binary served is a
// wrapper that runs the stand-in kind (test/kind-standin), so the cluster is a real Docker one.
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/process/exec.js';
import { folderKindCache } from '../../src/kind/folder-cache.js';
import { kindAsset } from '../../src/kind/install.js';
import { parseKindVersion } from '../../src/kind/versions.js';
import { up } from '../../src/steps/up/up.js';
import { removeCluster, requireDocker } from '../support/docker.js';
import { ensureNodeImage, KIND_STANDIN } from '../support/node-image.js';
import { recordingLogger } from '../support/recording-logger.js';

const engine = await requireDocker();
const WRAPPER = `#!/bin/sh\nexec "${KIND_STANDIN}" "$@"\n`;
const SUM = createHash('sha256').update(WRAPPER).digest('hex');

describe.skipIf(!engine.available)('a pinned kind, installed from a mirror', () => {
  let server: Server;
  let mirror: string;
  const asked: string[] = [];
  const cluster = `h4-pin-${process.pid}`;
  const saved = { PATH: process.env.PATH, KIND_STANDIN_IMAGE: process.env.KIND_STANDIN_IMAGE };

  beforeAll(async () => {
    const asset = `/v0.32.0/${kindAsset()}`;
    server = createServer((req, res) => {
      asked.push(req.url ?? '');
      if (req.url === asset) return res.end(WRAPPER);
      if (req.url === `${asset}.sha256sum`) return res.end(`${SUM}  ${kindAsset()}\n`);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.KIND_STANDIN_IMAGE = await ensureNodeImage();
    // No kind on PATH: only the folders of node and docker.
    process.env.PATH = (saved.PATH ?? '')
      .split(path.delimiter)
      .filter((dir) => !dir.includes('kind-standin'))
      .join(path.delimiter);
  }, 120_000);

  afterAll(async () => {
    process.env.PATH = saved.PATH;
    if (saved.KIND_STANDIN_IMAGE === undefined) delete process.env.KIND_STANDIN_IMAGE;
    else process.env.KIND_STANDIN_IMAGE = saved.KIND_STANDIN_IMAGE;
    await removeCluster(cluster);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it(
    'creates and verifies the cluster with the downloaded kind',
    { timeout: 120_000 },
    async () => {
      const base = mkdtempSync(path.join(os.tmpdir(), 'kind-audit-h4-pin-'));
      const log = recordingLogger();
      const { state } = await up(
        run,
        log,
        {
          clusterName: cluster,
          policySource: { kind: 'level', level: 'Metadata' },
          policyOptions: {},
          nodeImage: undefined,
          controlPlanes: 1,
          workers: 0,
          wait: '60s',
          verifyTimeoutMs: 30_000,
          kind: { version: parseKindVersion('v0.32.0'), mirror },
        },
        {
          workspace: base,
          claimDir: () => Promise.resolve(base),
          saveState: () => undefined,
          kindPlace: {
            cache: folderKindCache(path.join(base, 'tools')),
            tempDir: path.join(base, 'tmp'),
          },
        },
      );
      expect(asked).toEqual([`/v0.32.0/${kindAsset()}.sha256sum`, `/v0.32.0/${kindAsset()}`]);
      expect(state.controlPlaneNodes).toEqual([`${cluster}-control-plane`]);
      expect(state.verifiedNodes).toEqual([`${cluster}-control-plane`]);
    },
  );
});
