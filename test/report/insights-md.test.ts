import { describe, expect, it } from 'vitest';
import type { InsightReport } from '../../src/insight/report.js';
import { Summarizer } from '../../src/logs/summary/summarizer.js';
import { renderSummary } from '../../src/report/summary-md.js';

const offending = Array.from({ length: 20 }, (_, i) => ({
  time: `2026-01-01T00:00:${String(i).padStart(2, '0')}Z`,
  user: `system:serviceaccount:app:op-${i}`,
  verb: 'get',
  uri: `/api/v1/namespaces/app/secrets/s${i}`,
  code: 200,
}));

function report(subjects: number): InsightReport {
  return {
    requests: 1000,
    violations: [
      { name: 'never reads secrets', kind: 'forbid', violated: true, matched: 500, offending },
      { name: 'makes a lease', kind: 'require', violated: false, matched: 3, offending: [] },
    ],
    drift: {
      baseline: 'baseline.tsv',
      added: ['jane\tget\tpods\tapp'],
      gone: ['jane\tdelete\tpods\tapp'],
      addedTotal: 1,
      goneTotal: 1,
      onDrift: 'fail',
    },
    rbac: Array.from({ length: subjects }, (_, i) => ({
      subject: `user-${i}`,
      file: `rbac/user-${i}.yaml`,
      requests: 10,
      permissions: 2,
      unused: i === 0 ? 2 : null,
      unusedFirst: i === 0 ? ['-\tdelete\tnodes', 'app\tget\tsecrets\tdb'] : [],
      denied: i === 0 ? 7 : 0,
      deniedFirst:
        i === 0
          ? [
              {
                time: '2026-01-01T00:00:00Z',
                verb: 'list',
                target: 'secrets',
                namespace: 'app',
                name: '',
                reason: 'RBAC: no rule | allows `list`',
              },
            ]
          : [],
    })),
    rbacDropped: 0,
    baselineLines: 2,
    baselineDropped: 0,
    problems: [],
  };
}

const yaml = (subjects: number) =>
  new Map(
    Array.from({ length: subjects }, (_, i) => [
      `user-${i}`,
      `kind: ClusterRole\nrules:\n${'- apiGroups: [""]\n  resources: [pods]\n  verbs: [get]\n'.repeat(300)}`,
    ]),
  );

describe('the insight sections of summary.md', () => {
  it('show violations with their requests, drift, and each subject’s RBAC folded', () => {
    const page = renderSummary(new Summarizer().result(), {
      insights: { report: report(2), rbacYaml: yaml(2) },
    });
    // A failed gate is unfolded; its verdict is in the headline.
    expect(page).toContain(
      '<details open><summary><strong>Expectations: 1 of 2 violated</strong></summary>',
    );
    expect(page).toMatch(
      /^\| \*\*0\*\* \| 0 \| 0 \| 0 \| ❌ 1 of 2 violated \| ❌ 1 added, 1 gone \|$/m,
    );
    expect(page).toContain('- **violated**: never reads secrets (forbid, 500 matching requests)');
    expect(page).toContain('- holds: makes a lease (require, 3 matching requests)');
    expect(page).toContain('`/api/v1/namespaces/app/secrets/s0`');
    expect(page).toContain('480 more not shown here');
    expect(page).toContain(
      '<details open><summary><strong>Drift from <code>baseline.tsv</code>: 1 added, 1 gone</strong></summary>',
    );
    expect(page).toContain(
      "<details><summary><strong>Least-privilege RBAC: 2 subjects</strong>, in the artifact's <code>rbac/</code></summary>",
    );
    expect(page).toMatch(/<details><summary><code>user-0<\/code>: 2 permissions/);
    expect(page).toContain('# … cut here; rbac/user-0.yaml holds all of it');
    expect(page).toMatch(/<code>user-0<\/code>.*; 2 granted but unused<\/summary>/);
    expect(page).toContain('| `app` | `get` | `secrets` | `db` |');
    expect(page).not.toMatch(/<code>user-1<\/code>.*granted but unused/);
    expect(page).toContain("Denied (403), with the authorizer's reason:");
    // The reason comes from the log: its pipe and backquotes must not break the table.
    expect(page).not.toContain('| RBAC: no rule | allows');
  });

  it('stay within the page budget however many subjects there are', () => {
    const budget = 200_000;
    const page = renderSummary(
      new Summarizer().result(),
      { insights: { report: report(500), rbacYaml: yaml(500) } },
      budget,
    );
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(budget);
    expect(page).toContain('<strong>Expectations: 1 of 2 violated</strong>');
    expect(page).toMatch(/more subjects in the artifact's `rbac\/`/);
  });
});

describe('the verdicts of the gates', () => {
  const page = (changes: Partial<InsightReport>) =>
    renderSummary(new Summarizer().result(), {
      insights: { report: { ...report(0), ...changes }, rbacYaml: new Map() },
    });
  const headline = (md: string) => md.split('\n')[4] ?? '';

  it('folds gates that passed, and says so in the headline', () => {
    const md = page({
      violations: [{ name: 'lease', kind: 'require', violated: false, matched: 3, offending: [] }],
      drift: { ...report(0).drift!, added: [], gone: [], addedTotal: 0, goneTotal: 0 },
    });
    expect(headline(md)).toBe('| **0** | 0 | 0 | 0 | ✅ it holds | ✅ none |');
    expect(md).toContain('<details><summary><strong>Expectations: 0 of 1 violated</strong>');
    expect(md).not.toContain('<details open>');
  });

  it('says when there is nothing to check, and warns of drift that does not fail the job', () => {
    const none = page({ violations: [], drift: null });
    expect(headline(none)).toBe('| **0** | 0 | 0 | 0 | none given | no baseline |');
    const warned = page({ drift: { ...report(0).drift!, onDrift: 'warn' } });
    expect(headline(warned)).toContain('| ⚠️ 1 added, 1 gone |');
  });
});
