import type { Document, YAMLMap } from 'yaml';
import { CONTROL_PLANE_DIRS, isAtOrUnder, normalContainerPath } from './container-path.js';
import { shownValue } from './patch-docs.js';
import { KindConfigError, listOf } from './user-config.js';
import { isPlainObject, plainOf } from './yaml-plain.js';

/**
 * Refuses a control-plane node's own `extraMounts` entry that would cover or enter
 * `/etc/kubernetes` (kubeadm's manifests and credentials, and the audit policy kind-audit mounts)
 * or the audit log's folder: a runner folder there would hide, replace or hand out what the API
 * server and kind-audit rely on. Paths are compared as Docker reads them (`//`, `/./`, `..`, a
 * trailing `/`). A `:` in either path is refused too: kind passes a mount to Docker as
 * `--volume=<hostPath>:<containerPath>[:options]` (kind
 * `pkg/cluster/internal/providers/docker/provision.go`), so a `:` in the host path moves where
 * the mount lands. The mounts kind-audit adds come after this check.
 */
export function checkMounts(
  node: YAMLMap,
  doc: Document,
  lineOf: (node: unknown) => number | undefined,
  owner: string,
): void {
  for (const [index, item] of (listOf(node, 'extraMounts', lineOf)?.items ?? []).entries()) {
    const mount = plainOf(item, doc);
    if (!isPlainObject(mount)) continue;
    const place = `extraMounts entry ${index + 1} of ${owner}`;
    for (const key of ['hostPath', 'containerPath'] as const) {
      const value = mount[key];
      if (typeof value === 'string' && value.includes(':')) {
        throw new KindConfigError(
          lineOf(item),
          `${place} has ${key} ${shownValue(value)}: kind hands mounts to Docker as hostPath:containerPath, so a ":" moves where it lands; a control-plane mount's paths may not hold ":"`,
        );
      }
    }
    const containerPath = mount.containerPath;
    if (typeof containerPath !== 'string') continue;
    const dir = CONTROL_PLANE_DIRS.find((d) => isAtOrUnder(containerPath, d));
    if (dir) {
      const clean = normalContainerPath(containerPath);
      throw new KindConfigError(
        lineOf(item),
        `${place} mounts at ${shownValue(containerPath)}${clean === containerPath ? '' : ` (that is ${clean})`}, ${clean === dir ? '' : 'inside '}${dir}: a control-plane mount may not cover or enter ${CONTROL_PLANE_DIRS.join(' or ')}, where the API server's manifest and credentials and the audit policy and log live; mount it at another path`,
      );
    }
  }
}
