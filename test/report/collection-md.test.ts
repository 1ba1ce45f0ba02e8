import { describe, expect, it } from 'vitest';
import { emptyStats } from '../../src/logs/redact/index.js';
import { Summarizer } from '../../src/logs/summary/summarizer.js';
import { collectionMarkdown } from '../../src/report/collection-md.js';
import { renderSummary } from '../../src/report/summary-md.js';
import type { CollectReport } from '../../src/steps/post/collect.js';

const file = (name: string, bytes: number, events: number) => ({
  path: `/t/artifact/kind-control-plane/${name}`,
  bytes,
  events,
  requests: events,
  unreadable: 0,
});

const report: CollectReport = {
  outDir: '/t/artifact',
  files: [],
  nodes: [
    {
      node: 'kind-control-plane',
      container: 'running',
      source: 'runner',
      files: [
        file('kube-apiserver-audit-2026-11-26T09-00-00.000.log.gz', 2048, 10),
        file('kube-apiserver-audit.log', 1536, 5),
      ],
    },
    {
      node: 'kind-control-plane2',
      container: 'stopped',
      source: 'node',
      files: [],
      problem: 'docker cp failed\nmore detail',
    },
  ],
};

const redaction = {
  ...emptyStats(),
  values: 1234,
  unparseable: 2,
  byLocation: { 'secrets.data': 1200, 'tokenreviews.spec.token': 34 },
};
const summaryMarkdown = (
  _c: unknown,
  r: CollectReport,
  d: Parameters<typeof collectionMarkdown>[1],
) => collectionMarkdown(r, d, redaction);
const context = undefined;

/** The summary of the collected files: 15 requests on the first node, none on the second. */
function summaryOf(collection: CollectReport) {
  const s = new Summarizer();
  for (const node of collection.nodes) for (const f of node.files) s.addFile(node.node, f.bytes);
  for (let i = 0; i < 15; i++)
    s.add(
      JSON.stringify({
        auditID: `a${i}`,
        stage: 'ResponseComplete',
        verb: 'get',
        stageTimestamp: `2026-11-27T10:00:${String(i).padStart(2, '0')}.000000Z`,
      }),
      'kind-control-plane',
    );
  return s.result();
}

describe('the per-node table of the job summary', () => {
  it('is one table: each node with its state, files, size in binary units, requests and times', () => {
    const md = renderSummary(summaryOf(report), { collection: report });
    expect(md.match(/### Per node/g)).toHaveLength(1);
    expect(md).toContain(
      '| node | state | files | size | requests | first request | last request |\n| :--- | :--- | ---: | ---: | ---: | :--- | :--- |',
    );
    expect(md).toContain(
      '| `kind-control-plane` | running | 2 | 3.5 KiB | 15 | `2026-11-27T10:00:00.000000Z` | `2026-11-27T10:00:14.000000Z` |',
    );
    expect(md).toContain('| `kind-control-plane2` | ⚠️ docker cp failed | 0 | 0 B | 0 | — | — |');
    // One byte format on the page: binary units only.
    expect(md).not.toMatch(/\d (KB|MB|GB)\b/);
  });

  it('lists a node the log names but the collection does not, and has no state column without one', () => {
    const s = summaryOf(report);
    const md = renderSummary(s, { collection: { ...report, nodes: [] } });
    expect(md).toContain('| `kind-control-plane` | — | 2 | 3.5 KiB | 15 |');
    expect(renderSummary(s)).toContain('| `kind-control-plane` | 2 | 3.5 KiB | 15 |');
  });
});

describe('collectionMarkdown', () => {
  it('folds the files collected, says what redaction did and where the artifact is', () => {
    const md = summaryMarkdown(context, report, {
      kind: 'artifact',
      name: 'kind-audit-e2e-kind-0',
      id: 7,
    });
    expect(md).toContain(
      'Redaction: 1,234 secret value(s) redacted (`secrets.data` 1,200, `tokenreviews.spec.token` 34); 2 line(s) that could not be checked were replaced.',
    );
    expect(md).toContain('<details><summary>2 audit file(s), 3.5 KiB</summary>');
    expect(md).toContain('- `kind-control-plane/kube-apiserver-audit.log`');
    expect(md).toContain('Artifact **kind-audit-e2e-kind-0** holds `audit.jsonl`');
    // The per-node table is summary.md's: the collection adds no second one.
    expect(md).not.toContain('| node |');
  });

  it('says where the files are when they were not uploaded', () => {
    const md = summaryMarkdown(context, report, {
      kind: 'not-uploaded',
      name: 'a',
      reason: "the 'upload' input is false",
      dir: '/t/artifact',
    });
    expect(md).toContain(
      "Artifact **a** was not uploaded: the 'upload' input is false. The files are on the runner in `/t/artifact`.",
    );
  });

  it('says when no node left a file', () => {
    expect(
      summaryMarkdown(
        context,
        { ...report, nodes: [] },
        { kind: 'not-uploaded', name: 'a', reason: 'x', dir: '/t/artifact' },
      ),
    ).toContain('No control-plane node left any audit file.');
  });

  it('links the artifact when its address is known', () => {
    const md = summaryMarkdown(context, report, {
      kind: 'artifact',
      name: 'a',
      id: 7,
      url: 'https://github.com/o/r/actions/runs/1/artifacts/7',
    });
    expect(md).toContain(
      'Artifact [**a**](https://github.com/o/r/actions/runs/1/artifacts/7) holds',
    );
  });

  it('warns in the page when redaction was off', () => {
    expect(collectionMarkdown(report, { kind: 'folder', dir: '/o' }, undefined)).toContain(
      'Redaction was off (`redact: false`): the artifact may hold Secret data and tokens',
    );
  });
});

describe('text from a node in the summary', () => {
  const hostile: CollectReport = {
    ...report,
    nodes: [
      {
        node: 'kind-control-plane',
        container: 'running',
        source: 'runner',
        files: [],
        problem:
          'boom | injected | cell <img src=x onerror=alert(1)> [link](https://evil) **bold** `code`',
      },
    ],
  };
  const md = summaryMarkdown(context, hostile, { kind: 'folder', dir: '/out' });
  const page = renderSummary(summaryOf(hostile), { collection: hostile });
  const row = page.split('\n').find((line) => line.startsWith('| `kind-control-plane`')) ?? '';

  it('cannot add table cells: the row keeps its seven columns', () => {
    expect(row.replace(/\\\|/g, '').split('|').length - 2).toBe(7);
  });

  it('cannot open HTML, links, emphasis or code', () => {
    expect(row).not.toMatch(/(^|[^\\])<img/);
    expect(row).toContain('\\[link\\](https://evil)');
    expect(row).toContain('\\*\\*bold\\*\\*');
    expect(row).toContain('\\`code\\`');
  });

  it('says where a CLI collection put the files', () => {
    expect(md).toContain('`/out` holds `audit.jsonl`');
  });
});
