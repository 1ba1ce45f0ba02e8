import { constants } from 'node:fs';
import {
  copyFile,
  lstat,
  mkdir,
  mkdtemp,
  open,
  readdir,
  rename,
  rm,
  writeFile,
  type FileHandle,
} from 'node:fs/promises';
import path from 'node:path';
import { makeDirs } from '../files/safe-fs.js';
import { type CollectedFile, type NodeCollection } from './from-node.js';
import { formatBytes } from '../text/bytes.js';
import { auditFilePattern, byWriteOrder } from '../logs/find/index.js';
import { quoted } from './select.js';

/**
 * Makes a runner folder per control-plane node, to be mounted as the node's log folder, each
 * holding the audit log already, empty. kube-apiserver keeps an existing file's mode and owner when
 * it opens it (`ensureLogFile`, k8s.io/apiserver `pkg/server/options/audit.go`), and lumberjack
 * gives rotated files the old file's mode and owner (`openNew`, lumberjack v2 `lumberjack.go`), so
 * the files stay readable by the user who made them — the runner's, not root — for the whole run,
 * rotations included, without sudo. Returns the folders, in the order of `nodes`.
 */
export async function prepareLogFolders(
  root: string,
  nodes: readonly string[],
  logPath: string,
): Promise<string[]> {
  await makeDirs(root);
  const folders: string[] = [];
  for (const node of nodes) {
    const folder = path.join(root, node);
    await mkdir(folder, { mode: 0o755 });
    // 'wx': created here, never opened through something already there.
    await writeFile(path.join(folder, path.posix.basename(logPath)), '', {
      flag: 'wx',
      mode: 0o644,
    });
    folders.push(folder);
  }
  return folders;
}

/** O_NOFOLLOW: a link planted by the cluster fails to open; O_NONBLOCK: a FIFO does not hang. */
const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
const CREATE_FLAGS =
  constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/**
 * Copies at most `limit` bytes from `source` (an open regular file) to a new file `target`: in the
 * kernel when it can ({@link copyInKernel}), else through a buffer.
 */
async function copyCapped(source: FileHandle, target: string, limit: number): Promise<number> {
  const copied = await copyInKernel(source, target, limit);
  return copied ?? (await copyThroughBuffer(source, target, limit));
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
): Promise<number | undefined> {
  if (process.platform !== 'linux') return undefined;
  let made = false;
  try {
    if ((await source.stat()).size > limit) return undefined;
    // Set first: a copy that fails half-way may leave its part (only in the staging folder).
    made = true;
    await copyFile(`/proc/self/fd/${source.fd}`, target, constants.COPYFILE_EXCL);
    const out = await open(target, constants.O_WRONLY | constants.O_NOFOLLOW);
    try {
      // copyFile gives the copy the source's mode; the collected files are the runner's alone.
      await out.chmod(0o600);
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
): Promise<number> {
  const out = await open(target, CREATE_FLAGS, 0o600);
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

/**
 * Copies a node's audit files from its runner folder into `destDir`. The folder is written by root
 * inside a cluster that runs the code under test, so each file is opened without following links
 * and kept only when it is a regular file with one link; everything else with an audit name is a
 * warning. At most `maxBytes` are copied in all; a file cut there keeps the part copied.
 */
export async function collectFromRunnerFolder(
  node: string,
  folder: string,
  logPath: string,
  destDir: string,
  maxBytes: number,
): Promise<NodeCollection> {
  const pattern = auditFilePattern(logPath);
  const warnings: string[] = [];
  const info = await lstat(folder);
  if (!info.isDirectory()) {
    return {
      files: [],
      warnings: [`${node}: ${folder} is no longer a folder: nothing in it was collected.`],
    };
  }
  await makeDirs(destDir);
  const staging = await mkdtemp(path.join(destDir, '.collect-'));
  const files: CollectedFile[] = [];
  let budget = maxBytes;
  try {
    const names = byWriteOrder((await readdir(folder)).filter((n) => pattern.test(n)));
    for (const name of names) {
      const where = `${node}: ${quoted(path.join(folder, name))}`;
      let source;
      try {
        source = await open(path.join(folder, name), READ_FLAGS);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        warnings.push(
          `${where} was skipped: ${code === 'ELOOP' ? 'it is a symbolic link' : `it cannot be read (${code})`}; only regular files are collected.`,
        );
        continue;
      }
      try {
        const stat = await source.stat();
        if (!stat.isFile() || stat.nlink > 1) {
          const what = stat.isFile()
            ? 'a hard link'
            : stat.isFIFO()
              ? 'a FIFO'
              : stat.isDirectory()
                ? 'a folder'
                : 'not a regular file';
          warnings.push(`${where} was skipped: it is ${what}; only regular files are collected.`);
          continue;
        }
        if (budget <= 0) {
          warnings.push(
            `${where} was not collected: the ${formatBytes(maxBytes)} per-node cap was reached.`,
          );
          continue;
        }
        const copied = await copyCapped(source, path.join(staging, name), budget);
        budget -= copied;
        if (copied < stat.size && budget <= 0)
          warnings.push(
            `${where}: stopped at the ${formatBytes(maxBytes)} per-node cap; its first ${copied} bytes were kept.`,
          );
        const target = path.join(destDir, name);
        await rename(path.join(staging, name), target);
        files.push({ path: target, bytes: copied });
      } finally {
        await source.close();
      }
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { files, warnings };
}
