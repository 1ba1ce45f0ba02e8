import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { makeDirs } from '../safe-fs.js';
import { UsageError } from './exit-codes.js';

/**
 * The folder `--out` names, created when missing. A path that cannot be a folder (under /proc, a
 * file, a dangling link) fails here at once, naming the flag, instead of later or never.
 */
export async function outDir(value: string): Promise<string> {
  if (!value) throw new UsageError('--out DIR is required: the folder to write into');
  const dir = path.resolve(value);
  try {
    await makeDirs(dir);
    const info = await lstat(dir);
    if (!info.isDirectory())
      throw new Error(info.isSymbolicLink() ? 'it is a link' : 'it is not a folder');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(
      `--out has the value ${JSON.stringify(value)}: it must be a folder that can be created and written (${reason})`,
    );
  }
  return dir;
}
