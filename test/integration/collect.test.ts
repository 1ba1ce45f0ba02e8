// Collection from a real node (the kind stand-in's containers on a real Docker engine): what a
// workload with a hostPath could plant in /var/log/kubernetes must not reach the artifact, and a
// node cannot make the runner read without end.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run, streamCommand } from '../../src/process/exec.js';
import type { Logger } from '../../src/messages/logger.js';
import { collectNodeAuditFiles } from '../../src/collect/from-node.js';
import type { RunState } from '../../src/state/run-state.js';
import { collectLogs } from '../../src/steps/post/collect.js';
import { dockerChecked, dockerExec, removeCluster, requireDocker } from '../support/docker.js';
import { standinEnv } from '../support/node-image.js';

const engine = await requireDocker();
const execFileAsync = promisify(execFile);

const LOG_DIR = '/var/log/kubernetes';
const LOG = `${LOG_DIR}/kube-apiserver-audit.log`;
const name = (what: string) => `kube-apiserver-audit-2026-01-0${what}T00-00-00.000.log`;
const LINKED = name('1');
const FIFO = name('2');
const HARD = name('3');
const FOLDER = name('4');

const cluster = `co-${randomUUID().slice(0, 6)}`;
const node = `${cluster}-control-plane`;
let tmp = '';
/** A file on the runner, at a path a link in the node names: the old copy uploaded it. */
let runnerSecret = '';

async function sh(script: string): Promise<string> {
  const result = await dockerExec(node, ['sh', '-c', script]);
  if (result.code !== 0) throw new Error(`${script}: ${result.stderr}`);
  return result.stdout;
}

/** The bytes of a file in the node, read independently of the code under test. */
async function nodeFile(file: string): Promise<Buffer> {
  const { stdout } = await execFileAsync('docker', ['exec', node, 'cat', file], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

async function entries(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}

describe.skipIf(!engine.available)(`collecting from a node ${engine.reason}`, () => {
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kind-audit-collect-'));
    runnerSecret = path.join(tmp, 'runner-secret.txt');
    await fs.writeFile(runnerSecret, 'RUNNER SECRET: must never reach an artifact\n');
    const config = path.join(tmp, 'kind-config.yaml');
    await fs.writeFile(
      config,
      'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n- role: control-plane\n',
    );
    await execFileAsync('kind', ['create', 'cluster', '--name', cluster, '--config', config], {
      env: await standinEnv(),
    });
    // What a pod with a hostPath on /var/log/kubernetes could leave there.
    await sh(
      [
        `mkdir -p ${LOG_DIR}/sub ${LOG_DIR}/${FOLDER} && cd ${LOG_DIR}`,
        `for i in $(seq 1 2000); do echo '{"kind":"Event","auditID":"'$i'","verb":"get"}'; done > kube-apiserver-audit.log`,
        `ln -s ${runnerSecret} ${LINKED}`,
        `mkfifo ${FIFO}`,
        'echo "a node file" > aaa-notes && ln aaa-notes ' + HARD,
        'echo nested > sub/kube-apiserver-audit.log',
      ].join(' && '),
    );
  });

  afterAll(async () => {
    await removeCluster(cluster);
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  test('only the real log leaves the node; each planted entry is named in a warning', async () => {
    const dest = path.join(tmp, 'planted', node);
    const result = await collectNodeAuditFiles(streamCommand, node, LOG, dest);

    expect(await entries(dest)).toEqual(['kube-apiserver-audit.log']);
    const collected = await fs.readFile(path.join(dest, 'kube-apiserver-audit.log'));
    expect(collected.equals(await nodeFile(LOG))).toBe(true);
    expect(result.files).toEqual([
      { path: path.join(dest, 'kube-apiserver-audit.log'), bytes: collected.length },
    ]);
    expect(result.warnings).toEqual([
      `${node}: skipped ${LOG_DIR}/${LINKED}, a symbolic link to ${JSON.stringify(runnerSecret)}: only regular files are collected.`,
      `${node}: skipped ${LOG_DIR}/${FIFO}, a FIFO: only regular files are collected.`,
      `${node}: skipped ${LOG_DIR}/${HARD}, a hard link to "${LOG_DIR}/aaa-notes": only regular files are collected.`,
      `${node}: skipped ${LOG_DIR}/${FOLDER}, a folder: only regular files are collected.`,
    ]);
  });

  test('the post step passes those warnings on and uploads only the real log', async () => {
    const warnings: string[] = [];
    const log: Logger = {
      debug: () => undefined,
      info: () => undefined,
      notice: () => undefined,
      warning: (message) => warnings.push(message),
      error: () => undefined,
      group: (_title, fn) => fn(),
    };
    const state: RunState = {
      clusterName: cluster,
      dir: tmp,
      policyPath: path.join(tmp, 'absent-policy.yaml'),
      kindConfigPath: path.join(tmp, 'kind-config.yaml'),
      policyOrigin: 'policy level Metadata',
      auditLogPath: LOG,
      logDir: path.join(tmp, 'no-runner-folders'),
      clusterCreateStarted: true,
      controlPlaneNodes: [node],
      verifiedNodes: [node],
      createFailure: '',
      deleteCluster: false,
      exportLogs: false,
      kubeconfigPath: '',
      kindCommand: 'kind',
    };
    const outDir = path.join(tmp, 'artifact');
    const report = await collectLogs(run, streamCommand, log, state, outDir);
    expect(report.files).toEqual([path.join(outDir, node, 'kube-apiserver-audit.log')]);
    expect(warnings).toHaveLength(4);
    expect(warnings.join('\n')).toContain(JSON.stringify(runnerSecret));
  });

  test('reading stops at the cap, naming the file and the cap', async () => {
    await sh(
      'mkdir -p /var/log/capped && yes \'{"kind":"Event"}\' | head -c 300000 > /var/log/capped/kube-apiserver-audit.log',
    );
    const dest = path.join(tmp, 'capped');
    const cap = 64 * 1024;
    const result = await collectNodeAuditFiles(
      streamCommand,
      node,
      '/var/log/capped/kube-apiserver-audit.log',
      dest,
      { maxBytes: cap },
    );

    const kept = await fs.readFile(path.join(dest, 'kube-apiserver-audit.log'));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(cap);
    const full = await nodeFile('/var/log/capped/kube-apiserver-audit.log');
    expect(kept.equals(full.subarray(0, kept.length))).toBe(true);
    expect(result.files).toEqual([
      { path: path.join(dest, 'kube-apiserver-audit.log'), bytes: kept.length },
    ]);
    expect(result.warnings).toEqual([
      `${node}: stopped reading /var/log/capped at the 64 KiB per-node cap inside /var/log/capped/kube-apiserver-audit.log: its first ${kept.length} bytes were kept; audit files after that point were not collected.`,
    ]);
  });

  test('a missing folder or node gives no files and no warning', async () => {
    const dest = path.join(tmp, 'missing');
    expect(
      await collectNodeAuditFiles(
        streamCommand,
        node,
        '/var/log/none/kube-apiserver-audit.log',
        dest,
      ),
    ).toEqual({ files: [], warnings: [] });
    expect(await collectNodeAuditFiles(streamCommand, `${cluster}-gone`, LOG, dest)).toEqual({
      files: [],
      warnings: [],
    });
  });

  // Last: it stops the node.
  test('a stopped node still gives its log', async () => {
    const expected = await nodeFile(LOG);
    await dockerChecked(['stop', node]);
    const dest = path.join(tmp, 'stopped', node);
    const result = await collectNodeAuditFiles(streamCommand, node, LOG, dest);
    expect(result.files.map((f) => f.bytes)).toEqual([expected.length]);
    expect((await fs.readFile(path.join(dest, 'kube-apiserver-audit.log'))).equals(expected)).toBe(
      true,
    );
  });
});
