// Post always ends: a command that never exits is stopped (its own timeout, or post's deadline),
// nothing more is started on the cluster after the deadline, and post still uploads what it has
// and says what it skipped. The stuck commands here are real processes that never exit.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, TimeoutError, type Runner, type StreamRunner } from '../../../src/process/exec.js';
import { Deadline, DeadlineError } from '../../../src/steps/post/deadline.js';
import { finishRun } from '../../../src/steps/post/post.js';
import { recordingLogger } from '../../support/recording-logger.js';
import { runStateIn } from '../../support/run-state.js';

const NODE = 'kind-control-plane';

/**
 * A `docker` on a path of its own: `ps` lists one running control plane, `exec` (kubectl reading
 * the cluster's RBAC) never exits, as it did against an API server whose audit log was a FIFO.
 */
function stuckDocker(dir: string): string {
  const file = path.join(dir, 'docker');
  writeFileSync(
    file,
    `#!/bin/sh\ncase "$1" in\nps) printf '${NODE}\\trunning\\tcontrol-plane\\n' ;;\nexec) exec sleep 1000 ;;\n*) echo "unexpected: $*" >&2; exit 1 ;;\nesac\n`,
  );
  chmodSync(file, 0o755);
  return file;
}

/** A stream runner that fails the test if post starts a copy: the runner folder has the log. */
const noStream: StreamRunner = (cmd, args) => {
  throw new Error(`no stream expected: ${cmd} ${args.join(' ')}`);
};

describe('finishRun with a command that never exits', () => {
  it(
    'stops it at the deadline, starts nothing after, uploads the log and says what it skipped',
    { timeout: 30_000 },
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'post-deadline-'));
      const docker = stuckDocker(dir);
      const ran: string[] = [];
      const runner: Runner = (cmd, args, opts) => {
        ran.push(`${cmd} ${args.join(' ')}`);
        return run(cmd === 'docker' ? docker : cmd, args, opts);
      };
      const state = runStateIn(dir, { controlPlaneNodes: [NODE], exportLogs: true });
      mkdirSync(path.join(state.logDir, NODE), { recursive: true });
      writeFileSync(
        path.join(state.logDir, NODE, 'kube-apiserver-audit.log'),
        `${JSON.stringify({ kind: 'Event', apiVersion: 'audit.k8s.io/v1', level: 'Metadata', auditID: 'a1', stage: 'ResponseComplete', requestURI: '/api', verb: 'get', user: { username: 'alice' }, stageTimestamp: '2026-01-01T00:00:00.000000Z' })}\n`,
      );
      const log = recordingLogger();
      const published: string[] = [];
      const started = Date.now();
      const result = await finishRun(runner, noStream, log, state, {
        outDir: path.join(dir, 'artifact'),
        redact: true,
        rawFiles: true,
        deadlineMs: 2_000,
        publish: (files) => {
          published.push(...files.map((f) => path.relative(path.join(dir, 'artifact'), f)));
          return Promise.resolve({ kind: 'not-uploaded', name: 'a', reason: 'test', dir });
        },
      });
      // Stopped at 2 s (sleep ends at SIGTERM), not after kubectl's 1000 s.
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(published).toContain('audit.jsonl');
      expect(result.artifact.merge.events).toBe(1);
      const warnings = log.lines.filter(([level]) => level === 'warning').map(([, m]) => m);
      expect(warnings).toContainEqual(
        expect.stringMatching(
          /^Could not read the cluster's RBAC .*: `docker exec kind-control-plane kubectl .*clusterroles` was stopped: post's deadline of 2 s had passed$/,
        ),
      );
      // kind export logs (asked for) is not started once the deadline has passed.
      expect(ran.some((r) => r.startsWith('kind export logs'))).toBe(false);
      const missed = warnings.find((w) => w.startsWith("Post's deadline of 2 s passed"));
      expect(missed).toContain(
        `before it was done with the cluster; skipped: \`docker exec ${NODE} kubectl --kubeconfig=/etc/kubernetes/admin.conf --server=https://localhost:6443 --request-timeout=20s get --raw /apis/rbac.authorization.k8s.io/v1/clusterroles\` (stopped), `,
      );
      expect(missed).toMatch(
        /`kind export logs \S+ --name kind` \(not run\)\. The artifact holds everything collected before it\.$/,
      );
    },
  );
});

describe('Deadline', () => {
  it('gives each command its own timeout, or what is left, whichever is less', async () => {
    const deadline = new Deadline(60_000);
    const error = await deadline
      .runner(run, 300)('sleep', ['1000'])
      .catch((e: unknown) => e);
    // Its own timeout: a TimeoutError, and nothing missed for the deadline.
    expect(error).toBeInstanceOf(TimeoutError);
    expect(deadline.missed).toEqual([]);
    deadline.dispose();
  });

  it('refuses to start a command once it has passed', async () => {
    const deadline = new Deadline(100);
    await new Promise((resolve) => setTimeout(resolve, 150));
    let started = false;
    const runner: Runner = () => {
      started = true;
      return Promise.resolve({ code: 0, stdout: '', stderr: '' });
    };
    const error = await deadline
      .runner(runner, 1_000)('docker', ['ps'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineError);
    expect((error as Error).message).toBe(
      "`docker ps` was not run: post's deadline of 0.1 s had passed",
    );
    expect(started).toBe(false);
    expect(() => deadline.streamRunner(noStream, 1_000)('docker', ['cp', 'n:/x', '-'])).toThrow(
      DeadlineError,
    );
    expect(deadline.report()).toBe(
      "Post's deadline of 0.1 s passed before it was done with the cluster; skipped: `docker ps` (not run), `docker cp n:/x -` (not run). The artifact holds everything collected before it.",
    );
  });
});
