import { constants } from 'node:fs';
import { chmod, lstat, mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * `mkdir -p` that always ends. Node's own `mkdir(…, { recursive: true })` never returns for a path
 * under /proc (it retries ENOENT forever), so each missing parent is made once, and a second
 * ENOENT is an error.
 */
export async function makeDirs(dir: string, mode?: number): Promise<void> {
  try {
    await mkdir(dir, mode === undefined ? {} : { mode });
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      const info = await lstat(dir);
      if (info.isDirectory()) return;
      const what = info.isSymbolicLink() ? 'a link' : 'a file';
      throw new Error(`${dir} is not a folder (${what})`, { cause: error });
    }
    const parent = path.dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw error;
  }
  await makeDirs(path.dirname(dir), mode);
  await mkdir(dir, mode === undefined ? {} : { mode });
}

/**
 * Creates a new folder under `parent` named `name`, or `name.2`, `name.3`, … when that exists, and
 * returns its path. mkdir without `recursive` fails on an existing path, so the folder is this
 * caller's alone: two uses of one cluster name in a job never share (or overwrite) files.
 */
export async function claimNewDir(parent: string, name: string): Promise<string> {
  await makeDirs(parent);
  for (let n = 1; ; n++) {
    const dir = path.join(parent, n === 1 ? name : `${name}.${n}`);
    try {
      await mkdir(dir);
      return dir;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Makes `dir` (and missing parents) a folder only this user can use: created 0700; an existing one
 * must be a real folder owned by this user, and is narrowed to 0700. A folder another user owns
 * (or a link planted where it should be) could hold links that redirect what is written there.
 */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await makeDirs(dir, 0o700);
  const info = await lstat(dir);
  const uid = process.getuid?.();
  if (uid !== undefined && info.uid !== uid) {
    throw new Error(
      `${dir} belongs to user ${info.uid}, not to you (${uid}): refusing to keep files in a folder another user controls`,
    );
  }
  if ((info.mode & 0o077) !== 0) await chmod(dir, 0o700);
}

/** Why a file is not written: it is a link, or not a regular file (a FIFO, a device, a folder). */
export class UnsafeTargetError extends Error {
  constructor(
    readonly file: string,
    /** `a link`, `not a regular file`. */
    readonly what: string,
    options?: ErrorOptions,
  ) {
    super(
      `${file} is ${what}: refusing to write ${what === 'a link' ? 'through' : 'to'} it`,
      options,
    );
    this.name = 'UnsafeTargetError';
  }
}

/**
 * Opens `file` to be written from its start — created, or emptied — the one way the project
 * opens a file it writes by name: never through a link (O_NOFOLLOW makes opening a planted symlink
 * fail instead of writing to whatever it points at), and never anything but a regular file
 * (O_NONBLOCK makes a FIFO fail at once, ENXIO, instead of hanging the open; the open descriptor
 * is checked, so a device or a path swapped in between is refused too). Throws
 * {@link UnsafeTargetError} for those.
 */
export async function openForWriting(file: string, mode = 0o644): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(
      file,
      constants.O_WRONLY |
        constants.O_CREAT |
        constants.O_TRUNC |
        constants.O_NOFOLLOW |
        constants.O_NONBLOCK,
      mode,
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new UnsafeTargetError(file, 'a link', { cause: error });
    if (code === 'ENXIO' || code === 'EISDIR')
      throw new UnsafeTargetError(file, 'not a regular file', { cause: error });
    throw error;
  }
  try {
    if ((await handle.stat()).isFile()) return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
  await handle.close();
  throw new UnsafeTargetError(file, 'not a regular file');
}

/** Writes `text` to `file`, replacing its content, through {@link openForWriting}. */
export async function writeFileNoFollow(file: string, text: string, mode = 0o644): Promise<void> {
  const handle = await openForWriting(file, mode);
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}
