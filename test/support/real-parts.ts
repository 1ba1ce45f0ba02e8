import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { requireDocker } from './docker.js';

const execFileAsync = promisify(execFile);

/** test/real: the scripts that build the real parts and their images, and the node agent. */
export const REAL_DIR = fileURLToPath(new URL('../real/', import.meta.url));

interface Parts {
  kubernetes: string[];
  ciKubernetes: string[];
  etcd: string;
  kind: string[];
}

/** The pinned versions (test/real/parts.json). */
export const PARTS = JSON.parse(readFileSync(path.join(REAL_DIR, 'parts.json'), 'utf8')) as Parts;

/** The cache test/real/build.sh fills: outside the repository, by component and version. */
export const PARTS_CACHE =
  process.env.KIND_AUDIT_PARTS ?? path.join(os.homedir(), '.cache/kind-audit/parts');

/** The folder holding the real `kind` of that version (put it first on PATH). */
export function kindDir(version: string): string {
  return path.join(PARTS_CACHE, 'kind', `v${version.replace(/^v/, '')}`);
}

/** The folder holding kubectl and the other Kubernetes binaries of that version. */
export function kubernetesDir(version: string): string {
  return path.join(PARTS_CACHE, 'kubernetes', `v${version.replace(/^v/, '')}`);
}

export interface RealPartsStatus {
  available: boolean;
  /** Why the tests skip, for `describe.skipIf(!real.available)` titles and logs. */
  reason: string;
  /** The Kubernetes versions whose binaries are in the cache, oldest first. */
  kubernetes: string[];
  /** The kind versions in the cache. */
  kind: string[];
}

const has = (file: string): boolean => existsSync(file);

/**
 * For test files that run the real parts: `const real = await requireRealParts();` then
 * `describe.skipIf(!real.available)(…)`. They need a Docker engine and the parts CI's versions of
 * test/real/parts.json name, built by test/real/build.sh. Outside CI a missing part means the tests
 * skip and say why; in CI (`CI` set) it throws, failing the file: `.ci/run` builds the parts, and a
 * CI run that skipped them would prove nothing about real Kubernetes.
 */
export async function requireRealParts(): Promise<RealPartsStatus> {
  const docker = await requireDocker();
  const kubernetes = PARTS.kubernetes.filter((v) => has(path.join(kubernetesDir(v), '.recipe')));
  const kind = PARTS.kind.filter((v) => has(path.join(kindDir(v), 'kind')));
  const missing = [
    ...PARTS.ciKubernetes.filter((v) => !kubernetes.includes(v)).map((v) => `Kubernetes v${v}`),
    ...(has(path.join(PARTS_CACHE, 'etcd', `v${PARTS.etcd}`, 'etcd'))
      ? []
      : [`etcd v${PARTS.etcd}`]),
    ...PARTS.kind.filter((v) => !kind.includes(v)).map((v) => `kind v${v}`),
    ...(has(path.join(PARTS_CACHE, 'agent/current/kind-audit-node')) ? [] : ['the node agent']),
  ];
  let reason = '';
  if (!docker.available) reason = docker.reason;
  else if (missing.length > 0)
    reason = `the real parts are not built (${missing.join(', ')} missing in ${PARTS_CACHE}): run test/real/build.sh`;
  if (reason && process.env.CI) {
    throw new Error(`${reason}. CI runs the real-parts tests: .ci/run builds them.`);
  }
  if (reason) console.warn(`Skipping real Kubernetes tests: ${reason}`);
  return { available: !reason, reason, kubernetes, kind };
}

const images = new Map<string, Promise<string>>();

/** Runs one of test/real's image scripts once per test process and returns the tag it printed. */
function imageScript(script: string, args: string[]): Promise<string> {
  const key = [script, ...args].join(' ');
  let image = images.get(key);
  if (!image) {
    image = execFileAsync(path.join(REAL_DIR, script), args, {
      env: { ...process.env, KIND_AUDIT_PARTS: PARTS_CACHE },
      maxBuffer: 16 * 1024 * 1024,
    }).then(({ stdout }) => stdout.trim().split('\n').pop() ?? '');
    images.set(key, image);
  }
  return image;
}

/** The node image of that Kubernetes version, built from the cached parts (test/real/node-image.sh). */
export function realNodeImage(kubernetesVersion: string): Promise<string> {
  return imageScript('node-image.sh', [kubernetesVersion.replace(/^v/, '')]);
}

/** The external load balancer's image, tagged as kind v0.32+ names it (test/real/lb-image.sh). */
export function realLoadBalancerImage(): Promise<string> {
  return imageScript('lb-image.sh', []);
}

/** An environment whose `kind` is the real kind of that version. */
export function realKindEnv(kindVersion: string): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${kindDir(kindVersion)}:${process.env.PATH ?? ''}` };
}
