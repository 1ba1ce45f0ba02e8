import { describe, expect, it } from 'vitest';
import { defaultArtifactName } from '../../src/artifact/name.js';

describe('defaultArtifactName', () => {
  it.each([
    [{ job: 'e2e', jobIndex: '0', runAttempt: '1' }, 'kind', 'kind-audit-e2e-kind-0'],
    [{ job: 'e2e', jobIndex: '2', runAttempt: '1' }, 'kind', 'kind-audit-e2e-kind-2'],
    [{ job: 'e2e', jobIndex: undefined, runAttempt: undefined }, 'dev', 'kind-audit-e2e-dev'],
    [{ job: 'e2e', jobIndex: '0', runAttempt: '3' }, 'kind', 'kind-audit-e2e-kind-0-attempt3'],
    [{ job: undefined, jobIndex: undefined, runAttempt: undefined }, 'kind', 'kind-audit-kind'],
    [{ job: 'a/b:c', jobIndex: '1', runAttempt: '1' }, 'kind', 'kind-audit-a_b_c-kind-1'],
  ])('%j with cluster %s → %s', (id, cluster, expected) => {
    expect(defaultArtifactName(cluster, id)).toBe(expected);
  });

  it('gives two legs of one matrix different names', () => {
    const leg = (jobIndex: string) =>
      defaultArtifactName('kind', { job: 'test', jobIndex, runAttempt: '1' });
    expect(leg('0')).not.toBe(leg('1'));
  });
});
