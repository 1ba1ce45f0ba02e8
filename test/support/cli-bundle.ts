import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { NODE24, ROOT } from './action-runner.js';

/**
 * The CLI as users run it: the `dist/cli` bundle under Node 24, in `cwd`, with `env` (the
 * stand-in kind's, for tests that make clusters). Each call runs one command to its end.
 */
export function bundledCli(
  env: NodeJS.ProcessEnv,
  cwd: string,
): (...args: string[]) => SpawnSyncReturns<string> {
  return (...args) =>
    spawnSync(NODE24, [path.join(ROOT, 'dist/cli/index.js'), ...args], {
      env,
      cwd,
      encoding: 'utf8',
    });
}
