import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { docker, dockerChecked } from './docker.js';

const execFileAsync = promisify(execFile);

/** The folder holding the stand-in `kind`: put it first on PATH. */
export const KIND_STANDIN_DIR = fileURLToPath(new URL('../kind-standin/', import.meta.url));
/** The stand-in `kind` executable itself. */
export const KIND_STANDIN = path.join(KIND_STANDIN_DIR, 'kind');
const ROOTFS = path.join(KIND_STANDIN_DIR, 'rootfs');
const BUSYBOX = process.env.KIND_STANDIN_BUSYBOX ?? '/usr/bin/busybox';
/** Bump when the image layout below changes in a way the hashed inputs do not show. */
const RECIPE = 'kind-audit-test-node/1';

/**
 * PID 1 of a node: sleeps until stopped, and exits at once on SIGTERM (a shell as PID 1 that
 * traps nothing would make `docker stop` wait its full 10 s).
 */
const CMD = ['/bin/sh', '-c', "trap 'exit 0' TERM INT; while :; do sleep 3600 & wait $!; done"];

const ADMIN_CONF = `# kind stand-in: a dummy admin.conf; the stand-in kubectl only checks that it exists.
apiVersion: v1
kind: Config
clusters:
- name: kind
  cluster:
    server: https://kind-control-plane:6443
contexts:
- name: kubernetes-admin@kind
  context:
    cluster: kind
    user: kubernetes-admin
current-context: kubernetes-admin@kind
users:
- name: kubernetes-admin
  user: {}
`;

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, base)));
    else out.push(path.relative(base, full));
  }
  return out.sort();
}

/** A hash of everything that goes into the image, so a changed script gives a new tag. */
async function inputsHash(files: string[]): Promise<string> {
  const hash = createHash('sha256').update(RECIPE).update(JSON.stringify(CMD)).update(ADMIN_CONF);
  hash.update(await fs.readFile(BUSYBOX));
  for (const file of files) {
    const full = path.join(ROOTFS, file);
    hash
      .update(`\0${file}\0${(await fs.stat(full)).mode & 0o777}\0`)
      .update(await fs.readFile(full));
  }
  return hash.digest('hex').slice(0, 16);
}

async function buildRootfs(dir: string, files: string[]): Promise<void> {
  for (const d of [
    'bin',
    'sbin',
    'usr/bin',
    'usr/sbin',
    'etc/kubernetes/manifests',
    'etc/kubernetes/pki',
    'kind',
    'root',
    'var/log',
    'var/lib',
    'proc',
    'sys',
    'dev',
    'run',
  ]) {
    await fs.mkdir(path.join(dir, d), { recursive: true });
  }
  await fs.mkdir(path.join(dir, 'tmp'), { mode: 0o1777 });
  await fs.chmod(path.join(dir, 'tmp'), 0o1777);
  await fs.copyFile(BUSYBOX, path.join(dir, 'bin/busybox'));
  await fs.chmod(path.join(dir, 'bin/busybox'), 0o755);
  const { stdout } = await execFileAsync(BUSYBOX, ['--list-full']);
  for (const applet of stdout.split('\n').filter(Boolean)) {
    const target = path.join(dir, applet);
    if (applet === 'bin/busybox') continue;
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.symlink('/bin/busybox', target).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
  }
  for (const file of files) {
    const target = path.join(dir, file);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.rm(target, { force: true });
    await fs.copyFile(path.join(ROOTFS, file), target);
    await fs.chmod(target, (await fs.stat(path.join(ROOTFS, file))).mode & 0o777);
  }
  await fs.writeFile(path.join(dir, 'etc/kubernetes/admin.conf'), ADMIN_CONF, { mode: 0o600 });
  await fs.writeFile(path.join(dir, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
  await fs.writeFile(path.join(dir, 'etc/group'), 'root:x:0:\n');
}

async function build(): Promise<string> {
  const files = await listFiles(ROOTFS);
  const tag = `kind-audit-test/node:${await inputsHash(files)}`;
  if ((await docker(['image', 'inspect', '--format', '{{.Id}}', tag])).code === 0) return tag;

  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'kind-audit-node-'));
  try {
    const rootfs = path.join(work, 'rootfs');
    await buildRootfs(rootfs, files);
    const tarball = path.join(work, 'rootfs.tar');
    await execFileAsync('tar', [
      '-C',
      rootfs,
      '--numeric-owner',
      '--owner=0',
      '--group=0',
      '-cf',
      tarball,
      '.',
    ]);
    // Two test processes may build at once: each imports its own tarball, and the tag ends up on
    // one of two identical images, so either way the tag works.
    await dockerChecked([
      'import',
      '--change',
      `CMD ${JSON.stringify(CMD)}`,
      '--change',
      'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      '--change',
      'LABEL io.x-k8s.kind.standin=node',
      tarball,
      tag,
    ]);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
  return tag;
}

let building: Promise<string> | undefined;

/**
 * The stand-in node image (busybox, the in-node kubectl and crictl stand-ins, a dummy admin.conf),
 * built once per set of inputs with `docker import` and tagged `kind-audit-test/node:<hash>`.
 * Returns the tag; give it to the stand-in as `KIND_STANDIN_IMAGE`.
 */
export function ensureNodeImage(): Promise<string> {
  building ??= build().catch((err: unknown) => {
    building = undefined;
    throw err;
  });
  return building;
}

/**
 * The environment that makes `kind` mean the stand-in: its folder first on PATH and
 * `KIND_STANDIN_IMAGE` set. Add `KIND_STANDIN_FAULT` to inject a fault.
 */
export async function standinEnv(
  extra: Record<string, string> = {},
): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return {
    ...env,
    PATH: `${KIND_STANDIN_DIR}${path.delimiter}${process.env.PATH ?? ''}`,
    KIND_STANDIN_IMAGE: await ensureNodeImage(),
    ...extra,
  };
}
