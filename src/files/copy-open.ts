import { constants } from 'node:fs';
import { copyFile, open, rm, type FileHandle } from 'node:fs/promises';

/** A new file: never opened through something already at its name. */
const CREATE_FLAGS =
  constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/**
 * Copies at most `limit` bytes from the start of `source` (an open regular file) to a new file
 * `target` of `mode`: in the kernel when it can ({@link copyInKernel}), else through a buffer.
 * Returns the bytes copied: fewer than `limit` when the file is shorter.
 */
export async function copyOpenFile(
  source: FileHandle,
  target: string,
  limit: number,
  mode: number,
): Promise<number> {
  const copied = await copyInKernel(source, target, limit, mode);
  return copied ?? (await copyThroughBuffer(source, target, limit, mode));
}

/**
 * `fs.copyFile` (copy_file_range, or a reflink) of the file `source` holds open, by its
 * `/proc/self/fd` entry: that names the very file opened (without following links), never
 * whatever the cluster may have put at its name since. Linux only; `undefined` where that entry
 * cannot be copied (then nothing is left at `target`). The new file is made with O_EXCL, so not
 * through anything already there; a file that grew past `limit` while it was copied is cut back
 * to `limit`, as the buffered copy would have stopped there.
 */
async function copyInKernel(
  source: FileHandle,
  target: string,
  limit: number,
  mode: number,
): Promise<number | undefined> {
  if (process.platform !== 'linux') return undefined;
  let made = false;
  try {
    if ((await source.stat()).size > limit) return undefined;
    // Set first: a copy that fails half-way may leave its part.
    made = true;
    await copyFile(`/proc/self/fd/${source.fd}`, target, constants.COPYFILE_EXCL);
    const out = await open(target, constants.O_WRONLY | constants.O_NOFOLLOW);
    try {
      // copyFile gives the copy the source's mode.
      await out.chmod(mode);
      const size = (await out.stat()).size;
      if (size <= limit) return size;
      await out.truncate(limit);
      return limit;
    } finally {
      await out.close();
    }
  } catch {
    if (made) await rm(target, { force: true });
    return undefined;
  }
}

/** The copy through a buffer, read at offsets of `source`. */
async function copyThroughBuffer(
  source: FileHandle,
  target: string,
  limit: number,
  mode: number,
): Promise<number> {
  const out = await open(target, CREATE_FLAGS, mode);
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  let copied = 0;
  try {
    while (copied < limit) {
      const want = Math.min(buffer.length, limit - copied);
      const { bytesRead } = await source.read(buffer, 0, want, copied);
      if (bytesRead === 0) break;
      await out.write(buffer, 0, bytesRead);
      copied += bytesRead;
    }
  } finally {
    await out.close();
  }
  return copied;
}
