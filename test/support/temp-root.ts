// vitest's global setup: every test's temporary files go under one folder of this run, removed
// when the run ends, so that `npm test` leaves nothing behind in the machine's temporary folder
// (the action-runner's bundles alone copy a 100 MB node binary each). Node's os.tmpdir() reads
// TMPDIR on each call, and the test processes and the programs they start inherit it.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const before = process.env.TMPDIR;
  const root = mkdtempSync(path.join(os.tmpdir(), 'npm-test-'));
  // As /tmp is: the tests that run a program as another user make their folders here too.
  chmodSync(root, 0o1777);
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
