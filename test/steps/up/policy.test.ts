import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/messages/input-error.js';
import type { Annotation, Logger } from '../../../src/messages/logger.js';
import { levelPolicy, presetPolicy } from '../../../src/policy/index.js';
import { PolicyError, preparePolicy } from '../../../src/steps/up/policy.js';

/** A logger that keeps what a user would see as annotations. */
function recordingLogger(): Logger & { warnings: [string, Annotation | undefined][] } {
  const warnings: [string, Annotation | undefined][] = [];
  return {
    warnings,
    debug: () => undefined,
    info: () => undefined,
    notice: () => undefined,
    warning: (message, where) => warnings.push([message, where]),
    error: () => undefined,
    group: (_name, fn) => fn(),
  };
}

const workspace = mkdtempSync(path.join(os.tmpdir(), 'policy-ws-'));

describe('preparePolicy', () => {
  it('gives the guide policy for the default source', async () => {
    const loaded = await preparePolicy(
      { kind: 'level', level: 'Metadata' },
      {},
      workspace,
      recordingLogger(),
    );
    expect(loaded.text).toBe(levelPolicy('Metadata'));
    expect(loaded.policy.rules).toEqual([{ level: 'Metadata' }]);
  });

  it('reads a policy file relative to the workspace and lays omit-stages over it', async () => {
    writeFileSync(
      path.join(workspace, 'audit.yaml'),
      '# mine\napiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Request\n',
    );
    const { text, policy } = await preparePolicy(
      { kind: 'file', path: 'audit.yaml', input: 'policy-file' },
      { omitStages: ['RequestReceived'] },
      workspace,
      recordingLogger(),
    );
    expect(text).toContain('# mine');
    expect(text).toContain('omitStages: [RequestReceived]');
    expect(policy.omitStages).toEqual(['RequestReceived']);
  });

  it('names the input and the path when the file is missing', async () => {
    await expect(
      preparePolicy(
        { kind: 'file', path: 'nope.yaml', input: 'policy-file' },
        {},
        workspace,
        recordingLogger(),
      ),
    ).rejects.toThrow(
      `Input 'policy-file' has the value "nope.yaml": no such file (looked for ${path.join(workspace, 'nope.yaml')}; relative paths start at ${workspace}).`,
    );
  });

  it('fails with all of kube-apiserver errors at once, before anything is created', async () => {
    const policy =
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: metadata\n- verbs: [get]\n';
    const error = await preparePolicy(
      { kind: 'inline', text: policy, input: 'policy' },
      {},
      workspace,
      recordingLogger(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).errors).toEqual([
      'rules[0].level: Unsupported value: "metadata": supported values: "None", "Metadata", "Request", "RequestResponse"',
      'rules[1].level: Required value',
    ]);
    expect((error as Error).message).toMatch(
      /^The audit policy from the 'policy' input would be rejected by kube-apiserver:\n {2}rules\[0\]\.level/,
    );
  });

  it('annotates the file line of a field kube would silently drop', async () => {
    writeFileSync(
      path.join(workspace, 'indent.yaml'),
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n  resources:\n  - group: ""\n    resources: [pods]\n    verbs: [get]\n',
    );
    const log = recordingLogger();
    await preparePolicy(
      { kind: 'file', path: 'indent.yaml', input: 'policy-file' },
      {},
      workspace,
      log,
    );
    const [message, where] = log.warnings[0] ?? [];
    expect(message).toContain('rules[0].resources[0].verbs');
    expect(where).toMatchObject({ file: 'indent.yaml', line: 8 });
  });

  it('warns that a Request policy would write Secret bodies into the artifact', async () => {
    const log = recordingLogger();
    await preparePolicy({ kind: 'level', level: 'Request' }, {}, workspace, log);
    expect(log.warnings.map(([m]) => m).join('\n')).toMatch(/secrets/);
  });

  it('accepts the recommended preset without a warning', async () => {
    const log = recordingLogger();
    const loaded = await preparePolicy({ kind: 'preset', name: 'recommended' }, {}, workspace, log);
    expect(loaded.text).toBe(presetPolicy('recommended'));
    expect(log.warnings).toEqual([]);
  });

  it('says where the policy came from, for the summary', async () => {
    writeFileSync(path.join(workspace, 'mine.yaml'), levelPolicy('Metadata'));
    const loaded = await preparePolicy(
      { kind: 'file', path: 'mine.yaml', input: 'policy-file' },
      {},
      workspace,
      recordingLogger(),
    );
    expect(loaded).toMatchObject({ origin: path.join(workspace, 'mine.yaml'), file: 'mine.yaml' });
  });

  it('refuses a named pipe as the policy file instead of hanging the step', async () => {
    execFileSync('mkfifo', [path.join(workspace, 'pipe.yaml')]);
    const log = recordingLogger();
    const error = await preparePolicy(
      { kind: 'file', path: 'pipe.yaml', input: 'policy-file' },
      {},
      workspace,
      log,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(
      /^Input 'policy-file' has the value "pipe\.yaml": .*pipe\.yaml is a named pipe \(FIFO\); the policy file must be a regular file of at most 1 MiB/,
    );
    expect(log.warnings).toEqual([]);
  });
});
