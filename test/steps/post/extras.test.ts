// What post adds beside the audit files: kind's exported logs without the audit files (and
// without anything a node planted as a link), and the API server's log, capped.
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandStream, StreamRunner } from '../../../src/process/exec.js';
import { APISERVER_LOG_CAP, saveApiServerLog } from '../../../src/kind/apiserver-log.js';
import type { RunState } from '../../../src/state/run-state.js';
import { addClusterExtras } from '../../../src/steps/post/extras.js';
import { fakeRunner } from '../../support/fake-runner.js';
import { recordingLogger } from '../../support/recording-logger.js';
import { runStateIn } from '../../support/run-state.js';

const noStream: StreamRunner = () => {
  throw new Error('no stream expected');
};

function stateIn(dir: string, changes: Partial<RunState>): RunState {
  return runStateIn(dir, {
    clusterName: 'c',
    policyOrigin: 'policy level Metadata',
    controlPlaneNodes: ['c-control-plane'],
    ...changes,
  });
}

describe('addClusterExtras', () => {
  it("adds kind's exported logs to kind-logs/, leaving out audit files and links", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'extras-'));
    const run = fakeRunner([
      {
        prefix: ['kind', 'export', 'logs'],
        answer: (argv) => {
          const node = path.join(argv[3] ?? '', 'c-control-plane');
          mkdirSync(path.join(node, 'kubernetes'), { recursive: true });
          writeFileSync(path.join(argv[3] ?? '', 'kind-version.txt'), 'kind v0.32.0\n');
          writeFileSync(path.join(node, 'kubelet.log'), 'kubelet\n');
          for (const audit of [
            'kube-apiserver-audit.log',
            'kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz',
          ])
            writeFileSync(path.join(node, 'kubernetes', audit), '{"kind":"Event"}\n');
          // A pod with a hostPath can plant a link in a node's /var/log.
          symlinkSync('/etc/passwd', path.join(node, 'passwd.log'));
          return {};
        },
      },
    ]);
    const out = path.join(dir, 'artifact');
    const files = await addClusterExtras(
      run,
      noStream,
      recordingLogger(),
      stateIn(dir, { exportLogs: true }),
      out,
    );
    expect(files.map((f) => path.relative(out, f)).sort()).toEqual([
      'kind-logs/c-control-plane/kubelet.log',
      'kind-logs/kind-version.txt',
    ]);
    expect(run.calls[0]?.slice(0, 3)).toEqual(['kind', 'export', 'logs']);
  });

  it('adds nothing and runs nothing after a create that succeeded, without export-logs', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'extras-'));
    const run = fakeRunner([]);
    expect(await addClusterExtras(run, noStream, recordingLogger(), stateIn(dir, {}), dir)).toEqual(
      [],
    );
    expect(run.calls).toEqual([]);
  });
});

/** A stream runner whose command prints `chunks` one MiB buffers and records being stopped. */
function printing(chunks: number): StreamRunner & { stopped: boolean; args: string[][] } {
  const runner = (cmd: string, args: readonly string[]): CommandStream => {
    runner.args.push([cmd, ...args]);
    async function* stdout() {
      for (let i = 0; i < chunks && !runner.stopped; i++) {
        // A pipe delivers chunks over time.
        await Promise.resolve();
        yield Buffer.alloc(1024 * 1024, 0x61);
      }
    }
    return {
      stdout: stdout(),
      exited: Promise.resolve({ code: runner.stopped ? 143 : 0, stderr: '' }),
      stop: () => {
        runner.stopped = true;
      },
    };
  };
  runner.stopped = false;
  runner.args = [] as string[][];
  return runner;
}

describe('saveApiServerLog', () => {
  it('keeps a short log whole', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'apiserver-'));
    const stream = printing(2);
    const saved = await saveApiServerLog(stream, 'c-control-plane', dir);
    expect(saved).toEqual({
      file: path.join(dir, 'kube-apiserver.log'),
      bytes: 2 * 1024 * 1024,
      truncated: false,
    });
    expect(stream.args[0]?.slice(0, 3)).toEqual(['docker', 'exec', 'c-control-plane']);
  });

  it('cuts a log beyond the cap, says so in the file, and stops the command', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'apiserver-'));
    const stream = printing(40);
    const saved = await saveApiServerLog(stream, 'c-control-plane', dir);
    expect(saved.truncated).toBe(true);
    expect(saved.bytes).toBe(APISERVER_LOG_CAP);
    expect(stream.stopped).toBe(true);
    expect(
      readFileSync(saved.file, 'utf8').endsWith(
        `[kind-audit: cut at ${APISERVER_LOG_CAP} bytes]\n`,
      ),
    ).toBe(true);
    expect(statSync(saved.file).size).toBeLessThan(APISERVER_LOG_CAP + 100);
  });
});
