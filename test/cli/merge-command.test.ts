import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CANARIES, canaryLines, leakForms } from '../fixtures/canaries/canary-events.js';
import { cli } from '../support/cli-in-process.js';

const ev = (second: number, auditID: string) =>
  JSON.stringify({
    auditID,
    stage: 'ResponseComplete',
    stageTimestamp: `2026-01-01T00:00:0${second}.000000Z`,
  });

describe('kind-audit merge', () => {
  it('merges node folders (rotated first) and files into one time-ordered file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'merge-cli-'));
    const node = path.join(dir, 'kind-control-plane');
    mkdirSync(node);
    writeFileSync(path.join(node, 'kube-apiserver-audit.log'), `${ev(5, 'current')}\n`);
    writeFileSync(
      path.join(node, 'kube-apiserver-audit-2026-01-01T00-00-03.000.log.gz'),
      gzipSync(`${ev(1, 'rotated')}\n`),
    );
    writeFileSync(path.join(node, 'kube-apiserver.log'), 'not an audit file\n');
    const single = path.join(dir, 'other.log');
    writeFileSync(single, `${ev(3, 'other')}\nlegacy text\n`);
    const out = path.join(dir, 'audit.jsonl');
    const result = await cli(['merge', node, single, '--out', out]);
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(
      `${ev(1, 'rotated')}\n${ev(3, 'other')}\n${ev(5, 'current')}\n`,
    );
    expect(result.stdout).toContain('3 events from 2 sources; 1 of 4 lines was not an event');
  });

  it.each([
    [
      ['merge', '/nonexistent/x.log', '--out', '/tmp/x'],
      /LOG argument "\/nonexistent\/x.log": there is no such file or folder\./,
    ],
    [['merge', 'test/fixtures/audit-logs/audit2rbac-demo.log'], /--out FILE is required/],
    [['merge', 'EMPTY', '--out', '/tmp/x'], /read 0 requests from \S+: no log file was found/],
    [
      [
        'merge',
        'test/fixtures/audit-logs/audit2rbac-demo.log',
        '--out',
        'test/fixtures/audit-logs/audit2rbac-demo.log',
      ],
      /--out has the value "test\/fixtures\/audit-logs\/audit2rbac-demo.log": it is one of the inputs/,
    ],
    [['merge', 'a.log', '--out', '/tmp/x', '--window', '1.5'], /--window has the value "1.5"/],
  ])('exits 2 on a usage mistake: %j', async (argv, message) => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'merge-empty-'));
    const result = await cli(argv.map((a) => (a === 'EMPTY' ? empty : a)));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('redacts what it writes unless --no-redact, as every command that writes audit files does', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'merge-cli-'));
    const input = path.join(dir, 'canaries.log');
    writeFileSync(input, `${canaryLines().join('\n')}\n`);
    const leaked = (file: string) => {
      const text = readFileSync(file, 'utf8');
      return Object.values(CANARIES)
        .flatMap(leakForms)
        .filter((form) => text.includes(form));
    };
    const redacted = path.join(dir, 'redacted.jsonl');
    expect((await cli(['merge', input, '--out', redacted])).code).toBe(0);
    expect(leaked(redacted)).toEqual([]);
    const kept = path.join(dir, 'kept.jsonl');
    const noRedact = await cli(['merge', input, '--out', kept, '--no-redact']);
    expect(noRedact.code).toBe(0);
    expect(noRedact.stderr).toContain(
      '--no-redact: the merged file may hold Secret data and tokens',
    );
    expect(leaked(kept)).not.toEqual([]);
  });
});
