import path from 'node:path';
import { NODE_PATHS } from './node.js';

/**
 * A path inside a node (a container) as Docker reads it: `//`, `/./`, `..` and a trailing `/` taken
 * out, so `/var/log//kubernetes/`, `/var/log/./kubernetes` and `/tmp/../var/log/kubernetes` are
 * all `/var/log/kubernetes`. Docker refuses a relative container path; one is read from `/`, so
 * it is judged by the strictest reading.
 */
export function normalContainerPath(containerPath: string): string {
  return path.posix.resolve('/', containerPath);
}

/** Whether `containerPath`, normalised, is `dir` or lies inside it. */
export function isAtOrUnder(containerPath: string, dir: string): boolean {
  const clean = normalContainerPath(containerPath);
  return clean === dir || clean.startsWith(dir === '/' ? '/' : `${dir}/`);
}

/** The folders kind-audit mounts into the API server: the policy's and the log's. */
export const AUDIT_DIRS = [NODE_PATHS.policyDir, NODE_PATHS.logDir] as const;

/** Whether a path in the API server's container is one of the folders kind-audit needs, or inside one. */
export function isAuditPath(containerPath: string): boolean {
  return AUDIT_DIRS.some((dir) => isAtOrUnder(containerPath, dir));
}

/**
 * The folders of a control-plane node no mount of the user may cover or enter: kubeadm's
 * `/etc/kubernetes` (the API server's manifest, its credentials, and the audit policy kind-audit
 * mounts) and the audit log's folder.
 */
export const CONTROL_PLANE_DIRS = ['/etc/kubernetes', NODE_PATHS.logDir] as const;
