// Every file a CLI command writes by a name the user gives: a link planted at that name is
// refused, not written through (its target stays as it was), and a FIFO there ends the command
// at once instead of hanging it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './support/cli-in-process.js';

const EVENT = JSON.stringify({
  kind: 'Event',
  apiVersion: 'audit.k8s.io/v1',
  level: 'Metadata',
  auditID: 'a1',
  stage: 'ResponseComplete',
  requestURI: '/api/v1/pods',
  verb: 'list',
  user: { username: 'alice' },
  objectRef: { resource: 'pods', apiVersion: 'v1' },
  responseStatus: { code: 200 },
  stageTimestamp: '2026-01-01T00:00:00.000000Z',
});

/** A folder with a log of one request and a file a planted link would redirect writes to. */
function setUp(): { dir: string; log: string; precious: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'file-outputs-'));
  const log = path.join(dir, 'audit.log');
  writeFileSync(log, `${EVENT}\n`);
  const precious = path.join(dir, 'precious');
  writeFileSync(precious, 'keep me\n');
  return { dir, log, precious };
}

/** Each command and the file it writes by name; `OUT` is replaced by a folder of the test's. */
const WRITERS: [string, (log: string, out: string) => string[], string][] = [
  ['baseline --out', (log, out) => ['baseline', log, '--out', out], ''],
  ['merge --out', (log, out) => ['merge', log, '--out', out], ''],
  ['rbac --out DIR', (log, out) => ['rbac', log, '--user', 'alice', '--out', out], 'alice.yaml'],
  ['render --out DIR', (_, out) => ['render', '--out', out], 'kind-config.yaml'],
];

describe('a link where a command writes', () => {
  it.each(WRITERS)('%s refuses it and leaves its target as it was', async (_, argv, inside) => {
    const { dir, log, precious } = setUp();
    const out = path.join(dir, 'out');
    if (inside) mkdirSync(out);
    symlinkSync(precious, inside ? path.join(out, inside) : out);
    const result = await cli(argv(log, out));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('is a link: refusing to write through it');
    expect(readFileSync(precious, 'utf8')).toBe('keep me\n');
  });

  it('baseline --out names the flag, and exits 2 as for any bad flag value', async () => {
    const { dir, log, precious } = setUp();
    const out = path.join(dir, 'baseline.tsv');
    symlinkSync(precious, out);
    const result = await cli(['baseline', log, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `kind-audit baseline: --out has the value ${JSON.stringify(out)}: it cannot be written (it is a link: refusing to write through it; name the file itself, or - for standard output)\n`,
    );
  });

  it('baseline --out at a FIFO ends at once, refusing it', async () => {
    const { dir, log } = setUp();
    const fifo = path.join(dir, 'baseline.tsv');
    execFileSync('mkfifo', [fifo]);
    const result = await cli(['baseline', log, '--out', fifo]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `--out has the value ${JSON.stringify(fifo)}: it cannot be written (it is not a regular file: refusing to write to it;`,
    );
  });
});
