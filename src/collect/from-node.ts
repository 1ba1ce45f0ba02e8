import { mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { copyOutArgs, isMissingSource, streamFromContainer } from '../process/docker.js';
import {
  CommandError,
  commandLine,
  tail,
  type StreamExit,
  type StreamRunner,
} from '../process/exec.js';
import { makeDirs } from '../files/safe-fs.js';
import { formatBytes } from '../text/bytes.js';
import { NODE_READ_CAP } from '../logs/lines/index.js';
import { extractFiles, type ExtractResult } from './extract.js';
import { auditFilePattern, byWriteOrder } from '../logs/find/index.js';
import { judgeEntry, nodePath, quoted } from './select.js';

export interface CollectedFile {
  /** Absolute path on the runner. */
  path: string;
  bytes: number;
}

export interface NodeCollection {
  /** The files written, in the order their events were written (see `byWriteOrder`). */
  files: CollectedFile[];
  /** What was skipped or cut, each naming the node and the entry: for annotations. */
  warnings: string[];
}

export interface CollectOptions {
  /**
   * Bytes read from the node at most, counting the whole `docker cp` stream (headers and skipped
   * members too). Default {@link NODE_READ_CAP}.
   */
  maxBytes?: number;
}

/** Why the copy did not reach the archive's end, in a user's words; undefined when it did. */
function stopWarning(
  node: string,
  logDir: string,
  extracted: ExtractResult,
  exit: StreamExit,
  maxBytes: number,
): string | undefined {
  const cut = extracted.files.find((f) => !f.complete);
  const at = cut
    ? ` inside ${logDir}/${cut.name}: its first ${cut.bytes} bytes were kept`
    : extracted.inside
      ? ` inside ${quoted(nodePath(extracted.inside.name, logDir))}`
      : '';
  const rest = 'audit files after that point were not collected.';
  if (extracted.capped) {
    return `${node}: stopped reading ${logDir} at the ${formatBytes(maxBytes)} per-node cap${at}; ${rest}`;
  }
  if (exit.stopped)
    return `${node}: \`docker cp\` of ${logDir} was stopped: ${exit.stopped}${at}; ${rest}`;
  if (extracted.error) {
    return `${node}: the copy of ${logDir} is damaged (${extracted.error.message})${at}; ${rest}`;
  }
  if (!extracted.stoppedEarly && exit.code !== 0) {
    const why = tail(exit.stderr, 3).replace(/\s*\n\s*/g, ' ');
    return `${node}: \`docker cp\` of ${logDir} failed partway (exit code ${exit.code}: ${why})${at}; ${rest}`;
  }
  if (!extracted.complete) return `${node}: the copy of ${logDir} ended early${at}; ${rest}`;
  return undefined;
}

/**
 * Copies the audit log and its rotated siblings out of one node into `destDir`, from the tar
 * stream of `docker cp <node>:<log folder> -` (which works on stopped containers too). Only
 * regular files with audit names directly in the folder are written, each created afresh
 * (never through a link, mode 0600); links, FIFOs, devices and folders with those names are
 * skipped with a warning. At most `maxBytes` are read: a file cut by the cap keeps the part read.
 * A missing node or folder gives no files and no warning; `docker cp` failing before it wrote
 * anything throws.
 */
export async function collectNodeAuditFiles(
  stream: StreamRunner,
  node: string,
  logPath: string,
  destDir: string,
  options: CollectOptions = {},
): Promise<NodeCollection> {
  const logDir = path.posix.dirname(logPath);
  const pattern = auditFilePattern(logPath);
  const maxBytes = options.maxBytes ?? NODE_READ_CAP;
  // The folder the files go to must be a real folder: a link there would redirect every write.
  await makeDirs(destDir);
  // A folder only this call writes in: nothing can have been planted in it beforehand.
  const staging = await mkdtemp(path.join(destDir, '.collect-'));
  try {
    const command = streamFromContainer(stream, node, logDir);
    const extracted = await extractFiles(command.stdout, {
      dir: staging,
      judge: (entry) => judgeEntry(entry, logDir, pattern),
      maxBytes,
    }).catch(async (error: unknown) => {
      // The runner could not write (disk full, …): end the copy rather than leave it running.
      command.stop();
      await command.exited;
      throw error;
    });
    if (extracted.stoppedEarly) command.stop();
    const exit = await command.exited;
    if (extracted.bytesRead === 0 && exit.code !== 0) {
      if (exit.stopped)
        throw new Error(
          `\`${commandLine('docker', copyOutArgs(node, logDir))}\` was stopped: ${exit.stopped}`,
        );
      if (isMissingSource(exit.stderr)) return { files: [], warnings: [] };
      throw new CommandError(commandLine('docker', copyOutArgs(node, logDir)), {
        code: exit.code,
        stdout: '',
        stderr: exit.stderr,
      });
    }
    const warnings = extracted.refused.map(({ name, what }) =>
      name === ''
        ? `${node}: ${logDir} is ${what}, not a folder: nothing in it was collected.`
        : `${node}: skipped ${logDir}/${name}, ${what}: only regular files are collected.`,
    );
    const stopped = stopWarning(node, logDir, extracted, exit, maxBytes);
    if (stopped) warnings.push(stopped);

    const bytes = new Map(extracted.files.map((f) => [f.name, f.bytes]));
    const files: CollectedFile[] = [];
    for (const name of byWriteOrder([...bytes.keys()])) {
      // rename() replaces whatever has that name in destDir, a link included, without following it.
      const target = path.join(destDir, name);
      await rename(path.join(staging, name), target);
      files.push({ path: target, bytes: bytes.get(name) ?? 0 });
    }
    return { files, warnings };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
