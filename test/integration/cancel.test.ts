// Cancelling main while `kind create` runs: the built main bundle under Node 24, a real Docker
// engine, and the stand-in kind held in its create on purpose (fault slow-create). Real kind
// needs a registry; its run is .github/workflows/e2e.yml.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireDocker } from '../support/docker.js';
import { containersOf, Scenario } from './harness.js';

const engine = await requireDocker();

/** True while a process of that id exists. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!engine.available)('cancelling main during kind create', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await Scenario.start();
  });
  afterAll(() => scenario?.stop());

  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s stops kind create and waits for it before main exits; post collects what was made',
    { timeout: 90_000 },
    async (signal) => {
      const cluster = scenario.cluster(`cancel${signal.toLowerCase()}`);
      const pidFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'kind-pid-')), 'pid');
      const job = await scenario.job({
        fault: 'slow-create',
        env: { KIND_STANDIN_PIDFILE: pidFile },
      });
      const started = Date.now();
      const main = await job.step('main', { 'cluster-name': cluster }, {}, (child) => {
        child.stdout?.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('Starting control-plane')) child.kill(signal);
        });
      });
      // The stand-in would have held create for 600 s: main ended because it stopped kind.
      expect(Date.now() - started).toBeLessThan(60_000);
      expect(main.code).toBe(1);
      expect(main.stdout).toContain(
        `::error::kind-audit was cancelled (${signal}); whatever it had started was stopped`,
      );
      const kindPid = Number(readFileSync(pidFile, 'utf8'));
      expect(kindPid).toBeGreaterThan(0);
      expect(alive(kindPid), 'kind create must be gone when main exits').toBe(false);

      // Nothing goes on building the cluster after main ended.
      const nodes = await containersOf(cluster);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await containersOf(cluster)).toEqual(nodes);

      const post = await job.step('post', {}, main.state);
      expect(post.code, post.stdout).toBe(0);
      expect(post.stdout).toContain(`Collecting audit logs of cluster "${cluster}"`);
      const node = `${cluster}-control-plane`;
      // Main had no time to explain the create it stopped: post shows the diagnostics instead.
      expect(post.stdout).toContain(`::group::Why the cluster did not start: ${node}`);
      expect([...scenario.artifact(`kind-audit-e2e-${cluster}-0`).files().keys()]).toEqual(
        expect.arrayContaining(['kind-config.yaml', `${node}/kube-apiserver.log`]),
      );
    },
  );
});
