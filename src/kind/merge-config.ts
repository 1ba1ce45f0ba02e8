import { isMap, parse, Scalar, type Document, type YAMLMap } from 'yaml';
import { apiServerPatch } from './config.js';
import { NODE_PATHS } from './node.js';
import { checkPatch, isOwnedPath, mergeIntoPatch, readPatches } from './patch-docs.js';
import {
  field,
  KindConfigError,
  listOf,
  parseKindConfig,
  type ParsedKindConfig,
} from './user-config.js';

/** Where the audit files live on the runner, mounted into every control-plane node. */
export interface AuditMounts {
  /** Absolute path of the policy file on the runner. */
  policyHostPath: string;
  /** A runner folder per control-plane node, in node order, for its audit log; none keeps logs in the nodes. */
  logHostPaths?: readonly string[];
}

const HEADER =
  '# kind-audit merged its audit settings into this kind config: a policy and log mount on each\n' +
  '# control-plane node, and the API server patch first among kubeadmConfigPatches.\n';

/**
 * The user's kind config with the audit settings merged in, through the `yaml` document API so
 * comments, order and everything kind-audit does not need stay as written: the policy mount (and
 * the node's log folder) on every control-plane node — `extraMounts` are per node, and a control
 * plane without the policy fails to join (kubernetes/test-infra#36204) —, and the guide's
 * ClusterConfiguration patch first among the cluster's patches. kind applies cluster patches, then
 * each node's, in order: `extraArgs` of several patches merge, but a later `extraVolumes` list
 * replaces an earlier one (kind `pkg/internal/patch`), so the user's patches that set API server
 * volumes or arguments get ours added, in their own form. A config without nodes gets kind's default, one control plane.
 * Throws {@link KindConfigError}, naming the line, for what cannot be merged safely.
 */
export function mergeKindConfig(text: string, mounts: AuditMounts): string {
  const config = parseKindConfig(text);
  const { doc, root, lineOf } = config;
  const entries = [root, ...config.controlPlanes].flatMap((map) => readPatches(map, lineOf));
  for (const entry of entries) checkPatch(entry);
  for (const map of [root, ...config.controlPlanes]) checkJson6902(map, lineOf);
  for (const node of config.controlPlanes) checkMounts(node, lineOf);

  const indentSeq = indentsSequences(text);
  for (const [i, node] of controlPlanesOf(config).entries()) {
    addMounts(doc, node, lineOf, mounts.policyHostPath, mounts.logHostPaths?.[i]);
  }
  for (const entry of entries)
    mergeIntoPatch(entry, indentsSequences(entry.scalar.value as string));

  const patch = new Scalar(apiServerPatch());
  patch.type = Scalar.BLOCK_LITERAL;
  patch.commentBefore =
    ' kind-audit: the audit flags and volumes; first, so every patch after it still applies';
  const patches = listOf(root, 'kubeadmConfigPatches', lineOf);
  if (patches) patches.items.unshift(patch);
  else root.set('kubeadmConfigPatches', doc.createNode([patch]));
  return HEADER + doc.toString({ indentSeq });
}

/** The control-plane nodes to mount into; with no nodes (or `nodes: []`) kind's one control plane. */
function controlPlanesOf(config: ParsedKindConfig): YAMLMap[] {
  if (config.nodes?.items.length) return config.controlPlanes;
  const node = config.doc.createNode({ role: 'control-plane' });
  if (config.nodes) config.nodes.add(node);
  else config.root.set('nodes', config.doc.createNode([node]));
  return [node];
}

function addMounts(
  doc: Document,
  node: YAMLMap,
  lineOf: (node: unknown) => number | undefined,
  policyHostPath: string,
  logHostPath: string | undefined,
): void {
  const policy = doc.createNode({
    hostPath: policyHostPath,
    containerPath: NODE_PATHS.policyFile,
    readOnly: true,
  });
  policy.commentBefore = ' kind-audit: the audit policy, read by the API server';
  const added = [policy];
  if (logHostPath) {
    const log = doc.createNode({ hostPath: logHostPath, containerPath: NODE_PATHS.logDir });
    log.commentBefore = " kind-audit: the node's audit log folder, kept on the runner";
    added.push(log);
  }
  const list = listOf(node, 'extraMounts', lineOf);
  if (list) list.items.push(...added);
  else node.set('extraMounts', doc.createNode(added));
}

/** A control plane's own mount at the audit folders would hide the policy or the log. */
function checkMounts(node: YAMLMap, lineOf: (node: unknown) => number | undefined): void {
  for (const mount of listOf(node, 'extraMounts', lineOf)?.items ?? []) {
    const containerPath = isMap(mount) ? field(mount, 'containerPath') : undefined;
    if (typeof containerPath === 'string' && isOwnedPath(containerPath)) {
      throw new KindConfigError(
        lineOf(mount),
        `a control-plane extraMount at ${containerPath} takes a folder kind-audit needs (${NODE_PATHS.policyDir}, ${NODE_PATHS.logDir})`,
      );
    }
  }
}

/** JSON 6902 paths that would replace or remove the audit flags and volumes wholesale. */
const GUARDED = ['/apiServer', '/apiServer/extraArgs', '/apiServer/extraVolumes'];

/**
 * kind applies JSON 6902 patches after the merge patches: an operation that replaces or removes
 * the API server's arguments or volumes (rather than adding one) would undo the audit settings.
 */
function checkJson6902(map: YAMLMap, lineOf: (node: unknown) => number | undefined): void {
  for (const item of listOf(map, 'kubeadmConfigPatchesJSON6902', lineOf)?.items ?? []) {
    if (!isMap(item) || field(item, 'kind') !== 'ClusterConfiguration') continue;
    const text = field(item, 'patch');
    let ops: unknown;
    try {
      ops = typeof text === 'string' ? parse(text) : undefined;
    } catch {
      throw new KindConfigError(lineOf(item), 'a JSON 6902 patch that is not YAML or JSON');
    }
    for (const op of Array.isArray(ops) ? (ops as unknown[]) : []) {
      const {
        op: verb,
        path,
        from,
      } = (op ?? {}) as { op?: unknown; path?: unknown; from?: unknown };
      if (verb === 'test') continue;
      const whole = (p: unknown) => typeof p === 'string' && GUARDED.includes(p);
      const inside = (p: unknown) =>
        typeof p === 'string' && GUARDED.slice(1).some((g) => p.startsWith(`${g}/`));
      // A move takes its source away (RFC 6902 §4.4): moving the flags elsewhere removes them.
      const taken = verb === 'move' && (whole(from) || inside(from)) ? from : undefined;
      const at = whole(path) || (inside(path) && verb !== 'add') ? path : taken;
      if (typeof at === 'string') {
        throw new KindConfigError(
          lineOf(item.get('patch', true)),
          `a JSON 6902 patch does "${String(verb)}" ${at === path ? 'at' : 'from'} ${at}, which would undo kind-audit's API server flags or volumes; add single items instead`,
        );
      }
    }
  }
}

/**
 * Whether the text indents a block list under its key (`key:\n  - a`) — the `yaml` package's
 * default — or not (`key:\n- a`, kind's documentation style), so the merged file keeps the user's.
 */
export function indentsSequences(text: string): boolean {
  return !/^( *)[^\s#-][^\n]*:[ \t]*(#[^\n]*)?\n\1- /m.test(text);
}
