// Test helper: an artifact folder written by hand, shaped as a leg's would be, to show each check
// failing on exactly the fault planted in it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { controlPlaneNames } from './checks.js';
import { LEG_NAMESPACE, type Leg } from './legs.js';

/** One audit event line about `uri`, as kube-apiserver writes it (trimmed to what checks read). */
export function eventLine(uri: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: 'Metadata',
    auditID: `id-${uri.length}-${Math.random().toString(36).slice(2)}`,
    stage: 'ResponseComplete',
    requestURI: uri,
    verb: 'get',
    stageTimestamp: '2026-11-26T15:16:49.120000Z',
    ...extra,
  });
}

/**
 * Writes a leg's artifact under `root/folder` that passes every check of `leg`: per node a live
 * log with the probe and the node's pinned request plus a rotated `.gz`, and audit.jsonl with the
 * leg's request. Returns the folder's path.
 */
export async function craftArtifact(root: string, folder: string, leg: Leg): Promise<string> {
  const dir = path.join(root, folder);
  const merged: string[] = [];
  for (const node of controlPlaneNames(leg.cluster, leg.controlPlanes)) {
    await fs.mkdir(path.join(dir, node), { recursive: true });
    const lines = [
      eventLine('/api/v1/namespaces/default/configmaps/kind-audit-probe-1234abcd'),
      eventLine(`/api/v1/namespaces/e2e-on-${node}`),
    ];
    merged.push(...lines);
    await fs.writeFile(path.join(dir, node, 'kube-apiserver-audit.log'), `${lines.join('\n')}\n`);
    await fs.writeFile(
      path.join(dir, node, 'kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz'),
      gzipSync(`${eventLine('/api/v1/pods')}\n`),
    );
    if (leg.apiserverLogContains)
      await fs.writeFile(
        path.join(dir, node, 'kube-apiserver.log'),
        `E1126 ${leg.apiserverLogContains}\n`,
      );
  }
  if (leg.kindLogs) {
    await fs.mkdir(path.join(dir, 'kind-logs', `${leg.cluster}-control-plane`), {
      recursive: true,
    });
    await fs.writeFile(
      path.join(dir, 'kind-logs', `${leg.cluster}-control-plane`, 'kubelet.log'),
      'I1126 kubelet\n',
    );
  }
  merged.push(eventLine(`/api/v1/namespaces/${LEG_NAMESPACE}`));
  const config = ['kind: Cluster', ...(leg.kindConfigContains ?? [])].join('\n');
  await fs.writeFile(path.join(dir, 'kind-config.yaml'), `${config}\n`);
  await fs.writeFile(path.join(dir, 'audit-policy.yaml'), 'kind: Policy\n');
  await fs.writeFile(path.join(dir, 'summary.md'), '# Audit summary\n');
  const violations = Object.entries(leg.verdicts ?? {}).map(([name, violated]) => ({
    name,
    violated,
  }));
  await fs.writeFile(
    path.join(dir, 'summary.json'),
    JSON.stringify({ requests: merged.length, violations }),
  );
  // The expected texts are JSON fragments: keep them unescaped, as they stand in a real line.
  for (const text of leg.mergedContains ?? []) merged.push(`{"x":1,${text}}`);
  await fs.writeFile(path.join(dir, 'audit.jsonl'), `${merged.join('\n')}\n`);
  return dir;
}
