import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainThenPost, Scenario } from '../integration/harness.js';
import { realKindEnv, realNodeImage, requireRealParts } from '../support/real-parts.js';

const real = await requireRealParts();

describe.skipIf(!real.available)('the guide defaults on real Kubernetes', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await Scenario.start();
  });
  afterAll(() => scenario?.stop());

  it('main verifies through the real API server and post collects its log', { timeout: 300_000 }, async () => {
    const image = await realNodeImage('1.36.3');
    const cluster = scenario.cluster('guide');
    const job = await scenario.job({ env: { PATH: realKindEnv('0.33.0').PATH ?? '' } });
    const { main, post } = await mainThenPost(job, { 'cluster-name': cluster, 'node-image': image });
    console.log(main.stdout);
    console.log(post.stdout);
    expect(main.code).toBe(0);
    expect(post.code).toBe(0);
  });
});
