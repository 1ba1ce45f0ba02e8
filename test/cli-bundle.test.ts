// The CLI bundle as a person runs it, for what needs no cluster: misuse, exit codes, and where it
// keeps its files. The cluster commands against a real engine are in test/integration/cli.test.ts.
import { spawnSync } from 'node:child_process';
import {
  chownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24, ROOT } from './support/action-runner.js';
import { requireDocker } from './support/docker.js';

// `up` asks the Docker engine first: the tests that run it skip without one (and fail in CI).
const engine = await requireDocker();

const home = () => mkdtempSync(path.join(os.tmpdir(), 'cli-home-'));

/** `kind-audit …` under Node 24 with its own HOME, stopped after 10 s so a hang fails the test. */
function cli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(NODE24, [path.join(ROOT, 'dist/cli/index.js'), ...args], {
    encoding: 'utf8',
    timeout: 10_000,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: env.HOME ?? home(),
      // up checks the Docker engine first; CI's private engine is found through DOCKER_HOST.
      ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
      ...env,
    },
  });
}

describe('kind-audit CLI: misuse and exit codes', () => {
  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [
      ['render', '--verb', 'get', '--out', '/tmp/x'],
      "--verb is not an option of 'render' (it belongs to 'policy explain')",
    ],
    [
      ['up', '--out', 'x'],
      "--out is not an option of 'up' (it belongs to 'render', 'collect', 'merge', 'rbac', 'baseline')",
    ],
    [
      ['render', '--out', '/tmp/ka', '--level', 'metadata'],
      'Option --level has the value "metadata"',
    ],
    [['up', '--name', 'x'.repeat(51)], 'Option --name has the value'],
    [
      ['render', '--out', '/tmp/ka', '--omit-stages', ','],
      'Option --omit-stages has the value ",": it names no stage',
    ],
    [
      ['render', '--out', '/proc/kind-audit/x'],
      '--out has the value "/proc/kind-audit/x": it must be a folder',
    ],
    [['render'], '--out DIR is required'],
    [['policy', 'validate'], 'name the FILE'],
    [
      ['policy', 'validate', '/no/such/file.yaml'],
      'Argument FILE has the value "/no/such/file.yaml"',
    ],
    [['verify', 'extra'], 'unexpected arguments: extra'],
  ])('kind-audit %j exits 2 and says why', (args, message) => {
    const result = cli(args);
    expect(result.error, 'the CLI must not hang').toBeUndefined();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('exits 1 for a policy kube-apiserver would reject, in render too', () => {
    const dir = home();
    const policy = path.join(dir, 'bad.yaml');
    writeFileSync(
      policy,
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Everything\n',
    );
    const result = cli(['render', '--out', path.join(dir, 'out'), '--policy-file', policy]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('rules[0].level: Unsupported value: "Everything"');
  });

  it("prints each command's help, generated from its flags, with the defaults", () => {
    const result = cli(['up', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: kind-audit up /);
    expect(result.stdout).toMatch(/--wait D +.*\(default 120s\)/);
    expect(result.stdout).toMatch(/--image I +.*\(also --node-image\)/);
  });
});

describe('kind-audit CLI: its files', () => {
  it.skipIf(!engine.available)(
    'keeps its files in a per-user folder with mode 0700, where verify finds them by name',
    () => {
      const dir = home();
      const stand = fakeKind(dir);
      // The stand-in kind knows no cluster and fails to create one: up has written its files and
      // state by then, as it does before every create.
      const up = cli(['up', '--name', 'mine'], {
        HOME: dir,
        PATH: `${stand}:${process.env.PATH ?? ''}`,
      });
      expect(up.status).toBe(1);
      expect(up.stderr).toContain('kind create cluster --name mine');
      const base = path.join(dir, '.local', 'state', 'kind-audit');
      for (const folder of [base, path.join(base, 'mine')])
        expect(lstatSync(folder).mode & 0o777).toBe(0o700);
      const state = JSON.parse(readFileSync(path.join(base, 'mine', 'state.json'), 'utf8')) as {
        policyPath: string;
      };
      expect(state.policyPath).toBe(path.join(base, 'mine', 'audit-policy.yaml'));
      const verify = cli(['verify', '--name', 'mine'], { HOME: dir });
      expect(verify.stderr).not.toContain('No state for cluster');
    },
  );

  it.skipIf(process.getuid?.() !== 0 || !engine.available)(
    'refuses a per-user folder that another user owns (root sets one up)',
    () => {
      const dir = home();
      const base = path.join(dir, '.local', 'state', 'kind-audit');
      mkdirSync(base, { recursive: true, mode: 0o777 });
      chownSync(base, 4242, 4242);
      const stand = fakeKind(dir);
      const up = cli(['up', '--name', 'mine'], {
        HOME: dir,
        PATH: `${stand}:${process.env.PATH ?? ''}`,
      });
      expect(up.status).toBe(1);
      expect(up.stderr).toContain(`${base} belongs to user 4242`);
      expect(readFileSync(path.join(stand, 'calls'), 'utf8')).not.toContain('create');
    },
  );

  it.skipIf(!engine.available)('never writes through a link planted in its folder', () => {
    const dir = home();
    const folder = path.join(dir, 'state');
    mkdirSync(folder, { mode: 0o700 });
    const target = path.join(dir, 'precious');
    writeFileSync(target, 'keep me');
    symlinkSync(target, path.join(folder, 'audit-policy.yaml'));
    const stand = fakeKind(dir);
    const up = cli(['up', '--name', 'mine', '--dir', folder], {
      HOME: dir,
      PATH: `${stand}:${process.env.PATH ?? ''}`,
    });
    expect(up.status).toBe(1);
    expect(up.stderr).toContain('is a link: refusing to write through it');
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(lstatSync(path.join(folder, 'audit-policy.yaml')).isSymbolicLink()).toBe(true);
  });
});

/** A `kind` that knows no clusters and records its calls: enough for up to get past the name check. */
function fakeKind(dir: string): string {
  const bin = mkdtempSync(path.join(dir, 'bin-'));
  writeFileSync(
    path.join(bin, 'kind'),
    `#!/bin/sh\necho "$@" >> "${bin}/calls"\n[ "$1 $2" = "get clusters" ] && exit 0\nexit 1\n`,
    { mode: 0o755 },
  );
  return bin;
}
