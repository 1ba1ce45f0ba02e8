import { describe, expect, it } from 'vitest';
import { failureMessage } from '../../src/action/post.js';

describe('failureMessage', () => {
  const lost =
    'Could not copy the audit logs of kind-control-plane2: the node and its runner folder are gone';
  const gate = 'Expectation "nobody reads secrets" is violated by 1 request(s)';

  it('gives lost logs in full and counts the failed gates, which were annotations already', () => {
    expect(failureMessage([lost], [gate])).toBe(
      `${lost}\n1 expectation or drift check failed: see the annotations above and the job summary.`,
    );
    expect(failureMessage([], [gate, `${gate}!`])).toBe(
      '2 expectation or drift checks failed: see the annotations above and the job summary.',
    );
  });

  it('gives nothing when nothing failed', () => {
    expect(failureMessage([], [])).toBeUndefined();
  });
});
