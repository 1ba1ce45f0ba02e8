import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * The most a policy may hold: kube-apiserver reads the file whole into memory, and no real policy
 * comes near it (kube-up's, with every comment, is under 10 KiB).
 */
export const POLICY_SIZE_LIMIT = 1024 * 1024;

/** The limit as people read it, with the exact byte count for the careful. */
export const POLICY_SIZE_LIMIT_TEXT = `1 MiB (${POLICY_SIZE_LIMIT} bytes)`;

/** Why a policy file cannot be read; `detail` completes a sentence that starts with the path. */
export class PolicyFileError extends Error {
  constructor(
    readonly file: string,
    /** e.g. "is a directory", "holds 2000000 bytes". */
    readonly detail: string,
    /** Set when the file does not exist, so a message can say where it was looked for. */
    readonly missing = false,
    options?: ErrorOptions,
  ) {
    super(`${file} ${detail}`, options);
    this.name = 'PolicyFileError';
  }
}

/**
 * Reads a policy file without trusting it: it must be a regular file of at most `limit` bytes.
 * The file is opened first and then examined through the open descriptor, so a path swapped in
 * between cannot slip past; O_NONBLOCK keeps the open of a FIFO from waiting for a writer, and
 * no more than `limit + 1` bytes are ever read, so `/dev/zero` or a growing file cannot fill memory.
 */
export async function readPolicyFile(file: string, limit = POLICY_SIZE_LIMIT): Promise<string> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw openError(file, error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new PolicyFileError(file, `is ${notRegular(stats)}`);
    if (stats.size > limit) throw new PolicyFileError(file, `holds ${stats.size} bytes`);
    // Room for one byte more than allowed tells a file that grew past the limit after the stat.
    const buffer = Buffer.allocUnsafe(limit + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > limit) throw new PolicyFileError(file, `holds more than ${limit} bytes`);
    return buffer.toString('utf8', 0, filled);
  } finally {
    await handle.close();
  }
}

function openError(file: string, error: unknown): PolicyFileError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new PolicyFileError(file, 'does not exist', true, { cause: error });
  if (code === 'EACCES') {
    return new PolicyFileError(file, 'cannot be read: permission denied', false, { cause: error });
  }
  return new PolicyFileError(file, `cannot be opened: ${String(error)}`, false, { cause: error });
}

function notRegular(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}
