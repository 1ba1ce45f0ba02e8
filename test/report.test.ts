import { describe, expect, it } from 'vitest';
import { emptyStats } from '../src/logs/redact.js';
import { collectionMarkdown, formatBytes } from '../src/report.js';
import type { CollectReport } from '../src/steps/collect.js';

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

describe('collectionMarkdown', () => {
  it('gives a row per node with files, size, events and requests, then the totals', () => {
    const md = summaryMarkdown(context, report, {
      kind: 'artifact',
      name: 'kind-audit-e2e-kind-0',
      id: 7,
    });
    expect(md).toContain(
      'Redaction: 1,234 secret value(s) redacted (`secrets.data` 1,200, `tokenreviews.spec.token` 34); 2 line(s) that could not be checked were replaced.',
    );
    expect(md).toContain('| `kind-control-plane` | running | 2 | 3.5 KB | 15 | 15 |');
    expect(md).toContain('| `kind-control-plane2` | ⚠️ docker cp failed | 0 | 0 B | 0 | 0 |');
    expect(md).toContain('2 file(s), 3.5 KB, 15 events, 15 requests.');
    expect(md).toContain('- `kind-control-plane/kube-apiserver-audit.log`');
    expect(md).toContain('Artifact **kind-audit-e2e-kind-0** holds `audit.jsonl`');
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
  const row = md.split('\n').find((line) => line.startsWith('| `kind-control-plane`')) ?? '';

  it('cannot add table cells: the row keeps its six columns', () => {
    expect(row.replace(/\\\|/g, '').split('|').length - 2).toBe(6);
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

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KB'],
    [200 * 1024 * 1024, '200.0 MB'],
  ])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
