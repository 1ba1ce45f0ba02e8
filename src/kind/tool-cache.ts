import path from 'node:path';
import { cacheFile, find } from '@actions/tool-cache';
import type { KindCache } from './install.js';

/**
 * The action's kind cache: `@actions/tool-cache` under RUNNER_TOOL_CACHE, so a self-hosted runner
 * downloads each kind version once. Only the action imports this module: tool-cache logs through
 * `@actions/core`, whose workflow commands mean nothing in a terminal.
 */
export const toolCacheKindCache: KindCache = {
  find(version, arch) {
    const dir = find('kind', version, arch);
    return dir ? path.join(dir, 'kind') : undefined;
  },
  async store(file, version, arch) {
    return path.join(await cacheFile(file, 'kind', 'kind', version, arch), 'kind');
  },
};
