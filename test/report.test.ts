import { describe, expect, it } from 'vitest';
import { formatBytes, summaryMarkdown } from '../src/report.js';
import type { CollectReport } from '../src/steps/collect.js';

const file = (name: string, bytes: number, events: number) => ({
  path: `/t/artifact/kind-control-plane/${name}`,
  bytes,
  events,
  requests: events,
  unreadable: 0,
});

const report: CollectReport = {
  clusterFound: true,
  outDir: '/t/artifact',
  files: [],
  nodes: [
    {
      node: 'kind-control-plane',
      running: true,
      files: [
        file('kube-apiserver-audit-2026-11-26T09-00-00.000.log.gz', 2048, 10),
        file('kube-apiserver-audit.log', 1536, 5),
      ],
    },
    {
      node: 'kind-control-plane2',
      running: false,
      files: [],
      problem: 'docker cp failed\nmore detail',
    },
  ],
};

describe('summaryMarkdown', () => {
  it('gives a row per node with files, size, events and requests, then the totals', () => {
    const md = summaryMarkdown('kind', report, {
      uploaded: true,
      name: 'kind-audit-e2e-kind-0',
      id: 7,
    });
    expect(md).toContain('| `kind-control-plane` | running | 2 | 3.5 KB | 15 | 15 |');
    expect(md).toContain('| `kind-control-plane2` | ⚠️ docker cp failed | 0 | 0 B | 0 | 0 |');
    expect(md).toContain('2 file(s), 3.5 KB, 15 events, 15 requests.');
    expect(md).toContain('- `kind-control-plane/kube-apiserver-audit.log`');
    expect(md).toContain('Artifact **kind-audit-e2e-kind-0** holds a folder per node');
  });

  it('says where the files are when they were not uploaded', () => {
    const md = summaryMarkdown('kind', report, {
      uploaded: false,
      name: 'a',
      reason: "the 'upload' input is false",
    });
    expect(md).toContain(
      "Artifact **a** was not uploaded: the 'upload' input is false. The files are on the runner in `/t/artifact`.",
    );
  });

  it('says the cluster was gone', () => {
    expect(
      summaryMarkdown(
        'kind',
        { ...report, clusterFound: false, nodes: [] },
        { uploaded: false, name: 'a', reason: 'x' },
      ),
    ).toContain('The cluster was gone before the post step ran');
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
