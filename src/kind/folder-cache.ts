import { existsSync } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { KindCache } from './install.js';

/**
 * The CLI's kind cache: `$XDG_CACHE_HOME/kind-audit/tools`, else `~/.cache/kind-audit/tools`. The
 * action's tool cache (RUNNER_TOOL_CACHE) exists only on a runner, so the CLI keeps its own, per
 * user, laid out the same way.
 */
export function cliToolCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) {
    return path.join(env.XDG_CACHE_HOME, 'kind-audit', 'tools');
  }
  return path.join(env.HOME || os.homedir(), '.cache', 'kind-audit', 'tools');
}

/**
 * A {@link KindCache} in a folder, laid out as `@actions/tool-cache` lays out RUNNER_TOOL_CACHE:
 * `<root>/kind/<version>/<arch>/kind`, complete once `<root>/kind/<version>/<arch>.complete`
 * exists — so a copy interrupted half-way is never taken for a binary.
 */
export function folderKindCache(root: string): KindCache {
  const dirOf = (version: string, arch: string): string => path.join(root, 'kind', version, arch);
  return {
    find(version, arch) {
      const dir = dirOf(version, arch);
      const binary = path.join(dir, 'kind');
      return existsSync(`${dir}.complete`) && existsSync(binary) ? binary : undefined;
    },
    async store(file, version, arch) {
      const dir = dirOf(version, arch);
      await rm(`${dir}.complete`, { force: true });
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true, mode: 0o755 });
      const binary = path.join(dir, 'kind');
      await copyFile(file, binary);
      await writeFile(`${dir}.complete`, '');
      return binary;
    },
  };
}
