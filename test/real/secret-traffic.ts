// Secret traffic as real clients make it, through the real kubectl on the runner: every way a
// Secret's value reaches kube-apiserver that users' workflows produce. Each value is a canary, a
// string made up here that occurs nowhere else, so a scan of the artifact can tell whether any
// of them got through.
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { kubectl } from './harness.js';

/** The namespace the Secrets live in, apart from the bootstrap token (kube-system, as kubeadm's). */
export const CANARY_NAMESPACE = 'canary';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const canary = (what: string) => `kaCanary${what}${randomBytes(10).toString('hex')}`;

/** Where each value was planted → the value. */
export type Canaries = Record<string, string>;

/** The real kubectl; a failure stops the test with what kubectl said. */
function kubectlFor(kubeconfig: string) {
  return async (args: string[], input?: string): Promise<string> => {
    const result = await kubectl(kubeconfig, args, input === undefined ? {} : { input });
    if (result.code !== 0)
      throw new Error(`kubectl ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
    return result.stdout;
  };
}

const secret = (name: string, body: Record<string, unknown>, namespace = CANARY_NAMESPACE) =>
  JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace }, ...body });

/**
 * Helm 3's release Secret (helm pkg/storage/driver/secrets.go, util.go): the release as JSON,
 * gzipped, base64-encoded, stored under `data.release` — which the API base64-encodes again.
 */
function helmRelease(password: string): string {
  const release = {
    name: 'canary-app',
    namespace: CANARY_NAMESPACE,
    version: 1,
    info: { status: 'deployed' },
    config: { database: { password } },
  };
  return gzipSync(JSON.stringify(release)).toString('base64');
}

/**
 * Makes the Secret traffic in the cluster of `kubeconfig` and returns every value planted. Values
 * the cluster chose (the token kubectl create token printed, the one the token controller wrote
 * into the service-account-token Secret) are read back and returned too: they are secrets the
 * test knows.
 */
export async function plantSecrets(kubeconfig: string): Promise<Canaries> {
  const k = kubectlFor(kubeconfig);
  const ns = ['-n', CANARY_NAMESPACE];
  const values: Canaries = {
    fromLiteral: canary('Literal'),
    data: canary('Data'),
    clientApply: canary('ClientApply'),
    clientApplyAgain: canary('ClientApplyAgain'),
    serverApply: canary('ServerApply'),
    beforePatches: canary('BeforePatches'),
    jsonPatch: canary('JsonPatch'),
    mergePatch: canary('MergePatch'),
    strategicPatch: canary('StrategicPatch'),
    // kubeadm's format: [a-z0-9]{16} (k8s.io/cluster-bootstrap token/api).
    bootstrapTokenSecret: randomBytes(8).toString('hex'),
    helmValue: canary('HelmValue'),
  };
  const bootstrapId = randomBytes(3).toString('hex');
  values.helmRelease = helmRelease(values.helmValue ?? '');

  await k(['create', 'namespace', CANARY_NAMESPACE]);
  await k([
    ...ns,
    'create',
    'secret',
    'generic',
    'literal',
    `--from-literal=password=${values.fromLiteral}`,
  ]);
  await k(['create', '-f', '-'], secret('with-data', { data: { token: b64(values.data ?? '') } }));
  // Client-side apply keeps the whole object in last-applied-configuration; the second apply sends
  // a patch holding the old and the new annotation. Then the server-side apply takes it over.
  await k(['apply', '-f', '-'], secret('applied', { stringData: { key: values.clientApply } }));
  await k(
    ['apply', '-f', '-'],
    secret('applied', { stringData: { key: values.clientApplyAgain } }),
  );
  await k(
    ['apply', '--server-side', '--force-conflicts', '-f', '-'],
    secret('applied', { data: { key: b64(values.serverApply ?? '') } }),
  );
  await k(
    ['create', '-f', '-'],
    secret('patched', { data: { v: b64(values.beforePatches ?? '') } }),
  );
  await k([
    ...ns,
    'patch',
    'secret',
    'patched',
    '--type=json',
    `-p=${JSON.stringify([{ op: 'replace', path: '/data/v', value: b64(values.jsonPatch ?? '') }])}`,
  ]);
  await k([
    ...ns,
    'patch',
    'secret',
    'patched',
    '--type=merge',
    `-p=${JSON.stringify({ stringData: { v: values.mergePatch } })}`,
  ]);
  await k([
    ...ns,
    'patch',
    'secret',
    'patched',
    '--type=strategic',
    `-p=${JSON.stringify({ data: { v: b64(values.strategicPatch ?? '') } })}`,
  ]);

  // Tokens: one kubectl create token issues, and the one the token controller writes into a
  // service-account-token Secret; a TokenReview checks each, so the API server saw the real thing.
  await k([...ns, 'create', 'serviceaccount', 'app']);
  values.requestedToken = (await k([...ns, 'create', 'token', 'app'])).trim();
  await k(
    ['create', '-f', '-'],
    secret('app-token', {
      type: 'kubernetes.io/service-account-token',
      metadata: {
        name: 'app-token',
        namespace: CANARY_NAMESPACE,
        annotations: { 'kubernetes.io/service-account.name': 'app' },
      },
    }),
  );
  values.secretToken = await tokenOf(k, 'app-token');
  for (const token of [values.requestedToken, values.secretToken]) {
    const review = await k(
      ['create', '-f', '-', '-o', 'jsonpath={.status.authenticated}'],
      JSON.stringify({
        apiVersion: 'authentication.k8s.io/v1',
        kind: 'TokenReview',
        spec: { token },
      }),
    );
    if (review.trim() !== 'true') throw new Error(`a TokenReview answered authenticated=${review}`);
  }

  // A bootstrap token as kubeadm makes one (kube-system, bootstrap.kubernetes.io/token).
  await k(
    ['create', '-f', '-'],
    secret(
      `bootstrap-token-${bootstrapId}`,
      {
        type: 'bootstrap.kubernetes.io/token',
        stringData: {
          'token-id': bootstrapId,
          'token-secret': values.bootstrapTokenSecret,
          'usage-bootstrap-authentication': 'true',
          'usage-bootstrap-signing': 'true',
        },
      },
      'kube-system',
    ),
  );
  await k(['-n', 'kube-system', 'get', 'secret', `bootstrap-token-${bootstrapId}`, '-o', 'yaml']);

  await k(
    ['create', '-f', '-'],
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Secret',
      type: 'helm.sh/release.v1',
      metadata: {
        name: 'sh.helm.release.v1.canary-app.v1',
        namespace: CANARY_NAMESPACE,
        labels: { name: 'canary-app', owner: 'helm', status: 'deployed', version: '1' },
      },
      data: { release: b64(values.helmRelease) },
    }),
  );

  // Reads: a list, a Table (kubectl's default output) and single objects, each answered with data.
  await k([...ns, 'get', 'secrets', '-o', 'yaml']);
  await k([...ns, 'get', 'secrets']);
  for (const name of ['literal', 'applied', 'patched', 'sh.helm.release.v1.canary-app.v1'])
    await k([...ns, 'get', 'secret', name, '-o', 'json']);
  return values;
}

/** The token the token controller wrote into a service-account-token Secret, once it has. */
async function tokenOf(k: (args: string[]) => Promise<string>, name: string): Promise<string> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const data = await k([
      '-n',
      CANARY_NAMESPACE,
      'get',
      'secret',
      name,
      '-o',
      'jsonpath={.data.token}',
    ]);
    if (data.trim()) return Buffer.from(data.trim(), 'base64').toString();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the token controller wrote no token into ${name} within a minute`);
}
