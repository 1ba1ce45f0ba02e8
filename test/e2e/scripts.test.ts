// The e2e scripts as the workflow runs them (exit codes, annotations), the export-logs and
// job-log checks, and the streaming search they share.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/action-runner.js';
import { checkLeg } from './check-artifacts.js';
import { craftArtifact } from './craft.js';
import { missingDiagnostics } from './job-log.js';
import { LEGS, type Leg } from './legs.js';
import { needlesIn } from './scan.js';

const leg = (name: string): Leg => {
  const found = LEGS.find((l) => l.name === name);
  if (!found) throw new Error(`no leg ${name}`);
  return found;
};
const run = promisify(execFile);

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'ka-e2e-checks-'));
});
afterEach(() => fs.rm(root, { recursive: true, force: true }));

describe('needlesIn', () => {
  it('finds a value split across two reads of a large file', async () => {
    const file = path.join(root, 'big.log');
    const needle = 'kaE2eSplitValue0123456789';
    // createReadStream reads 64 KiB at a time: put the needle across the first boundary.
    await fs.writeFile(file, `${'x'.repeat(65_536 - 10)}${needle}${'y'.repeat(100)}`);
    expect(await needlesIn(file, [needle, 'absent'])).toEqual([needle]);
  });
});

describe('export-logs', () => {
  it('fails when kind-logs/ is missing, and when it holds an unredacted audit file', async () => {
    const dir = await craftArtifact(root, 'e2e-ha', leg('ha'));
    const audit = 'kind-logs/kind-control-plane/kubernetes/kube-apiserver-audit.log';
    await fs.mkdir(path.dirname(path.join(dir, audit)), { recursive: true });
    await fs.writeFile(path.join(dir, audit), '');
    expect(await checkLeg(root, leg('ha'))).toEqual([
      `ha (e2e-ha): ${audit}: an audit file in kind-logs/, where it would not be redacted`,
    ]);
    await fs.rm(path.join(dir, 'kind-logs'), { recursive: true });
    expect(await checkLeg(root, leg('ha'))).toEqual([
      'ha (e2e-ha): kind-logs/: missing or empty (export-logs: true)',
    ]);
  });
});

describe('the scripts as the check job runs them', () => {
  /** `node --import tsx <script> …args` from the repository root: exit code and stdout. */
  async function script(name: string, args: string[]): Promise<{ code: number; out: string }> {
    try {
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', `test/e2e/${name}`, ...args],
        {
          cwd: ROOT,
        },
      );
      return { code: 0, out: stdout };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string };
      return { code: failed.code ?? -1, out: failed.stdout ?? '' };
    }
  }

  it('check-artifacts.ts exits 0 on a good artifact, 1 with an error annotation per problem', async () => {
    const dir = await craftArtifact(root, 'e2e-ha', leg('ha'));
    expect(await script('check-artifacts.ts', ['--dir', root, '--leg', 'ha'])).toEqual({
      code: 0,
      out: 'ha: ok\n1 of 1 legs passed\n',
    });
    await fs.rm(path.join(dir, 'audit.jsonl'));
    expect(await script('check-artifacts.ts', ['--dir', root, '--leg', 'ha'])).toEqual({
      code: 1,
      out: '::error::ha (e2e-ha): audit.jsonl: missing\n0 of 1 legs passed\n',
    });
    expect(await script('check-artifacts.ts', ['--dir', root, '--leg', 'nope'])).toEqual({
      code: 1,
      out: '::error::unknown leg(s): nope\n',
    });
  });

  it('job-log.ts exits 1 naming each diagnostic the log lacks', async () => {
    const log = path.join(root, 'job.log');
    await fs.writeFile(log, 'Error: unknown flag: --kind-audit-e2e-no-such-flag\n');
    expect(await script('job-log.ts', ['--log', log])).toEqual({
      code: 1,
      out: '::error::the failed create\'s log does not show "--audit-policy-file="\n::error::the failed create\'s log does not show "--audit-log-path="\n',
    });
  });
});

describe("the failed create's job log", () => {
  const shown = [
    '2026-11-27T06:00:01.0000000Z kind-control-plane: /etc/kubernetes/manifests/kube-apiserver.yaml',
    '2026-11-27T06:00:01.0000000Z     - --audit-log-path=/var/log/kubernetes/kube-apiserver-audit.log',
    '2026-11-27T06:00:01.0000000Z     - --audit-policy-file=/etc/kubernetes/policies/audit-policy.yaml',
    '2026-11-27T06:00:02.0000000Z Error: unknown flag: --kind-audit-e2e-no-such-flag',
  ];

  it('passes when every diagnostic is shown, and names each one missing', async () => {
    const log = path.join(root, 'job.log');
    await fs.writeFile(log, shown.join('\n'));
    expect(await missingDiagnostics(log)).toEqual([]);
    // kind's own failure and the rendered config (map-style flags) are not the diagnostics.
    await fs.writeFile(
      log,
      'ERROR: failed to create cluster: failed to init node with kubeadm\n  audit-log-path: /var/log/kubernetes/kube-apiserver-audit.log\n',
    );
    expect(await missingDiagnostics(log)).toEqual([
      'unknown flag: --kind-audit-e2e-no-such-flag',
      '--audit-policy-file=',
      '--audit-log-path=',
    ]);
  });
});
