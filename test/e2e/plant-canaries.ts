// The canary leg's secrets: made through the real API the ways users make them, so the final job
// can prove none of their values reached the artifact. Run after the action's step:
//   node --import tsx test/e2e/plant-canaries.ts --context kind-kind --out canary-values.json
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isEntry, run, runMain } from './run.js';

/** Where each value was planted → the value. */
export interface CanaryValues {
  /** `kubectl create secret generic --from-literal`: base64 in `data`. */
  createdSecret: string;
  /** `kubectl apply` with `stringData`: plain in the last-applied-configuration annotation. */
  appliedSecret: string;
  /** `kubectl create token`, then sent in a TokenReview's `spec.token`. */
  token: string;
}

/** The name of the evidence file inside the evidence artifact. */
export const CANARY_VALUES_JSON = 'canary-values.json';
const NAMESPACE = 'kind-audit-canary';

const fresh = (what: string) => `kaE2e${what}${randomBytes(12).toString('hex')}`;

/** A Secret applied with `stringData`, so kubectl keeps the value in its annotation. */
function appliedSecret(value: string): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'applied', namespace: NAMESPACE },
    stringData: { value },
  });
}

function tokenReview(token: string): string {
  return JSON.stringify({
    apiVersion: 'authentication.k8s.io/v1',
    kind: 'TokenReview',
    spec: { token },
  });
}

/**
 * Plants the canaries in the cluster of `context` and returns their values. The Secrets are also
 * read back, so at RequestResponse their data is in responses too. The TokenReview must answer
 * `authenticated: true`, which proves the API server saw the real token.
 */
export async function plantCanaries(context: string, kubectl = 'kubectl'): Promise<CanaryValues> {
  const k = (args: string[], input?: string) =>
    run(kubectl, ['--context', context, ...args], input);
  const values: CanaryValues = {
    createdSecret: fresh('Created'),
    appliedSecret: fresh('Applied'),
    token: '',
  };
  await k(['create', 'namespace', NAMESPACE]);
  await k([
    '-n',
    NAMESPACE,
    'create',
    'secret',
    'generic',
    'created',
    `--from-literal=value=${values.createdSecret}`,
  ]);
  await k(['apply', '-f', '-'], appliedSecret(values.appliedSecret));
  await k(['-n', NAMESPACE, 'get', 'secrets', '-o', 'name']);
  await k(['-n', NAMESPACE, 'create', 'serviceaccount', 'canary']);
  values.token = (await k(['-n', NAMESPACE, 'create', 'token', 'canary'])).trim();
  if (!values.token) throw new Error('kubectl create token printed no token');
  const review = await k(
    ['create', '-f', '-', '-o', 'jsonpath={.status.authenticated}'],
    tokenReview(values.token),
  );
  if (review.trim() !== 'true')
    throw new Error(`the TokenReview answered authenticated=${review.trim() || '(nothing)'}`);
  return values;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { context: { type: 'string' }, out: { type: 'string' } },
  });
  if (!values.context || !values.out)
    throw new Error('usage: plant-canaries.ts --context CTX --out FILE');
  const planted = await plantCanaries(values.context);
  await fs.mkdir(path.dirname(values.out), { recursive: true });
  await fs.writeFile(values.out, `${JSON.stringify(planted, null, 2)}\n`);
  console.log(
    `planted ${Object.keys(planted).length} canaries in ${values.context}; values in ${values.out}`,
  );
  return 0;
}

if (isEntry(import.meta.url)) runMain(main);
