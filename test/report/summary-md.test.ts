import { describe, expect, it } from 'vitest';
import { Summarizer } from '../../src/logs/summary/summarizer.js';
import type { Summary } from '../../src/logs/summary/shape.js';
import { DEFAULT_BUDGET } from '../../src/report/budget.js';
import { artifactUrl, count } from '../../src/report/format.js';
import { renderSummary } from '../../src/report/summary-md.js';
import { alignmentProblems, cells, outsideCode, tableProblems } from './markdown-check.js';

const HOSTILE = [
  'evil|<script>alert(1)</script>',
  '\n# Heading',
  '[click](https://evil.example)',
  '**bold** _em_ ~~s~~',
  'back\\|slash',
  '``tick` `',
  '<img src=x onerror=alert(1)>',
];
/** Of the 200 requests below, those answered 500 (every fifth, unless a 403 came first). */
const SERVER_ERRORS = Array.from({ length: 200 }, (_, i) => i).filter(
  (i) => i % 3 !== 0 && i % 5 === 0,
).length;
const PLANTED = ['<script', '# Heading', '](https://evil', '**bold**', '<img', 'onerror'];

function event(i: number, over: Record<string, unknown> = {}): string {
  const hostile = HOSTILE[i % HOSTILE.length] ?? '';
  return JSON.stringify({
    auditID: `id${i}`,
    stage: 'ResponseComplete',
    verb: `get${hostile}`,
    user: { username: `user ${hostile}` },
    userAgent: hostile,
    objectRef: { resource: `pods${hostile}`, namespace: hostile, name: hostile },
    responseStatus: { code: i % 3 === 0 ? 403 : i % 5 === 0 ? 500 : 200, message: hostile },
    annotations: {
      'authorization.k8s.io/reason': hostile,
      'k8s.io/deprecated': 'true',
      'apiserver.latency.k8s.io/total': `${i}ms`,
    },
    stageTimestamp: new Date(Date.UTC(2026, 10, 27, 10, 0) + i * 1000).toISOString(),
    ...over,
  });
}

function summaryOf(n: number, node = 'kind-control-plane'): Summary {
  const s = new Summarizer();
  for (let i = 0; i < n; i++)
    s.add(event(i), i % 2 ? node : `${node}2 ${HOSTILE[i % HOSTILE.length]}`);
  s.addFile(node, 123_456_789);
  return s.result();
}

describe('the table checker', () => {
  it('splits cells as GFM does, honouring paired backslashes', () => {
    expect(cells('| a | b\\|c | d |')).toHaveLength(3);
    expect(cells('| x | a\\\\| b |')).toHaveLength(3);
    expect(cells('| x | a\\| b |')).toHaveLength(2);
    expect(tableProblems('| a | b |\n| --- | --- |\n| 1 | 2 | 3 |')).toHaveLength(1);
  });
});

describe('renderSummary', () => {
  const page = renderSummary(summaryOf(200), {
    clusterName: 'kind',
    policyOrigin: 'preset recommended',
    artifactUrl: 'https://github.com/o/r/actions/runs/7/artifacts/9',
  });

  it('keeps every table well formed whatever the log holds', () => {
    expect(page).toContain('| node |');
    expect(tableProblems(page)).toEqual([]);
  });

  it('aligns text columns left and figures right, in every table of the page', () => {
    expect(alignmentProblems(page)).toEqual([]);
    // The checker itself: a right-aligned text column and a left-aligned count are both wrong.
    expect(
      alignmentProblems('| a | b | c |\n| ---: | :--- | --- |\n| `x` | 1,234 | `y` |'),
    ).toEqual([
      'line 1: column "a" is right-aligned, want left',
      'line 1: column "b" is left-aligned, want right',
      'line 1: column "c" is unset-aligned, want left',
    ]);
  });

  it('reads at a glance: headline, the top rows, then everything long folded', () => {
    const s = summaryOf(200);
    const lines = page.split('\n');
    // 1. The headline: requests, subjects, denied, 5xx.
    expect(lines.slice(0, 5)).toEqual([
      '## Kubernetes audit log',
      '',
      '| requests | subjects | denied (403) | server errors (5xx) |',
      '| ---: | ---: | ---: | ---: |',
      `| **200** | ${s.whoDidWhatSubjects} | 67 | ${SERVER_ERRORS} |`,
    ]);
    // 2. The first rows of by-verb, by-user, by-resource and by-code, side by side.
    const top = page.indexOf('### Most requests');
    expect(page.slice(top)).toMatch(
      /^### Most requests\n\n\| verb \| requests \| user \| requests \| resource \| requests \| code \| requests \|\n(\|.*\|\n){6}\n/,
    );
    expect(page.slice(top)).toContain(`| \`200\` | ${count(s.byCode['200'] ?? 0)} |`);
    // 3. Then the long lists, each folded, with its count in its title.
    const folds = [...page.matchAll(/^<details><summary><strong>([^<]*)<\/strong>/gm)].map(
      (m) => m[1],
    );
    expect(folds).toEqual([
      'Denied (403): 67',
      `Server errors (5xx): ${SERVER_ERRORS}`,
      'Slowest requests: 199 ms the slowest',
      'Deprecated APIs called: 200',
      'Requests over time',
      `Who did what: ${s.whoDidWhatSubjects} subjects besides Kubernetes' own components`,
      'All counts: by verb, resource, user, namespace, response code and user agent',
    ]);
    expect(page.indexOf('### Per node')).toBeLessThan(page.indexOf('<details>'));
    expect(top).toBeLessThan(page.indexOf('### Per node'));
  });

  it('leaves no text from the log outside code: no HTML, link, heading or emphasis it planted', () => {
    const bare = outsideCode(page);
    for (const planted of PLANTED) expect(bare).not.toContain(planted);
    expect(page.split('\n').some((l) => l.startsWith('# Heading'))).toBe(false);
    // The hostile strings are shown, as code, rather than dropped.
    expect(page).toContain('`user evil\\|<script>alert(1)</script>`');
  });

  it('shows the sections a user came for, with the artifact link and the policy', () => {
    for (const heading of ['Most requests', 'Per node']) expect(page).toContain(`### ${heading}`);
    for (const heading of [
      'By verb',
      'By resource',
      'By user',
      'By namespace',
      'By response code',
      'By user agent',
    ])
      expect(page).toContain(`#### ${heading}`);
    expect(page).toContain(
      '[Download the artifact](https://github.com/o/r/actions/runs/7/artifacts/9)',
    );
    expect(page).toContain('policy: preset recommended');
    expect(page).toMatch(/<details><summary><code>user evil\|&#60;script&#62;/);
  });

  it('writes numbers with thousands separators', () => {
    const s = summaryOf(3);
    expect(renderSummary({ ...s, requests: 1_234_567, byVerb: { get: 7_654_321 } })).toMatch(
      /\| \*\*1,234,567\*\* \|[\s\S]*7,654,321/,
    );
    expect(renderSummary(s)).toContain('117.7 MiB');
  });

  it('draws requests over time in Mermaid, from numbers only, with the same figures in a table', () => {
    const s = summaryOf(200);
    const md = renderSummary(s);
    const chart = /```mermaid\n([\s\S]*?)```/.exec(md)?.[1] ?? '';
    expect(chart).toContain('xychart-beta');
    for (const planted of PLANTED) expect(chart).not.toContain(planted);
    const series = Object.values(s.timeline.nodes);
    expect(series.length).toBe(8);
    for (const line of series) expect(chart).toContain(`line [${line.join(', ')}]`);
    // Every line has a colour of its own, set explicitly: Mermaid's default palette draws the
    // second line nearly invisible.
    const palette = /"plotColorPalette": "([^"]*)"/.exec(chart)?.[1]?.split(', ') ?? [];
    expect(new Set(palette).size).toBe(series.length);
    expect(chart.indexOf('%%{init:')).toBeLessThan(chart.indexOf('xychart-beta'));
    // A numeric time axis: Mermaid picks a few ticks instead of a smear of 60 labels.
    expect(chart).toContain('  x-axis "minutes since 2026-11-27 10:00 UTC" 0 --> 3');
    expect(md).toMatch(/\nLines: `[^\n]+` blue, `[^\n]+` orange, `[^\n]+` green, /);
    expect(md).toMatch(/\| 10:00 \| \d+ \| \d+ \|/);
  });

  it('stays within the budget, cutting tables in steps and saying so', () => {
    const huge = summaryOf(3000);
    const full = renderSummary(huge, {}, 10 * DEFAULT_BUDGET);
    const budget = Math.floor(Buffer.byteLength(full) / 3);
    const cut = renderSummary(huge, {}, budget);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(budget);
    expect(cut).toContain('more not shown here (cut to fit the page)');
    expect(tableProblems(cut)).toEqual([]);
    expect(cut).toContain('#### By user agent');
  });

  it('keeps the default budget under 1 MiB, and a page cut hard still says so', () => {
    expect(DEFAULT_BUDGET).toBeLessThan(1024 * 1024);
    const tiny = renderSummary(summaryOf(50), {}, 600);
    expect(Buffer.byteLength(tiny)).toBeLessThanOrEqual(600);
    expect(tiny).toContain('The summary was cut here');
  });

  it('links an artifact only by a plain https URL', () => {
    const s = summaryOf(1);
    expect(renderSummary(s, { artifactUrl: 'javascript:alert(1)' })).not.toContain('Download');
  });
});

describe('artifactUrl', () => {
  it('builds the run page of the artifact from the runner environment', () => {
    const env = {
      GITHUB_SERVER_URL: 'https://github.com/',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '42',
    };
    expect(artifactUrl(env, 99)).toBe('https://github.com/o/r/actions/runs/42/artifacts/99');
    expect(artifactUrl({ GITHUB_REPOSITORY: 'o/r' }, 1)).toBeUndefined();
  });
});
