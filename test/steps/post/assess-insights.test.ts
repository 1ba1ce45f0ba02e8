import { describe, expect, it } from 'vitest';
import type { ExpectationResult } from '../../../src/insight/expect/index.js';
import type { InsightReport } from '../../../src/insight/report.js';
import type { RunState } from '../../../src/state/run-state.js';
import { assessInsights, violationAnnotations } from '../../../src/steps/post/assess.js';
import { runStateIn } from '../../support/run-state.js';

const NODE = 'kind-control-plane';

function state(over: Partial<RunState> = {}): RunState {
  return runStateIn('/tmp/x', {
    controlPlaneNodes: [NODE],
    verifiedNodes: [NODE],
    insights: {
      rbac: true,
      rbacFor: [],
      expectPath: '/tmp/x/expect.yaml',
      baselinePath: '',
      onDrift: 'warn',
      foldNamespaces: '',
    },
    ...over,
  });
}

const holds = (name: string, kind: 'forbid' | 'require'): ExpectationResult => ({
  name,
  kind,
  violated: false,
  matched: kind === 'require' ? 1 : 0,
  offending: [],
});

function report(over: Partial<InsightReport> = {}): InsightReport {
  return {
    requests: 10,
    violations: [holds('fine', 'forbid')],
    drift: null,
    rbac: [],
    rbacDropped: 0,
    baselineLines: 3,
    baselineDropped: 0,
    problems: [],
    ...over,
  };
}

const brokenForbid: ExpectationResult = {
  name: 'no secrets',
  kind: 'forbid',
  violated: true,
  matched: 3,
  offending: [
    {
      time: '2026-01-01T00:00:00Z',
      user: 'system:serviceaccount:app:op',
      verb: 'get',
      uri: '/api/v1/namespaces/app/secrets/db',
      code: 200,
    },
  ],
};
const brokenRequire: ExpectationResult = {
  name: 'creates a lease',
  kind: 'require',
  violated: true,
  matched: 0,
  offending: [],
};

const drift = (onDrift: string) => ({
  baseline: 'baseline.tsv',
  added: ['a\tget\tpods\tx'],
  gone: [],
  addedTotal: 1,
  goneTotal: 0,
  onDrift,
});

describe('assessInsights', () => {
  it('passes when every expectation holds and nothing drifted', () => {
    expect(
      assessInsights(state(), report({ drift: { ...drift('fail'), added: [], addedTotal: 0 } })),
    ).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('fails a violated forbid, naming it and the first offending request', () => {
    const { errors } = assessInsights(state(), report({ violations: [brokenForbid] }));
    expect(errors).toEqual([
      'Expectation "no secrets" is violated by 3 requests, the first at "2026-01-01T00:00:00Z": "system:serviceaccount:app:op" "get" "/api/v1/namespaces/app/secrets/db" → 200.',
    ]);
  });

  it('fails a violated require; on a log main could not prove live, as unchecked', () => {
    expect(assessInsights(state(), report({ violations: [brokenRequire] })).errors).toEqual([
      'Expectation "creates a lease" is violated: it requires a request that never happened.',
    ]);
    const unproven = assessInsights(
      state({ verifiedNodes: [] }),
      report({ violations: [brokenRequire] }),
    ).errors;
    expect(unproven).toHaveLength(1);
    expect(unproven[0]).toMatch(
      /"creates a lease" could not be checked: .*could not prove the audit log live/,
    );
  });

  it('makes drift a warning, or an error with on-drift: fail', () => {
    const warned = assessInsights(state(), report({ drift: drift('warn') }));
    expect(warned.errors).toEqual([]);
    expect(warned.warnings[0]).toMatch(/drifted from baseline.tsv: 1 added, 0 gone/);
    const failed = assessInsights(state(), report({ drift: drift('fail') }));
    expect(failed.errors[0]).toMatch(/drifted from baseline.tsv: 1 added, 0 gone/);
  });

  it('fails when expectations were given but could not be read in post', () => {
    expect(assessInsights(state(), report({ violations: [] })).errors).toEqual([
      'The expectations could not be checked: post could not read them.',
    ]);
  });

  it('annotates the first few violations and says how many more', () => {
    const errors = Array.from({ length: 8 }, (_, i) => `violation ${i}`);
    expect(violationAnnotations(errors)).toEqual([
      'violation 0',
      'violation 1',
      'violation 2',
      'violation 3',
      'violation 4',
      '… and 3 more; see the job summary.',
    ]);
    expect(violationAnnotations(errors.slice(0, 2))).toEqual(['violation 0', 'violation 1']);
  });
});
