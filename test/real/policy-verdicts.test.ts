// Scenario: every policy case of test/fixtures/policy (valid and invalid) and every built-in policy,
// on each built Kubernetes version. The real kube-apiserver of that version starts with exactly
// the policies that `kind-audit policy validate --kubernetes-version V` (the CLI bundle) accepts,
// refuses the others with the errors the CLI printed, and drops the fields the CLI warned about.
// The server runs alone on the runner (apiserver-alone.ts); the same refusal inside a cluster, and
// the failed create's diagnostics showing it, are in failed-create.test.ts.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NODE24, ROOT } from '../support/action-runner.js';
import { realKindEnv, requireRealParts } from '../support/real-parts.js';
import { loadPolicy, serverFolder } from './apiserver-alone.js';
import { KIND } from './harness.js';

const real = await requireRealParts();
const execFileAsync = promisify(execFile);
const work = mkdtempSync(path.join(os.tmpdir(), 'kind-audit-verdicts-'));

interface Case {
  name: string;
  policy: string;
}

/** Runs the CLI bundle as users do; the exit code is the answer. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(
      NODE24,
      [path.join(ROOT, 'dist/cli/index.js'), ...args],
      { cwd: work, env: realKindEnv(KIND) },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof e.code === 'number' ? e.code : -1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    };
  }
}

const fixtureCases = (
  parse(
    readFileSync(
      new URL('../fixtures/policy/kube-apiserver-validation.yaml', import.meta.url),
      'utf8',
    ),
  ) as { cases: Case[] }
).cases;

/** The policies the action writes for its presets and levels, as `kind-audit render` writes them. */
async function builtInPolicies(): Promise<Case[]> {
  const choices = [
    ['preset', 'metadata'],
    ['preset', 'recommended'],
    ...['None', 'Metadata', 'Request', 'RequestResponse'].map((level) => ['level', level]),
  ];
  const cases: Case[] = [];
  for (const [flag, value] of choices) {
    const out = mkdtempSync(path.join(work, 'render-'));
    const rendered = await cli(['render', `--${flag}`, value ?? '', '--out', out]);
    if (rendered.code !== 0) throw new Error(`render --${flag} ${value}: ${rendered.stderr}`);
    cases.push({
      name: `${flag} ${value}`,
      policy: readFileSync(path.join(out, 'audit-policy.yaml'), 'utf8'),
    });
  }
  return cases;
}

const cases = real.available ? [...fixtureCases, ...(await builtInPolicies())] : [];
const serverDir = serverFolder(work);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!real.available)('policy validate agrees with the real kube-apiserver', () => {
  it('has every fixture case and built-in policy to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(fixtureCases.length + 6);
  });

  describe.each(real.kubernetes)('kube-apiserver %s', (version) => {
    it.concurrent.each(cases.map((c, i) => [c.name, c, i] as const))(
      '%s',
      { timeout: 180_000 },
      async (_name, c, i) => {
        const file = path.join(work, `policy-${version}-${i}.yaml`);
        writeFileSync(file, c.policy);
        const [verdict, server] = await Promise.all([
          cli(['policy', 'validate', '--kubernetes-version', version, file]),
          loadPolicy(version, file, serverDir),
        ]);
        expect([0, 1], verdict.stderr).toContain(verdict.code);
        const said = `CLI: ${verdict.stdout}${verdict.stderr}\nserver: ${server.error ?? 'loaded the policy'}`;
        expect(verdict.code === 0, said).toBe(server.accepted);
        if (!server.accepted) {
          // Each error the CLI printed is kube-apiserver's own, or its leading part.
          const errors = verdict.stdout.split('\n').filter(Boolean);
          expect(errors.length, said).toBeGreaterThan(0);
          for (const error of errors) expect(server.error, said).toContain(error);
        } else {
          // A field kube-apiserver dropped, falling back to lenient decoding, is one the CLI
          // warned of (k8s.io/apiserver pkg/audit/policy/reader.go).
          const dropped =
            /falling back to lenient decoding: strict decoding error: unknown field "([^"]+)"/.exec(
              server.output,
            )?.[1];
          if (dropped) expect(verdict.stderr, said).toContain(dropped);
        }
      },
    );
  });
});
