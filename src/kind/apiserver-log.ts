import { open } from 'node:fs/promises';
import path from 'node:path';
import type { StreamRunner } from '../process/exec.js';

/**
 * The file name of the API server container's own log in a node's artifact folder
 * (docs/how-it-works.md, "What the post step does").
 */
export const APISERVER_LOG_NAME = 'kube-apiserver.log';

/**
 * At most this much of the log is kept: a failed start says why in its last lines, and an API
 * server that ran for hours must not fill the runner's disk or the artifact.
 */
export const APISERVER_LOG_CAP = 16 * 1024 * 1024;

/** Lines asked of crictl: the last ones, where a failed start explains itself. */
const TAIL_LINES = 50_000;

/**
 * `docker exec` arguments printing the newest kube-apiserver container's log in a node, stderr
 * included (klog writes there, and crictl replays the container's streams as they were).
 */
export function apiServerLogArgs(node: string): string[] {
  return [
    'exec',
    node,
    'sh',
    '-c',
    `crictl logs --tail ${TAIL_LINES} "$(crictl ps -a --name kube-apiserver -q | head -n 1)" 2>&1`,
  ];
}

export interface ApiServerLog {
  /** The file written; when crictl failed it holds crictl's own words, and `problem` is set. */
  file: string;
  bytes: number;
  truncated: boolean;
  problem?: string;
}

/**
 * Writes the API server container's log of `node` to `<dir>/kube-apiserver.log`, streamed and
 * capped at {@link APISERVER_LOG_CAP}. The file is never a link (created new, O_EXCL).
 *
 * Not redacted, on purpose: it holds klog lines, not audit events, and the redaction rules work
 * on an event's structure (objectRef, requestObject), so they could only guess at free text. At
 * the verbosity kind runs the API server with, it logs no request or response bodies; those
 * appear only from `-v=8` up, which a user sets on purpose in the kind config. The README says
 * so beside the artifact's layout.
 */
export async function saveApiServerLog(
  stream: StreamRunner,
  node: string,
  dir: string,
): Promise<ApiServerLog> {
  const file = path.join(dir, APISERVER_LOG_NAME);
  const handle = await open(file, 'wx', 0o644);
  const command = stream('docker', apiServerLogArgs(node));
  let bytes = 0;
  let truncated = false;
  try {
    for await (const chunk of command.stdout) {
      const room = APISERVER_LOG_CAP - bytes;
      const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
      await handle.write(part);
      bytes += part.length;
      if (part.length < chunk.length) {
        truncated = true;
        command.stop();
        break;
      }
    }
  } finally {
    if (truncated) await handle.write(`\n[kind-audit: cut at ${APISERVER_LOG_CAP} bytes]\n`);
    await handle.close();
  }
  const exit = await command.exited;
  if (exit.code !== 0 && !truncated) {
    return {
      file,
      bytes,
      truncated,
      problem: exit.stopped
        ? `crictl was stopped showing the API server's log in ${node} (${exit.stopped}); its first ${bytes} bytes were kept`
        : `crictl could not show the API server's log in ${node} (exit ${exit.code})`,
    };
  }
  return { file, bytes, truncated };
}
