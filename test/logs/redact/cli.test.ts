import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { REDACTED } from '../../../src/logs/redact/index.js';
import { CANARIES, canaryLines, leakForms } from '../../fixtures/canaries/canary-events.js';

const clean = '{"kind":"Event","stage":"ResponseComplete","verb":"get","requestURI":"/api"}';

/** An artifact-shaped folder: merged log, a node with a current and a rotated .gz file. */
function artifact(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'redact-cli-'));
  const node = path.join(dir, 'kind-control-plane');
  mkdirSync(node);
  const log = `${clean}\n${canaryLines().join('\n')}\n`;
  writeFileSync(path.join(dir, 'audit.jsonl'), log);
  writeFileSync(path.join(node, 'kube-apiserver-audit.log'), log);
  writeFileSync(
    path.join(node, 'kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz'),
    gzipSync(log),
  );
  // Not audit events: left out of the copy, not mangled into markers.
  writeFileSync(path.join(node, 'kube-apiserver.log'), 'I1126 started\n');
  symlinkSync('/etc/passwd', path.join(node, 'kube-apiserver-audit-2026-11-26T15-16-50.000.log'));
  return dir;
}

describe('kind-audit redact IN OUT', () => {
  it('copies a folder to a folder of the same audit files, redacted, .gz included', async () => {
    const input = artifact();
    const output = `${input}-redacted`;
    expect(await runCli(['redact', input, output])).toBe(0);
    const files = [
      'audit.jsonl',
      'kind-control-plane/kube-apiserver-audit.log',
      'kind-control-plane/kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz',
    ];
    for (const name of files) {
      const bytes = readFileSync(path.join(output, name));
      const text = (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString();
      expect(text.split('\n')[0]).toBe(clean);
      expect(text).toContain(REDACTED);
      for (const value of Object.values(CANARIES))
        for (const form of leakForms(value)) expect(text).not.toContain(form);
    }
    expect(existsSync(path.join(output, 'kind-control-plane', 'kube-apiserver.log'))).toBe(false);
    expect(
      existsSync(
        path.join(output, 'kind-control-plane/kube-apiserver-audit-2026-11-26T15-16-50.000.log'),
      ),
    ).toBe(false);
  });

  it('copies one file to one file', async () => {
    const input = path.join(artifact(), 'audit.jsonl');
    const output = `${input}.out`;
    expect(await runCli(['redact', input, output])).toBe(0);
    expect(readFileSync(output, 'utf8')).not.toContain(CANARIES.tokenRequest);
  });

  it('exits 2 for an input that does not exist, or an output inside the input', async () => {
    const input = artifact();
    expect(await runCli(['redact', path.join(input, 'missing'), `${input}-x`])).toBe(2);
    expect(await runCli(['redact', input, path.join(input, 'out')])).toBe(2);
    expect(await runCli(['redact', input])).toBe(2);
  });
});
