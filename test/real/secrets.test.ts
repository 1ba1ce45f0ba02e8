// Scenario: Secrets at RequestResponse. Real kubectl makes every kind of Secret request users'
// workflows make (secret-traffic.ts), the real API server logs their bodies, and post redacts:
// no file of the artifact holds any planted value, plain or base64, and every line of the log
// that held none is in the artifact byte for byte.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leakForms } from '../e2e/leaks.js';
import { mainThenPost, nodeFile, Scenario } from '../integration/harness.js';
import { requireRealParts } from '../support/real-parts.js';
import { realJob } from './harness.js';
import { CANARY_NAMESPACE, plantSecrets, type Canaries } from './secret-traffic.js';

const real = await requireRealParts();
const LOG = '/var/log/kubernetes/kube-apiserver-audit.log';

/**
 * Bodies of everything the test's kubectl does (as kind's admin) and of everything in the canary
 * namespace. The cluster's own traffic stays at Metadata: its controllers' tokens are secrets the
 * test cannot know, and a body holding one would be redacted with no canary to account for it.
 */
const POLICY = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
- level: RequestResponse
  users: ["kubernetes-admin"]
- level: RequestResponse
  namespaces: ["${CANARY_NAMESPACE}"]
- level: Metadata
`;

/**
 * kind's own bootstrap token, which kubeadm init stores as a Secret as kubernetes-admin: a value
 * fixed in kind's source (pkg/cluster/internal/kubeadm/const.go, Token "abcdef.0123456789abcdef").
 */
const KIND_TOKEN_SECRET = '0123456789abcdef';

/** The lines of a log, as bytes, without their newline. */
function lines(log: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let nl = log.indexOf(10); nl >= 0; nl = log.indexOf(10, start)) {
    out.push(log.subarray(start, nl));
    start = nl + 1;
  }
  if (start < log.length) out.push(log.subarray(start));
  return out;
}

/** Which planted values `bytes` holds, in any form the API puts them in. */
function heldIn(bytes: Buffer, values: Canaries): string[] {
  return Object.entries(values)
    .filter(([, value]) => leakForms(value).some((form) => bytes.includes(form)))
    .map(([name]) => name);
}

describe.skipIf(!real.available)('Secrets at RequestResponse on real Kubernetes', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await Scenario.start();
  });
  afterAll(() => scenario?.stop());

  it(
    'no planted value reaches the artifact; every other line is the node’s own',
    { timeout: 300_000 },
    async () => {
      const cluster = scenario.cluster('secrets');
      const node = `${cluster}-control-plane`;
      const { job, image } = await realJob(scenario);
      let planted: Canaries = {};
      let log: Buffer = Buffer.alloc(0);
      const { post } = await mainThenPost(
        job,
        { 'cluster-name': cluster, 'node-image': image, policy: POLICY },
        async (main) => {
          expect(main.code, main.stdout).toBe(0);
          planted = await plantSecrets(main.outputs.kubeconfig ?? '');
          log = await nodeFile(node, LOG);
        },
      );
      expect(post.code, post.stdout).toBe(0);
      const secrets: Canaries = { ...planted, kindBootstrapToken: KIND_TOKEN_SECRET };

      // The log recorded them: otherwise the scan below would prove nothing. (The Helm release's
      // inner value is gzipped inside it, so only the release itself shows.)
      const recorded = Object.fromEntries(
        Object.entries(planted).filter(([name]) => name !== 'helmValue'),
      );
      expect(heldIn(log, recorded).sort()).toEqual(Object.keys(recorded).sort());

      const files = scenario.artifact(`kind-audit-e2e-${cluster}-0`).files();
      const leaks = [...files].flatMap(([name, bytes]) =>
        heldIn(name.endsWith('.gz') ? gunzipSync(bytes) : bytes, secrets).map(
          (what) => `${name} holds ${what}`,
        ),
      );
      expect(leaks).toEqual([]);

      // Line for line: the raw copy starts with the node's log as read above (post's own later
      // reads of the cluster come after); a line that held a secret is replaced, any other kept.
      const nodeLines = lines(log);
      const copied = lines(files.get(`${node}/kube-apiserver-audit.log`) ?? Buffer.alloc(0));
      expect(copied.length).toBeGreaterThanOrEqual(nodeLines.length);
      const merged = new Set(lines(files.get('audit.jsonl') ?? Buffer.alloc(0)).map(String));
      let redacted = 0;
      nodeLines.forEach((line, i) => {
        const held = heldIn(line, secrets);
        if (held.length > 0) {
          redacted++;
          expect(copied[i]?.equals(line), `line ${i + 1} held ${held.join(', ')}`).toBe(false);
        } else {
          expect(copied[i]?.toString(), `line ${i + 1}`).toBe(line.toString());
          expect(copied[i]?.equals(line), `line ${i + 1} byte for byte`).toBe(true);
          expect(merged.has(line.toString()), `line ${i + 1} in audit.jsonl`).toBe(true);
        }
      });
      console.log(
        `${nodeLines.length} lines, ${redacted} held a planted value and were redacted; ${Object.keys(planted).length} values planted`,
      );
    },
  );
});
