import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  Scalar,
  type Document,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { AUDIT_FLAGS, AUDIT_VOLUMES } from './config.js';
import { NODE_PATHS } from './node.js';
import { field, KindConfigError, listOf, scalarValue } from './user-config.js';

/** One `kubeadmConfigPatches` entry: a string holding YAML documents, parsed with its comments. */
export interface PatchEntry {
  scalar: Scalar;
  docs: Document.Parsed[];
  /** The file line of a node inside the patch. */
  lineOf: (node: unknown) => number | undefined;
}

/** The flags kind-audit owns: where the log is written and which policy is read. */
const OWNED_FLAGS = ['audit-log-path', 'audit-policy-file'];

/** The folders kind-audit mounts into the node and the API server. */
const OWNED_DIRS = [NODE_PATHS.policyDir, NODE_PATHS.logDir];

/** Whether a container path is one of the folders kind-audit needs, or inside one. */
export function isOwnedPath(containerPath: string): boolean {
  const clean = containerPath.replace(/\/+$/, '');
  return OWNED_DIRS.some((dir) => clean === dir || clean.startsWith(`${dir}/`));
}

/** Parses each entry of a `kubeadmConfigPatches` list; lines point into the user's file. */
export function readPatches(
  map: YAMLMap,
  fileLine: (node: unknown) => number | undefined,
): PatchEntry[] {
  const list = listOf(map, 'kubeadmConfigPatches', fileLine);
  return (list?.items ?? []).map((item) => {
    if (!isScalar(item) || typeof item.value !== 'string') {
      throw new KindConfigError(fileLine(item), 'each kubeadmConfigPatches entry must be a string');
    }
    const counter = new LineCounter();
    const docs = parseAllDocuments(item.value, { lineCounter: counter });
    const start = fileLine(item) ?? 0;
    // A block scalar's text starts on the line after its `|`; another string is one line.
    const block = item.type === Scalar.BLOCK_LITERAL || item.type === Scalar.BLOCK_FOLDED;
    const lineOf = (node: unknown): number | undefined => {
      const offset = (node as { range?: [number] } | null)?.range?.[0];
      if (!block || offset === undefined) return start || undefined;
      return start + counter.linePos(offset).line;
    };
    const list = Array.isArray(docs) ? docs : [];
    for (const doc of list) {
      const error = doc.errors[0];
      if (error) {
        const at = error.linePos?.[0].line;
        const line = block && at !== undefined ? start + at : lineOf(doc.contents);
        throw new KindConfigError(line, `in a patch: ${error.message.split('\n')[0] ?? ''}`);
      }
    }
    return { scalar: item, docs: list, lineOf };
  });
}

/**
 * The `apiServer` mapping of each ClusterConfiguration document of a patch. An alias there, or for
 * its `extraArgs` or `extraVolumes`, is refused: what it stands for could not be checked or
 * merged into without changing every other place that uses it.
 */
export function apiServerMaps(entry: PatchEntry): YAMLMap[] {
  return entry.docs.flatMap((doc) => {
    const root = doc.contents;
    if (!isMap(root) || field(root, 'kind') !== 'ClusterConfiguration') return [];
    const apiServer: unknown = root.get('apiServer', true);
    const parts = isMap(apiServer)
      ? [apiServer.get('extraArgs', true), apiServer.get('extraVolumes', true)]
      : [];
    for (const node of [apiServer, ...parts]) {
      if (isAlias(node)) {
        throw new KindConfigError(
          entry.lineOf(node),
          'the API server part of a patch is an alias; write it out',
        );
      }
    }
    return isMap(apiServer) ? [apiServer] : [];
  });
}

/**
 * Refuses a ClusterConfiguration patch that sets what kind-audit owns: `audit-log-path`,
 * `audit-policy-file`, an `audit-log-format` other than json (the collector reads JSON lines), or
 * an API server volume at the folders the audit files live in. Both forms of `extraArgs` count:
 * kubeadm v1beta3's map and v1beta4's list of `{name, value}`.
 */
export function checkPatch(entry: PatchEntry): void {
  checkNothingRemoved(entry);
  for (const apiServer of apiServerMaps(entry)) {
    for (const { name, value, node } of extraArgs(apiServer)) {
      if (OWNED_FLAGS.includes(name)) {
        throw new KindConfigError(
          entry.lineOf(node),
          `the patch sets ${name}; kind-audit sets it itself (to ${name === 'audit-log-path' ? NODE_PATHS.logFile : NODE_PATHS.policyFile}), so remove it`,
        );
      }
      if (name === 'audit-log-format' && value !== 'json') {
        throw new KindConfigError(
          entry.lineOf(node),
          `the patch sets audit-log-format to ${JSON.stringify(value)}; kind-audit reads the json format only, so set json or remove it`,
        );
      }
    }
    for (const volume of volumes(apiServer)) {
      const ours = AUDIT_VOLUMES.some((v) => sameVolume(volume, v));
      const name = stringField(volume, 'name');
      const mountPath = stringField(volume, 'mountPath');
      const taken = AUDIT_VOLUMES.some((v) => v.name === name) || isOwnedPath(mountPath);
      if (taken && !ours) {
        throw new KindConfigError(
          entry.lineOf(volume),
          `the API server volume ${JSON.stringify(name)} at ${JSON.stringify(mountPath)} takes a name or folder kind-audit needs (${AUDIT_VOLUMES.map((v) => `${v.name} at ${v.mountPath}`).join(', ')})`,
        );
      }
    }
  }
}

/**
 * Adds kind-audit's flags and volumes to every `apiServer.extraArgs` and `extraVolumes` the patch
 * sets, in the patch's own form. kind applies patches as JSON merge patches, where a later list
 * replaces an earlier one (kind `pkg/internal/patch/resource.go`): the user's `extraVolumes` would
 * drop ours. kind ≥ 0.32 merges v1beta4 `extraArgs` by name (`kubeadm_merge.go`) and v1beta3 maps
 * merge anyway, so the flags are only belt and braces there — but a list-form `extraArgs` applied
 * as a plain merge patch would drop them too. True when the patch changed.
 */
export function mergeIntoPatch(entry: PatchEntry, indentSeq: boolean): boolean {
  let changed = false;
  for (const doc of entry.docs) {
    const apiServer = apiServerMaps({ ...entry, docs: [doc] })[0];
    if (!apiServer) continue;
    const args: unknown = apiServer.get('extraArgs', true);
    const present = new Set(extraArgs(apiServer).map((a) => a.name));
    const missingFlags = AUDIT_FLAGS.filter((f) => !present.has(f.name));
    if ((isMap(args) || isSeq(args)) && missingFlags.length > 0) {
      for (const [i, flag] of missingFlags.entries()) {
        if (isMap(args)) args.set(doc.createNode(flag.name), doc.createNode(flag.value));
        else args.add(doc.createNode({ ...flag }));
        if (i === 0)
          lastAdded(args).commentBefore = ' kind-audit: where the audit log goes, and its policy';
      }
      changed = true;
    }
    const list: unknown = apiServer.get('extraVolumes', true);
    if (!isSeq(list)) continue;
    const missing = AUDIT_VOLUMES.filter(
      (volume) => !list.items.some((item) => isMap(item) && sameVolume(item, volume)),
    );
    for (const [i, volume] of missing.entries()) {
      const node = doc.createNode({ ...volume });
      if (i === 0) node.commentBefore = ' kind-audit: the audit policy and log folders';
      list.add(node);
      changed = true;
    }
  }
  if (changed) entry.scalar.value = entry.docs.map((d) => d.toString({ indentSeq })).join('');
  return changed;
}

/** The node last added to a list or mapping (a mapping's key), to hang a comment on. */
function lastAdded(collection: YAMLMap | YAMLSeq): { commentBefore?: string | null } {
  const last = collection.items.at(-1);
  return (isPair(last) ? last.key : last) as { commentBefore?: string | null };
}

/**
 * kind applies a patch as a JSON merge patch (RFC 7386), where a field set to null, or to a value
 * of another shape, replaces what the earlier patches built: `apiServer: null` leaves the API
 * server with no audit flags and no volumes, and real kind then creates a cluster that audits
 * nothing; `extraVolumes: null` takes the policy's volume away, and the API server cannot start.
 * (kind ≥ 0.32 merges `extraArgs` by name on a v1beta4 cluster, but kind 0.31, or any kind on a
 * v1beta3 cluster, deletes them too.) Refused, naming the field.
 */
function checkNothingRemoved(entry: PatchEntry): void {
  for (const doc of entry.docs) {
    const root = doc.contents;
    if (!isMap(root) || field(root, 'kind') !== 'ClusterConfiguration') continue;
    const apiServer: unknown = root.get('apiServer', true);
    const fields: [string, unknown][] = [['apiServer', apiServer]];
    if (isMap(apiServer)) {
      for (const key of ['extraArgs', 'extraVolumes'])
        fields.push([`apiServer.${key}`, apiServer.get(key, true)]);
    }
    for (const [name, node] of fields) {
      // A mapping or list merges; an alias is refused where it is read; anything else replaces.
      if (node === undefined || isMap(node) || isSeq(node) || isAlias(node)) continue;
      const what =
        { apiServer: 'flags and volumes', 'apiServer.extraArgs': 'flags' }[name] ?? 'volumes';
      throw new KindConfigError(
        entry.lineOf(node) ?? entry.lineOf(root),
        `the patch sets ${name} to ${JSON.stringify(scalarValue(node) ?? null)}; kind applies patches as JSON merge patches, so this would remove kind-audit's audit ${what} from the API server. Remove it, or set only the entries you mean to change`,
      );
    }
  }
}

/** The `extraArgs` of an `apiServer`, in either of kubeadm's forms. */
function extraArgs(apiServer: YAMLMap): { name: string; value: unknown; node: unknown }[] {
  const args = apiServer.get('extraArgs', true);
  if (isMap(args)) {
    return args.items.map((pair) => ({
      name: String(scalarValue(pair.key)),
      value: scalarValue(pair.value),
      node: pair.key,
    }));
  }
  if (!isSeq(args)) return [];
  return args.items.filter(isMap).map((item) => ({
    name: stringField(item, 'name'),
    value: field(item, 'value'),
    node: item,
  }));
}

function volumes(apiServer: YAMLMap): YAMLMap[] {
  const list = apiServer.get('extraVolumes', true);
  return isSeq(list) ? list.items.filter(isMap) : [];
}

function stringField(map: YAMLMap, key: string): string {
  const value = field(map, key);
  return typeof value === 'string' ? value : '';
}

function sameVolume(map: YAMLMap, volume: (typeof AUDIT_VOLUMES)[number]): boolean {
  return (
    stringField(map, 'name') === volume.name &&
    stringField(map, 'hostPath') === volume.hostPath &&
    stringField(map, 'mountPath') === volume.mountPath
  );
}
