import path from 'node:path';
import type { CollectReport } from './steps/collect.js';

/** "1.5 MB": sizes as a person reads them. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

export interface Totals {
  files: number;
  bytes: number;
  events: number;
  requests: number;
}

type CountedFile = CollectReport['nodes'][number]['files'][number];

/** Sums over files: one node's, or every node's. */
export function totals(files: readonly CountedFile[]): Totals {
  return {
    files: files.length,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    events: files.reduce((sum, f) => sum + f.events, 0),
    requests: files.reduce((sum, f) => sum + f.requests, 0),
  };
}

/** What happened to the artifact, in words for the summary. */
export type ArtifactOutcome =
  | { uploaded: true; name: string; id: number | undefined }
  | { uploaded: false; name: string; reason: string };

/** The job summary: one row per node, then where the files went. */
export function summaryMarkdown(
  cluster: string,
  report: CollectReport,
  artifact: ArtifactOutcome,
): string {
  const lines = [`### kind-audit: audit logs of cluster \`${cluster}\``, ''];
  if (!report.clusterFound) {
    lines.push(
      `The cluster was gone before the post step ran: no audit logs could be collected.`,
      '',
    );
  } else {
    lines.push(
      '| node | state | files | size | events | requests |',
      '| --- | --- | ---: | ---: | ---: | ---: |',
    );
    for (const node of report.nodes) {
      const { bytes, events, requests } = totals(node.files);
      const state = node.problem
        ? `⚠️ ${node.problem.split('\n')[0]}`
        : node.running
          ? 'running'
          : 'stopped';
      lines.push(
        `| \`${node.node}\` | ${state} | ${node.files.length} | ${formatBytes(bytes)} | ${events} | ${requests} |`,
      );
    }
    const t = totals(report.nodes.flatMap((n) => n.files));
    lines.push(
      '',
      `${t.files} file(s), ${formatBytes(t.bytes)}, ${t.events} events, ${t.requests} requests.`,
      '',
    );
    const names = report.nodes.flatMap((n) =>
      n.files.map((f) => `${n.node}/${path.basename(f.path)}`),
    );
    if (names.length > 0)
      lines.push(
        '<details><summary>Files</summary>',
        '',
        ...names.map((n) => `- \`${n}\``),
        '',
        '</details>',
        '',
      );
  }
  lines.push(
    artifact.uploaded
      ? `Artifact **${artifact.name}** holds a folder per node plus \`audit-policy.yaml\` and \`kind-config.yaml\`.`
      : `Artifact **${artifact.name}** was not uploaded: ${artifact.reason}. The files are on the runner in \`${report.outDir}\`.`,
  );
  return lines.join('\n') + '\n';
}
