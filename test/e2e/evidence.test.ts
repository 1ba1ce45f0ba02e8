// The evidence legs leave for the final e2e job, checked on artifact folders written by hand:
// planted secret values must be absent in every form; every file read from audit-log-dir present.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAuditFiles } from './audit-files.js';
import { checkLeg } from './check-artifacts.js';
import { craftArtifact, eventLine } from './craft.js';
import { LEGS, type Leg } from './legs.js';

const leg = (name: string): Leg => {
  const found = LEGS.find((l) => l.name === name);
  if (!found) throw new Error(`no leg ${name}`);
  return found;
};
const b64 = (text: string) => Buffer.from(text).toString('base64');
const ROTATED = 'kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz';

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'ka-e2e-checks-'));
});
afterEach(() => fs.rm(root, { recursive: true, force: true }));

describe('planted secrets', () => {
  const values = {
    createdSecret: 'kaE2eCreatedaaaa',
    appliedSecret: 'kaE2eAppliedbbbb',
    token: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.c2lnbmF0dXJlLXBhcnQtb2YtdGhlLXRva2Vu',
  };

  async function canaryLeg(): Promise<string> {
    const dir = await craftArtifact(root, 'e2e-canary', leg('canary'));
    await fs.mkdir(path.join(root, 'e2e-canary-values'));
    await fs.writeFile(
      path.join(root, 'e2e-canary-values/canary-values.json'),
      JSON.stringify(values),
    );
    return dir;
  }

  it('pass when no value is in the artifact, although the evidence artifact holds them all', async () => {
    await canaryLeg();
    expect(await checkLeg(root, leg('canary'))).toEqual([]);
  });

  it.each([
    ['the created Secret, base64 as in data', b64(values.createdSecret), 'createdSecret'],
    [
      'the applied Secret, plain as in last-applied',
      `\\"value\\":\\"${values.appliedSecret}\\"`,
      'appliedSecret',
    ],
    ['the token', values.token, 'token'],
    ['the token signature alone', `"x":"${values.token.split('.')[2] ?? ''}"`, 'token'],
  ])('fail on %s inside a rotated .gz, naming the file', async (_what, text, name) => {
    const dir = await canaryLeg();
    const gz = 'kind-control-plane/kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz';
    await fs.writeFile(path.join(dir, gz), gzipSync(`${eventLine('/x')}\n{"leak":"${text}"}\n`));
    expect(await checkLeg(root, leg('canary'))).toEqual([
      `canary (e2e-canary): ${gz}: holds the planted value "${name}"`,
    ]);
  });

  it("fail on the recommended leg's literal Secret value in summary.md", async () => {
    const dir = await craftArtifact(root, 'e2e-recommended', leg('recommended'));
    await fs.writeFile(path.join(dir, 'summary.md'), `| ${b64('kind-audit-canary')} |\n`);
    expect(await checkLeg(root, leg('recommended'))).toEqual([
      'recommended (e2e-recommended): summary.md: holds the planted value "kind-audit-canary"',
    ]);
  });
});

describe('rotation', () => {
  const listed = {
    'kind-control-plane': [
      'kube-apiserver-audit.log',
      'kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz',
      // Listed while lumberjack was still compressing it: in the artifact as .gz.
      'kube-apiserver-audit-2026-11-26T15-16-50.000.log',
    ],
  };

  async function rotationLeg(): Promise<string> {
    const dir = await craftArtifact(root, 'e2e-rotation', leg('rotation'));
    const node = path.join(dir, 'kind-control-plane');
    await fs.writeFile(
      path.join(node, 'kube-apiserver-audit-2026-11-26T15-16-50.000.log.gz'),
      gzipSync('\n'),
    );
    await fs.mkdir(path.join(root, 'e2e-rotation-files'));
    await fs.writeFile(
      path.join(root, 'e2e-rotation-files/audit-files.json'),
      JSON.stringify(listed),
    );
    return dir;
  }

  it('passes when every file read from audit-log-dir is in the artifact', async () => {
    await rotationLeg();
    expect(await checkLeg(root, leg('rotation'))).toEqual([]);
  });

  it('fails, naming it, when a rotated .gz is missing', async () => {
    const dir = await rotationLeg();
    await fs.rm(
      path.join(dir, 'kind-control-plane/kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz'),
    );
    expect(await checkLeg(root, leg('rotation'))).toEqual([
      'rotation (e2e-rotation): kind-control-plane/kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz: read from audit-log-dir during the job, not in the artifact',
    ]);
  });
});

describe('readAuditFiles (the rotation leg, in the job)', () => {
  async function logDir(files: Record<string, string | Buffer>): Promise<string> {
    const dir = path.join(root, 'logs');
    await fs.mkdir(path.join(dir, 'kind-control-plane'), { recursive: true });
    for (const [name, text] of Object.entries(files))
      await fs.writeFile(path.join(dir, 'kind-control-plane', name), text);
    return dir;
  }

  it('lists the audit files it read, .gz decompressed to the end', async () => {
    const dir = await logDir({
      'kube-apiserver-audit.log': 'x\n',
      [ROTATED]: gzipSync('y\n'),
      'other.txt': 'not an audit file',
    });
    expect(await readAuditFiles(dir)).toEqual({
      'kind-control-plane': [ROTATED, 'kube-apiserver-audit.log'],
    });
  });

  it('fails when nothing rotated, and on a cut-off .gz, naming it', async () => {
    await expect(
      readAuditFiles(await logDir({ 'kube-apiserver-audit.log': 'x\n' })),
    ).rejects.toThrow('the traffic did not rotate the log');
    const cut = gzipSync('y\n'.repeat(1000)).subarray(0, 20);
    await expect(readAuditFiles(await logDir({ [ROTATED]: cut }))).rejects.toThrow(
      `cannot read ${path.join(root, 'logs/kind-control-plane', ROTATED)}`,
    );
  });
});
