import { constants } from 'node:fs';
import { lstat, mkdir, mkdtemp, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyOpenFile } from '../files/copy-open.js';
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
        // 0600: the collected files are the runner's alone.
        const copied = await copyOpenFile(source, path.join(staging, name), budget, 0o600);
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
