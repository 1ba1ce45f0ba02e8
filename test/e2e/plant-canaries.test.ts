// The canary leg's planting, against a kubectl that records what it was asked (no API server
// runs here; the stand-in's kubectl answers only `get --raw`). Each value must reach the cluster
// in the request that plants it, and the values file must name exactly what was sent.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/action-runner.js';
import { CANARY_VALUES_JSON, plantCanaries, type CanaryValues } from './plant-canaries.js';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.ZmFrZS1zaWduYXR1cmU';

/**
 * A kubectl that appends each call (arguments, then stdin) to `calls.log`, prints a token for
 * `create token`, answers the TokenReview with `$REVIEW`, and fails when `$FAIL_ON` is an argument.
 */
const FAKE_KUBECTL = `#!/bin/sh
log="$(dirname "$0")/calls.log"
echo "ARGS $*" >>"$log"
for a in "$@"; do [ -n "$FAIL_ON" ] && [ "$a" = "$FAIL_ON" ] && { echo "error: $FAIL_ON refused" >&2; exit 1; }; done
stdin=$(cat); [ -n "$stdin" ] && echo "STDIN $stdin" >>"$log"
case "$*" in
  *"create token"*) echo "${TOKEN}" ;;
  *TokenReview*|*"-o jsonpath={.status.authenticated}"*) printf '%s' "\${REVIEW:-true}" ;;
esac
exit 0
`;

let dir: string;
let kubectl: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ka-e2e-plant-'));
  kubectl = path.join(dir, 'kubectl');
  await fs.writeFile(kubectl, FAKE_KUBECTL, { mode: 0o755 });
  delete process.env.FAIL_ON;
  delete process.env.REVIEW;
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

const calls = async () => (await fs.readFile(path.join(dir, 'calls.log'), 'utf8')).split('\n');

describe('plantCanaries', () => {
  it('sends each fresh value in the request that plants it, in the kind-kind context', async () => {
    const values = await plantCanaries('kind-kind', kubectl);
    const log = await calls();
    expect(values.token).toBe(TOKEN);
    expect(values.createdSecret).toMatch(/^kaE2eCreated[0-9a-f]{24}$/);
    expect(values.appliedSecret).toMatch(/^kaE2eApplied[0-9a-f]{24}$/);
    expect(
      log
        .filter((l) => l.startsWith('ARGS'))
        .every((l) => l.startsWith('ARGS --context kind-kind ')),
    ).toBe(true);
    expect(log).toContain(
      `ARGS --context kind-kind -n kind-audit-canary create secret generic created --from-literal=value=${values.createdSecret}`,
    );
    const applied = log.find((l) => l.startsWith('STDIN') && l.includes('"kind":"Secret"')) ?? '';
    expect(JSON.parse(applied.slice(6))).toMatchObject({
      stringData: { value: values.appliedSecret },
    });
    const review = log.find((l) => l.startsWith('STDIN') && l.includes('TokenReview')) ?? '';
    expect(JSON.parse(review.slice(6))).toMatchObject({ spec: { token: TOKEN } });
  });

  it('gives different values on every run', async () => {
    const a = await plantCanaries('kind-kind', kubectl);
    const b = await plantCanaries('kind-kind', kubectl);
    expect(a.createdSecret).not.toBe(b.createdSecret);
    expect(a.appliedSecret).not.toBe(b.appliedSecret);
  });

  it('fails, naming the command and kubectl’s error, when a kubectl call fails', async () => {
    process.env.FAIL_ON = 'apply';
    await expect(plantCanaries('kind-kind', kubectl)).rejects.toThrow(
      /kubectl --context kind-kind apply -f - exited 1: error: apply refused/,
    );
  });

  it('fails when the TokenReview does not authenticate the token', async () => {
    process.env.REVIEW = 'false';
    await expect(plantCanaries('kind-kind', kubectl)).rejects.toThrow('authenticated=false');
  });
});

describe('plant-canaries.ts as the leg runs it', () => {
  it('writes the values it planted to --out, as the check reads them', async () => {
    const out = path.join(dir, CANARY_VALUES_JSON);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'test/e2e/plant-canaries.ts', '--context', 'kind-kind', '--out', out],
      { cwd: ROOT, env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` } },
    );
    expect(stdout).toContain('planted 3 canaries in kind-kind');
    const values = JSON.parse(await fs.readFile(out, 'utf8')) as CanaryValues;
    expect(values.token).toBe(TOKEN);
    expect((await calls()).join('\n')).toContain(values.createdSecret);
  });
});
