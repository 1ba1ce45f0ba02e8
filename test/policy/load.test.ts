import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/messages/input-error.js';
import { loadPolicy, PolicyError } from '../../src/policy/load.js';
import { levelPolicy, presetPolicy } from '../../src/policy/index.js';
import type { PolicySource } from '../../src/policy/source.js';

const MiB = 1024 * 1024;
const HEAD = 'apiVersion: audit.k8s.io/v1\nkind: Policy\n';
const workspace = mkdtempSync(path.join(os.tmpdir(), 'policy-load-'));

/** What loading `source` throws; fails the test when it loads. */
async function refusal(source: PolicySource): Promise<unknown> {
  return loadPolicy(source, {}, workspace).then(
    () => expect.fail('the policy was loaded'),
    (error: unknown) => error,
  );
}

/** A policy of exactly `bytes` bytes: a valid one, padded with a comment. */
function policyOfSize(bytes: number): string {
  const body = `${HEAD}rules:\n- level: Metadata\n#`;
  return `${body}${'x'.repeat(bytes - body.length - 1)}\n`;
}

describe('loadPolicy: where the policy came from', () => {
  it.each<[string, PolicySource, string]>([
    ['a preset', { kind: 'preset', name: 'recommended' }, "the 'recommended' preset"],
    ['a level', { kind: 'level', level: 'Metadata' }, 'policy level Metadata'],
    [
      'the inline input',
      { kind: 'inline', text: levelPolicy('None'), input: 'policy' },
      "the 'policy' input",
    ],
  ])('names %s', async (_name, source, origin) => {
    const loaded = await loadPolicy(source, {}, workspace);
    expect(loaded.origin).toBe(origin);
    expect(loaded.file).toBeUndefined();
  });

  it('names a file by its full path, and keeps the path as written for annotations', async () => {
    mkdirSync(path.join(workspace, 'ci'), { recursive: true });
    writeFileSync(path.join(workspace, 'ci', 'audit.yaml'), levelPolicy('Request'));
    const loaded = await loadPolicy(
      { kind: 'file', path: 'ci/audit.yaml', input: 'policy-file' },
      {},
      workspace,
    );
    expect(loaded.origin).toBe(path.join(workspace, 'ci', 'audit.yaml'));
    expect(loaded.file).toBe('ci/audit.yaml');
    expect(loaded.policy.rules).toEqual([{ level: 'Request' }]);
  });
});

describe('loadPolicy: the checked policy', () => {
  it('returns the policy kube-apiserver loads, options included', async () => {
    const loaded = await loadPolicy(
      { kind: 'preset', name: 'recommended' },
      { omitStages: ['ResponseStarted'], omitManagedFields: true },
      workspace,
    );
    expect(loaded.text).toContain('omitStages: [ResponseStarted]');
    expect(loaded.policy.omitStages).toEqual(['ResponseStarted']);
    expect(loaded.policy.omitManagedFields).toBe(true);
    expect(loaded.warnings).toEqual([]);
  });

  it('returns the text unchanged, and its warnings, when no option is set', async () => {
    const text = `${HEAD}rules:\n- level: Metadata\n  verbs: [GET]\n`;
    const loaded = await loadPolicy({ kind: 'inline', text, input: 'policy' }, {}, workspace);
    expect(loaded.text).toBe(text);
    expect(loaded.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('"GET" never matches'),
    ]);
  });

  it('keeps the lines of the text as written when options add lines before them', async () => {
    const text = `${HEAD}rules:\n- level: Metadata\n  verbs: [GET]\n`;
    const loaded = await loadPolicy(
      { kind: 'inline', text, input: 'policy' },
      { omitStages: ['RequestReceived'], omitManagedFields: false },
      workspace,
    );
    expect(loaded.text.split('\n').length).toBeGreaterThan(text.split('\n').length);
    expect(loaded.warnings[0]?.line).toBe(5);
  });

  it('throws PolicyError with every kube error, naming where the policy came from', async () => {
    const refused = await refusal({
      kind: 'inline',
      text: `${HEAD}rules:\n- level: Everything\n- {}\n`,
      input: 'policy',
    });
    expect(refused).toBeInstanceOf(PolicyError);
    expect((refused as PolicyError).origin).toBe("the 'policy' input");
    expect((refused as PolicyError).errors).toEqual([
      expect.stringContaining('rules[0].level: Unsupported value: "Everything"'),
      'rules[1].level: Required value',
    ]);
  });
});

describe('loadPolicy: a policy file that cannot be used', () => {
  const allowed = 'the policy file must be a regular file of at most 1 MiB (1048576 bytes)';

  it('refuses a directory', async () => {
    mkdirSync(path.join(workspace, 'policies'), { recursive: true });
    const error = await refusal({ kind: 'file', path: 'policies', input: 'policy-file' });
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ input: 'policy-file', value: 'policies' });
    expect((error as InputError).allowed).toBe(
      `${path.join(workspace, 'policies')} is a directory; ${allowed}`,
    );
  });

  it('refuses a named pipe at once instead of waiting for a writer', async () => {
    const fifo = path.join(workspace, 'policy.fifo');
    execFileSync('mkfifo', [fifo]);
    const error = await refusal({ kind: 'file', path: 'policy.fifo', input: 'policy-file' });
    expect(error).toMatchObject({ input: 'policy-file', value: 'policy.fifo' });
    expect((error as Error).message).toBe(
      `Input 'policy-file' has the value "policy.fifo": ${fifo} is a named pipe (FIFO); ${allowed}.`,
    );
  });

  it('refuses /dev/zero, also behind a symbolic link, without reading it', async () => {
    expect(await refusal({ kind: 'file', path: '/dev/zero', input: 'policy-file' })).toMatchObject({
      input: 'policy-file',
      value: '/dev/zero',
      allowed: `/dev/zero is a character device; ${allowed}`,
    });
    symlinkSync('/dev/zero', path.join(workspace, 'zero.yaml'));
    expect(await refusal({ kind: 'file', path: 'zero.yaml', input: 'policy-file' })).toMatchObject({
      allowed: expect.stringContaining('is a character device') as string,
    });
  });

  it('refuses a file one byte over 1 MiB, and accepts one of exactly 1 MiB', async () => {
    writeFileSync(path.join(workspace, 'big.yaml'), policyOfSize(MiB + 1));
    expect(await refusal({ kind: 'file', path: 'big.yaml', input: 'policy-file' })).toMatchObject({
      input: 'policy-file',
      value: 'big.yaml',
      allowed: `${path.join(workspace, 'big.yaml')} holds ${MiB + 1} bytes; ${allowed}`,
    });
    writeFileSync(path.join(workspace, 'fits.yaml'), policyOfSize(MiB));
    const loaded = await loadPolicy(
      { kind: 'file', path: 'fits.yaml', input: 'policy-file' },
      {},
      workspace,
    );
    expect(loaded.text.length).toBe(MiB);
  });

  it('says where it looked for a missing file', async () => {
    expect(await refusal({ kind: 'file', path: 'nope.yaml', input: 'policy-file' })).toMatchObject({
      input: 'policy-file',
      value: 'nope.yaml',
      allowed: `no such file (looked for ${path.join(workspace, 'nope.yaml')}; relative paths start at ${workspace})`,
    });
  });
});

describe('loadPolicy: an inline policy over the limit', () => {
  it('refuses it and quotes only its start', async () => {
    const error = await refusal({ kind: 'inline', text: policyOfSize(MiB + 1), input: 'policy' });
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({
      input: 'policy',
      value: 'apiVersion: audit.k8s.io/v1…',
      allowed: `it holds ${MiB + 1} bytes; an audit policy may hold at most 1 MiB (1048576 bytes), as kube-apiserver reads it whole`,
    });
    expect((error as Error).message.length).toBeLessThan(300);
  });

  it('counts bytes, not characters', async () => {
    // 'é' is two bytes in UTF-8: half a mebibyte of them is a full one.
    const text = `${HEAD}rules:\n- level: Metadata\n#${'é'.repeat(MiB / 2)}\n`;
    expect(await refusal({ kind: 'inline', text, input: 'policy' })).toBeInstanceOf(InputError);
  });

  it('accepts the presets, far below it', async () => {
    const loaded = await loadPolicy({ kind: 'preset', name: 'recommended' }, {}, workspace);
    expect(loaded.text).toBe(presetPolicy('recommended'));
  });
});
