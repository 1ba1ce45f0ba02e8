import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Job, ROOT } from './support/action-runner.js';

// These run the committed bundles, as GitHub does: a green source build can hide a broken bundle.
describe('built bundles under Node 24', () => {
  it('main fails a bad input with a clear message, before writing anything', async () => {
    const job = new Job();
    const result = await job.step('main', { 'policy-level': 'Verbose' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `::error::Input 'policy-level' has the value "Verbose": allowed levels are None, Metadata, Request, RequestResponse`,
    );
    expect(readdirSync(job.temp).filter((f) => !f.startsWith('_cmd-'))).toEqual([]);
    expect(result.state).toEqual({});
  });

  it('post with no state says there is nothing to collect and succeeds', async () => {
    const result = await new Job().step('post');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /::notice title=kind-audit::kind-audit created no cluster in this job/,
    );
  });

  it('the CLI renders the guide files and creates nothing', async () => {
    const job = new Job();
    const { spawnSync } = await import('node:child_process');
    const { NODE24 } = await import('./support/action-runner.js');
    const out = path.join(job.workspace, 'files');
    const result = spawnSync(
      NODE24,
      [path.join(ROOT, 'dist/cli/index.js'), 'render', '--out', out],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['audit-policy.yaml', 'kind-config.yaml']);
    const bad = spawnSync(
      NODE24,
      [path.join(ROOT, 'dist/cli/index.js'), 'render', '--out', out, '--name', 'Bad_Name'],
      { encoding: 'utf8' },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`Input 'cluster-name' has the value "Bad_Name"`);
    expect(existsSync(path.join(ROOT, 'dist/cli/package.json'))).toBe(true);
  });
});
