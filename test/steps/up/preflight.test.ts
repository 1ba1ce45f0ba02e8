// The checks made before anything is written, against real commands: a PATH without docker or
// kind, DOCKER_HOST pointing at a socket that is not there, and the machine's own engine.
import { mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type Runner } from '../../../src/process/exec.js';
import { preflight, PreflightError } from '../../../src/steps/up/preflight.js';
import { requireDocker } from '../../support/docker.js';
import { KIND_STANDIN } from '../../support/node-image.js';
import { fakeRunner } from '../../support/fake-runner.js';

const engine = await requireDocker();

/** The real runner, with the environment a runner might have. */
const runWith =
  (env: Record<string, string>): Runner =>
  (cmd, args, opts) =>
    run(cmd, args, { ...opts, env: { ...opts?.env, ...env } });

/** A folder holding only the stand-in kind, for PATH. */
function kindOnlyDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'preflight-kind-'));
  symlinkSync(KIND_STANDIN, path.join(dir, 'kind'));
  return dir;
}

/** A folder holding only `node`: neither docker nor kind is found on a PATH of it alone. */
function nodeOnlyDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'preflight-node-'));
  symlinkSync(process.execPath, path.join(dir, 'node'));
  return dir;
}

/** What preflight throws, or undefined when it passes. */
async function problemsOf(
  ...args: Parameters<typeof preflight>
): Promise<PreflightError | undefined> {
  try {
    await preflight(...args);
    return undefined;
  } catch (error) {
    if (error instanceof PreflightError) return error;
    throw error;
  }
}

const linux = { platform: 'linux', dockerHost: undefined, kind: 'kind' } as const;

describe('preflight', () => {
  it.each([
    ['darwin', 'macOS'],
    ['win32', 'Windows'],
  ] as const)('fails at once on %s, saying kind needs Linux containers', async (platform, name) => {
    const runner = fakeRunner([]);
    const error = await problemsOf(runner, { ...linux, platform });
    expect(error?.message).toContain(`kind-audit needs a Linux runner, and this one runs ${name}`);
    expect(error?.message).toContain("kind's nodes are Linux containers");
    expect(error?.message).toContain('runs-on: ubuntu-latest');
    expect(runner.calls).toEqual([]);
  });

  it('names both missing pieces when neither docker nor kind is on PATH', async () => {
    const error = await problemsOf(runWith({ PATH: nodeOnlyDir() }), linux);
    expect(error?.problems).toHaveLength(2);
    expect(error?.problems[0]).toMatch(
      /^Docker's command-line tool was not found \(`docker` was not found on PATH\)/,
    );
    expect(error?.problems[0]).toContain('https://docs.docker.com/engine/install/');
    expect(error?.problems[1]).toMatch(/^kind was not found \(`kind` was not found on PATH\)/);
    expect(error?.problems[1]).toContain("Set the 'kind-version' input");
  });

  it.skipIf(!engine.available)(
    'names the socket of DOCKER_HOST when no engine answers there',
    async () => {
      const socket = `unix://${path.join(mkdtempSync(path.join(os.tmpdir(), 'preflight-')), 'nope.sock')}`;
      const env = { PATH: `${kindOnlyDir()}:${process.env.PATH ?? ''}`, DOCKER_HOST: socket };
      const error = await problemsOf(runWith(env), { ...linux, dockerHost: socket });
      expect(error?.problems).toHaveLength(1);
      expect(error?.message).toContain(
        `The Docker engine does not answer at ${socket} (from DOCKER_HOST): \`docker info\` exited with code 1`,
      );
      expect(error?.message).toContain('set DOCKER_HOST');
    },
  );

  it('names the default socket when DOCKER_HOST is not set', async () => {
    const runner = fakeRunner([
      { prefix: ['docker', 'info'], answer: () => ({ code: 1, stderr: 'permission denied' }) },
      { prefix: ['kind', 'version'], answer: () => ({ stdout: 'kind v0.32.0' }) },
    ]);
    const error = await problemsOf(runner, linux);
    expect(error?.message).toBe(
      'The Docker engine does not answer at unix:///var/run/docker.sock: `docker info` exited with code 1 (permission denied). ' +
        "Start the engine (e.g. `sudo systemctl start docker`), let this user reach it (the `docker` group), or set DOCKER_HOST to the engine's socket.",
    );
  });

  it('checks the kind at the path it is given', async () => {
    const missing = path.join(os.tmpdir(), 'no-such-folder', 'kind');
    const runner: Runner = (cmd, args, opts) =>
      cmd === 'docker'
        ? Promise.resolve({ code: 0, stdout: '29', stderr: '' })
        : run(cmd, args, opts);
    const error = await problemsOf(runner, { ...linux, kind: missing });
    expect(error?.message).toContain(`kind was not found (\`${missing}\` was not found on PATH)`);
  });

  it.skipIf(!engine.available)(
    'passes with an engine that answers and a kind that runs',
    async () => {
      const env = { PATH: `${kindOnlyDir()}:${process.env.PATH ?? ''}` };
      expect(await problemsOf(runWith(env), linux)).toBeUndefined();
    },
  );
});
