import { mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { copyFromContainer } from '../docker.js';
import type { Runner } from '../exec.js';
import { auditFilePattern, byWriteOrder } from './files.js';

export interface CollectedFile {
  /** Absolute path on the runner. */
  path: string;
  bytes: number;
}

/**
 * Copies the audit log and its rotated siblings out of one node into `destDir`. One `docker cp`
 * of the log folder, then a filter: it works on stopped containers and costs no more than the copy.
 * Returns no files (not an error) when the folder or the log does not exist in the node.
 */
export async function collectNodeAuditFiles(
  run: Runner,
  node: string,
  logPath: string,
  destDir: string,
): Promise<CollectedFile[]> {
  await mkdir(destDir, { recursive: true });
  const staging = await mkdtemp(path.join(destDir, '.copy-'));
  try {
    try {
      await copyFromContainer(run, node, path.posix.dirname(logPath), path.join(staging, 'dir'));
    } catch (error) {
      if (/no such file|could not find/i.test(String(error))) return [];
      throw error;
    }
    const pattern = auditFilePattern(logPath);
    const names = byWriteOrder(
      (await readdir(path.join(staging, 'dir'))).filter((n) => pattern.test(n)),
    );
    const files: CollectedFile[] = [];
    for (const name of names) {
      const target = path.join(destDir, name);
      await rename(path.join(staging, 'dir', name), target);
      files.push({ path: target, bytes: (await stat(target)).size });
    }
    return files;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
