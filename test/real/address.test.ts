// Scenario: a user config that publishes the API server somewhere other than 127.0.0.1. kind then
// leaves 127.0.0.1 out of the serving certificate (it holds localhost and the apiServerAddress),
// and a probe sent to https://127.0.0.1:6443 in the node is refused by TLS: main failed after its
// timeout with "no event for the probe", as if auditing were broken. The probe now uses localhost.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Scenario } from '../integration/harness.js';
import { requireRealParts } from '../support/real-parts.js';
import { kubectl, realJob, workspaceFile } from './harness.js';

const real = await requireRealParts();
const config = (name: string) => readFileSync(new URL(`configs/${name}`, import.meta.url), 'utf8');

describe.skipIf(!real.available)('where the API server is published (real kind)', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await Scenario.start();
  });
  afterAll(() => scenario?.stop());

  // Docker's IPv6 works on this engine (kind's network is created with --ipv6); where an engine
  // has none, kind's create fails before the action's checks and this case says so.
  it.each([
    ['apiServerAddress 0.0.0.0', 'any-address.yaml', 'any'],
    ['an IPv6 cluster on ::1', 'ipv6.yaml', 'v6'],
  ])('%s: main verifies every check', { timeout: 300_000 }, async (_name, file, short) => {
    const cluster = scenario.cluster(short);
    const { job, image } = await realJob(scenario);
    const main = await job.step('main', {
      'cluster-name': cluster,
      'node-image': image,
      config: workspaceFile(job, 'kind.yaml', config(file)),
      'verify-timeout': '30s',
    });
    const node = `${cluster}-control-plane`;
    expect(main.code, main.stdout).toBe(0);
    expect(main.stdout).toContain(`✓ ${node}: audit log live`);
    // And the runner reaches it where the user asked.
    const nodes = await kubectl(main.outputs.kubeconfig ?? '', ['get', 'nodes', '-o', 'name']);
    expect(nodes.stdout.trim(), nodes.stderr).toBe(`node/${node}`);
  });
});
