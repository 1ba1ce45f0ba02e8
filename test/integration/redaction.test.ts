// Secrets never reach an artifact by default: canary values planted in every location redaction
// covers, written into a node's audit log (the runner folder the API server writes to), and none
// of them in any file of the uploaded artifact, .gz included. The built bundles, a real Docker
// engine, the real upload protocol and the stand-in kind (real kind needs a registry; its run is
// .github/workflows/e2e.yml, whose recommended leg plants a real Secret).
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerChecked, requireDocker } from '../support/docker.js';
import {
  CANARIES,
  canaryLines,
  KIND_TOKEN_SECRET,
  leakForms,
} from '../fixtures/canaries/canary-events.js';
import { mainThenPost, Scenario } from './harness.js';

const engine = await requireDocker();
const LOG_DIR = '/var/log/kubernetes';

/** Every canary form found anywhere in the artifact's files, `.gz` decompressed. */
function leaks(files: Map<string, Buffer>): string[] {
  const found: string[] = [];
  for (const [name, bytes] of files) {
    const text = (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString();
    for (const value of [...Object.values(CANARIES), KIND_TOKEN_SECRET])
      for (const form of leakForms(value)) if (text.includes(form)) found.push(`${name}: ${value}`);
  }
  return found;
}

/** Appends the canary events to the node's current log and to a gzipped rotated file. */
async function plant(node: string): Promise<void> {
  const lines = `${canaryLines().join('\n')}\n`;
  await dockerChecked(
    ['exec', '-i', node, 'sh', '-c', `cat >> ${LOG_DIR}/kube-apiserver-audit.log`],
    lines,
  );
  await dockerChecked(
    [
      'exec',
      '-i',
      node,
      'sh',
      '-c',
      `gzip -c > ${LOG_DIR}/kube-apiserver-audit-2026-01-01T00-00-00.000.log.gz`,
    ],
    lines,
  );
}

describe.skipIf(!engine.available)('redaction in the artifact', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await Scenario.start();
  });
  afterAll(() => scenario?.stop());

  it(
    'by default no canary reaches any file of the artifact, merged, raw or gzipped, and the summary says how many were redacted',
    { timeout: 60_000 },
    async () => {
      const cluster = scenario.cluster('redact');
      const job = await scenario.job();
      const node = `${cluster}-control-plane`;
      const { main, post } = await mainThenPost(job, { 'cluster-name': cluster }, () =>
        plant(node),
      );
      expect(main.code, main.stdout).toBe(0);
      expect(post.code, post.stdout).toBe(0);
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      expect([...files.keys()]).toEqual(
        expect.arrayContaining([
          'audit.jsonl',
          'summary.json',
          'summary.md',
          `${node}/kube-apiserver-audit.log`,
          `${node}/kube-apiserver-audit-2026-01-01T00-00-00.000.log.gz`,
        ]),
      );
      expect(leaks(files)).toEqual([]);
      // The probe's event, with nothing secret in it, is kept byte for byte in the merged log.
      const merged = files.get('audit.jsonl')?.toString() ?? '';
      expect(merged).toContain('kind-audit-probe-');
      expect(post.summary).toMatch(
        /Redaction: [\d,]+ secret value\(s\) redacted \(`secrets\.data` \d+/,
      );
      const summary = JSON.parse(files.get('summary.json')?.toString() ?? '{}') as {
        requests?: number;
      };
      expect(summary.requests).toBeGreaterThan(0);
    },
  );

  it(
    'raw-files: false keeps audit.jsonl and the summaries, without per-node folders',
    { timeout: 60_000 },
    async () => {
      const cluster = scenario.cluster('noraw');
      const job = await scenario.job();
      const { post } = await mainThenPost(
        job,
        { 'cluster-name': cluster, 'raw-files': 'false' },
        () => plant(`${cluster}-control-plane`),
      );
      expect(post.code, post.stdout).toBe(0);
      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      // rbac/ holds a file per subject of the planted events.
      expect([...files.keys()].filter((f) => !f.startsWith('rbac/')).sort()).toEqual(
        [
          'audit-policy.yaml',
          'audit.jsonl',
          'baseline.tsv',
          'kind-config.yaml',
          'summary.json',
          'summary.md',
        ].sort(),
      );
      expect(leaks(files)).toEqual([]);
    },
  );

  it(
    'redact: false keeps the values, and the summary warns that the artifact may hold secrets',
    { timeout: 60_000 },
    async () => {
      const cluster = scenario.cluster('noredact');
      const job = await scenario.job();
      const { post } = await mainThenPost(job, { 'cluster-name': cluster, redact: 'false' }, () =>
        plant(`${cluster}-control-plane`),
      );
      expect(post.code, post.stdout).toBe(0);
      expect(leaks(scenario.artifact(`kind-audit-e2e-${cluster}-0`).files())).not.toEqual([]);
      expect(post.summary).toContain('Redaction was off (`redact: false`)');
    },
  );
});
