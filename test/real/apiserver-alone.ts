// The real kube-apiserver started on the runner with nothing but an audit policy to load: no etcd,
// no cluster. It reads the policy while it builds its configuration, before it needs storage
// (k8s.io/apiserver pkg/server/options/audit.go, ApplyTo), so within a second it has either logged
// that it loaded the rules (k8s.io/apiserver pkg/audit/policy/reader.go) or exited saying why not
// (cmd/kube-apiserver/app/server.go, "command failed").
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { kubernetesDir } from '../support/real-parts.js';

/** What the server did with the policy. */
export interface PolicyLoad {
  accepted: boolean;
  /** The error it exited with when it refused the policy (`loading audit policy file: …`). */
  error?: string;
  /** Its klog output, for messages when something else happened. */
  output: string;
}

/** A folder with the service-account key pair every kube-apiserver start needs. */
export function serverFolder(parent: string): string {
  const dir = mkdtempSync(path.join(parent, 'apiserver-'));
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(path.join(dir, 'sa.key'), privateKey.export({ type: 'pkcs1', format: 'pem' }));
  writeFileSync(path.join(dir, 'sa.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
  return dir;
}

/** A TCP port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

const LOADED = 'Load audit policy rules success';
/** klog's `"command failed" err=…`: a Go-quoted string, or `<` then tab-indented lines then ` >`. */
const FAILED = /"command failed" err=(?:("(?:[^"\\]|\\.)*")|<\n((?:\t.*\n)*) >)/;

const GO_ESCAPES: Record<string, string> = {
  a: '\u0007',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\u000b',
};

/** Go's strconv.Quote undone (klog quotes a one-line value with it). */
function unquoteGo(quoted: string): string {
  return quoted
    .slice(1, -1)
    .replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_m, e: string) =>
      e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : (GO_ESCAPES[e] ?? e),
    );
}

/** The error kube-apiserver exited with, as the Go error's text, when its log has one. */
export function commandFailed(output: string): string | undefined {
  const found = FAILED.exec(output);
  if (!found) return undefined;
  if (found[1] !== undefined) return unquoteGo(found[1]);
  return (found[2] ?? '')
    .split('\n')
    .slice(0, -1)
    .map((line) => line.slice(1))
    .join('\n');
}

/**
 * Starts kube-apiserver of `version` with `policyFile` and answers as soon as it has loaded or
 * refused the policy; the process is stopped either way. Throws when it ended for another reason
 * or decided nothing within `timeoutMs` (a loaded machine starts it slowly).
 */
export async function loadPolicy(
  version: string,
  policyFile: string,
  folder: string,
  timeoutMs = 90_000,
): Promise<PolicyLoad> {
  // The port is free when chosen, but another test's server may take it before kube-apiserver
  // binds it (the files of test/real run side by side): then it is started again on another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await loadPolicyOnce(version, policyFile, folder, timeoutMs, await freePort());
    } catch (error) {
      if (attempt === 3 || !(error instanceof PortTaken)) throw error;
    }
  }
}

/** kube-apiserver could not listen on the port it was given. */
class PortTaken extends Error {}

async function loadPolicyOnce(
  version: string,
  policyFile: string,
  folder: string,
  timeoutMs: number,
  port: number,
): Promise<PolicyLoad> {
  const run = mkdtempSync(path.join(folder, 'run-'));
  mkdirSync(path.join(run, 'certs'));
  const child = spawn(
    path.join(kubernetesDir(version), 'kube-apiserver'),
    [
      '--v=4', // reader.go logs the loaded rules at level 4
      '--etcd-servers=http://127.0.0.1:1',
      '--service-account-issuer=https://kubernetes.default.svc',
      `--service-account-key-file=${path.join(folder, 'sa.pub')}`,
      `--service-account-signing-key-file=${path.join(folder, 'sa.key')}`,
      `--cert-dir=${path.join(run, 'certs')}`,
      `--secure-port=${port}`,
      '--bind-address=127.0.0.1',
      `--audit-policy-file=${policyFile}`,
      `--audit-log-path=${path.join(run, 'audit.log')}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise<PolicyLoad>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`kube-apiserver ${version} decided nothing in ${timeoutMs} ms:\n${tail()}`));
    }, timeoutMs);
    const tail = () => output.split('\n').slice(-15).join('\n');
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(LOADED)) {
        clearTimeout(timer);
        child.kill('SIGKILL');
        resolve({ accepted: true, output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      if (output.includes(LOADED)) return;
      const error = commandFailed(output);
      if (error?.startsWith('loading audit policy file: '))
        resolve({ accepted: false, error, output });
      else if (output.includes(`listen tcp 127.0.0.1:${port}: bind: address already in use`))
        reject(new PortTaken(`port ${port} was taken`));
      else reject(new Error(`kube-apiserver ${version} exited for another reason:\n${tail()}`));
    });
  });
}
