import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { fsProblem } from '../files/fs-words.js';
import { makeDirs } from '../files/safe-fs.js';
import { UsageError } from './exit-codes.js';
import { STDOUT } from './out-file.js';

/**
 * The folder `--out` names, created when missing. A path that cannot be a folder (under /proc, a
 * file, a dangling link) fails here at once, naming the flag, instead of later or never.
 */
export async function outDir(value: string): Promise<string> {
  if (!value) throw new UsageError('--out DIR is required: the folder to write into');
  if (value === STDOUT)
    throw new UsageError(
      '--out has the value "-": this command writes several files, so it needs a folder, not standard output',
    );
  const dir = path.resolve(value);
  try {
    await makeDirs(dir);
    const info = await lstat(dir);
    if (!info.isDirectory())
      throw new Error(info.isSymbolicLink() ? 'it is a link' : 'it is not a folder');
  } catch (error) {
    // makeDirs words a file or link in the way itself; the rest are the system's errors.
    const reason = (error as NodeJS.ErrnoException).code
      ? fsProblem(error)
      : (error as Error).message;
    throw new UsageError(
      `--out has the value ${JSON.stringify(value)}: it must be a folder that can be created and written (${reason})`,
    );
  }
  return dir;
}
