// `kind-audit summarize` from the source, as a person calls it; the bundle as installed from the
// package is run in test/package.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeFiles } from '../../../src/logs/summary/files.js';

const ROOT = path.join(import.meta.dirname, '../../..');
const DEMO = path.join(ROOT, 'test/fixtures/audit-logs/audit2rbac-demo.log');

function cli(args: string[]) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), 'summarize', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
}

describe('kind-audit summarize', () => {
  it('--json prints summary.json, whole whatever --top says', async () => {
    const result = cli([DEMO, '--json', '--top', '1']);
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(printed).toEqual(JSON.parse(JSON.stringify(await summarizeFiles([DEMO]))));
    expect(Object.keys(printed.byUser as object).length).toBeGreaterThan(1);
  });

  it('prints tables cut to --top rows, saying how many more there are', () => {
    const result = cli([DEMO, '--top', '2']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('37 requests, 37 lines (0 not events)');
    expect(result.stdout).toMatch(/By user\n {2}\S+ +\d+\n {2}\S+ +\d+\n {2}… \d+ more/);
  });

  it('shows control characters from the log instead of sending them to the terminal', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'summarize-cli-')), 'audit.log');
    writeFileSync(
      file,
      `${JSON.stringify({ stage: 'ResponseComplete', verb: 'get', user: { username: 'eve\u001b[2J' } })}\n`,
    );
    const result = cli([file]);
    expect(result.stdout).toContain('eve\\x1b[2J');
    expect(result.stdout).not.toContain('\u001b');
  });

  it.each([
    [['/no/such/log'], 'LOG argument "/no/such/log": there is no such file or folder.'],
    [[DEMO, '--top', '0'], '--top has the value "0"'],
    [[], 'name the LOG'],
    // Answered by the whole CLI, which knows the commands that take the flag.
    [
      [DEMO, '--level', 'x'],
      "--level is not an option of 'summarize' (it belongs to 'render', 'up')",
    ],
  ])('exits 2 for %j', (args, message) => {
    const result = cli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
