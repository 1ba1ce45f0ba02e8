import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  Scalar,
  type Document,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { isMergeKey } from '../policy/index.js';
import { AUDIT_FLAGS, AUDIT_VOLUMES } from './config.js';
import { isAuditPath, normalContainerPath } from './container-path.js';
import { KindConfigError, listOf } from './user-config.js';
import {
  firstMergeKey,
  hasField,
  isPlainObject,
  isTypeKey,
  plainOf,
  typeNames,
  type PlainObject,
} from './yaml-plain.js';

/** One `kubeadmConfigPatches` entry: a string holding YAML documents, parsed with its comments. */
export interface PatchEntry {
  scalar: Scalar;
  docs: Document.Parsed[];
  /** The file line of a node inside the patch. */
  lineOf: (node: unknown) => number | undefined;
  /** Where it is, for messages: `kubeadmConfigPatches entry 2 of the cluster`. */
  place: string;
}

/** The flags kind-audit owns: where the log is written and which policy is read. */
export const OWNED_FLAGS: readonly string[] = AUDIT_FLAGS.map((flag) => flag.name);

/** The value kind-audit gives an owned flag, for messages. */
export function ownedValue(name: string): string {
  return AUDIT_FLAGS.find((flag) => flag.name === name)?.value ?? '';
}

/**
 * Why an API server argument cannot be set, or undefined when it can: kind-audit sets the log's
 * path and the policy's itself, and reads the json format only (`audit-log-format`).
 */
export function argumentProblem(name: string, value: unknown): string | undefined {
  if (OWNED_FLAGS.includes(name))
    return `sets ${name}; kind-audit sets it itself (to ${ownedValue(name)}), so remove it`;
  if (name === 'audit-log-format' && value !== 'json')
    return `sets audit-log-format to ${shownValue(value)}; kind-audit reads the json format only, so set json or remove it`;
  return undefined;
}

/**
 * Why an API server volume cannot be added, or undefined when it can: a volume named as one of
 * kind-audit's, or mounted at (or inside) the audit folders, is refused unless it is the guide's
 * own — the same name, folders and access.
 */
export function volumeProblem(volume: unknown): string | undefined {
  if (!isPlainObject(volume)) return undefined;
  const name = volume.name;
  const mountPath = typeof volume.mountPath === 'string' ? volume.mountPath : '';
  const taken = AUDIT_VOLUMES.some((v) => v.name === name) || isAuditPath(mountPath);
  if (!taken || AUDIT_VOLUMES.some((v) => sameVolume(volume, v))) return undefined;
  return `the API server volume ${shownValue(name)} at ${shownValue(mountPath)} takes a name or folder kind-audit needs (${AUDIT_VOLUMES.map((v) => `${v.name} at ${v.mountPath}`).join(', ')})`;
}

/** A value from the user's config as a message shows it: JSON, cut when long. */
export function shownValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value) ?? typeof value;
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

/** Parses each entry of a `kubeadmConfigPatches` list; lines point into the user's file. */
export function readPatches(
  map: YAMLMap,
  fileLine: (node: unknown) => number | undefined,
  owner: string,
): PatchEntry[] {
  const list = listOf(map, 'kubeadmConfigPatches', fileLine);
  return (list?.items ?? []).map((item, index) => {
    const place = `kubeadmConfigPatches entry ${index + 1} of ${owner}`;
    if (!isScalar(item) || typeof item.value !== 'string') {
      throw new KindConfigError(fileLine(item), `${place} must be a string`);
    }
    const lineOf = blockLines(item, fileLine);
    // Merge keys as kind's decoder of patches (sigs.k8s.io/yaml, go-yaml) applies them.
    const docs = parseAllDocuments(item.value, { merge: true });
    const list = Array.isArray(docs) ? docs : [];
    for (const doc of list) {
      const error = doc.errors[0];
      if (error) {
        const at = error.linePos?.[0].line;
        const line = at !== undefined ? lineOf.atLine(at) : lineOf(doc.contents);
        throw new KindConfigError(line, `in a patch: ${error.message.split('\n')[0] ?? ''}`);
      }
    }
    return { scalar: item, docs: list, lineOf, place };
  });
}

/**
 * The file lines of a string holding YAML: a block scalar's text starts on the line after its
 * `|`, so a node inside it is that many lines further; any other string is one line.
 */
export function blockLines(
  scalar: Scalar,
  fileLine: (node: unknown) => number | undefined,
): ((node: unknown) => number | undefined) & { atLine(line: number): number | undefined } {
  const start = fileLine(scalar) ?? 0;
  const block = scalar.type === Scalar.BLOCK_LITERAL || scalar.type === Scalar.BLOCK_FOLDED;
  const text = String(scalar.value);
  const atLine = (line: number): number | undefined => (block ? start + line : start || undefined);
  const lineOf = (node: unknown): number | undefined => {
    const offset = (node as { range?: [number] } | null)?.range?.[0];
    if (offset === undefined) return start || undefined;
    return atLine(text.slice(0, offset).split('\n').length);
  };
  return Object.assign(lineOf, { atLine });
}

/** Whether a patch document is a ClusterConfiguration patch, as kind matches it (any case of `kind`). */
function isClusterConfiguration(doc: Document.Parsed): boolean {
  const root = doc.contents;
  if (!isMap(root)) return false;
  if (root.items.some((pair) => isMergeKey(pair.key))) {
    const value = plainOf(root, doc);
    return isPlainObject(value) && typeNames(value).includes('ClusterConfiguration');
  }
  return root.items.some(
    (pair) =>
      isTypeKey(String(plainOf(pair.key, doc))) &&
      plainOf(pair.value, doc) === 'ClusterConfiguration',
  );
}

/**
 * The `apiServer` mapping of each ClusterConfiguration document of a patch. A merge key in such a
 * document, a key written as an alias at its top or in `apiServer`, or an alias for `apiServer`,
 * its `extraArgs` or its `extraVolumes`, is refused: the merge could not find what it stands for,
 * or not edit it without changing every other place that uses it.
 */
export function apiServerMaps(entry: PatchEntry): YAMLMap[] {
  return entry.docs.flatMap((doc) => {
    if (!isClusterConfiguration(doc)) return [];
    const root = doc.contents as YAMLMap;
    const merge = firstMergeKey(root);
    if (merge) {
      throw new KindConfigError(
        entry.lineOf(merge),
        `${entry.place}: a merge key (<<) in a ClusterConfiguration patch; write it out`,
      );
    }
    const apiServer: unknown = root.get('apiServer', true);
    // The merge finds `apiServer`, `extraArgs` and `extraVolumes` by their written keys.
    for (const map of isMap(apiServer) ? [root, apiServer] : [root]) {
      const aliased = map.items.find((pair) => isAlias(pair.key));
      if (aliased) {
        throw new KindConfigError(
          entry.lineOf(aliased.key),
          `${entry.place}: a key written as an alias in a ClusterConfiguration patch; write it out`,
        );
      }
    }
    const parts = isMap(apiServer)
      ? [apiServer.get('extraArgs', true), apiServer.get('extraVolumes', true)]
      : [];
    for (const node of [apiServer, ...parts]) {
      if (isAlias(node)) {
        throw new KindConfigError(
          entry.lineOf(node),
          `${entry.place}: the API server part of a patch is an alias; write it out`,
        );
      }
    }
    return isMap(apiServer) ? [apiServer] : [];
  });
}

/**
 * Refuses a ClusterConfiguration patch that removes or replaces what kind-audit sets, or sets what
 * it owns. kind applies merge patches (RFC 7386) in order, after kind-audit's: a `null` removes a
 * field, and a value that is not a mapping or list replaces it whole (kind
 * `pkg/internal/patch/resource.go`). So `apiServer` must stay a mapping, `extraArgs` a mapping or
 * list, `extraVolumes` a list; no argument may set `audit-log-path` or `audit-policy-file` (a
 * `null` there deletes it), nor an `audit-log-format` other than json (the collector reads JSON
 * lines); no volume may take the audit folders' names or paths. Both forms of `extraArgs` count:
 * kubeadm v1beta3's map and v1beta4's list of `{name, value}`.
 */
export function checkPatch(entry: PatchEntry): void {
  // Refuses merge keys and aliases where the merge would have to edit.
  apiServerMaps(entry);
  for (const doc of entry.docs) {
    if (!isClusterConfiguration(doc)) continue;
    const root = doc.contents as YAMLMap;
    const plain = plainOf(root, doc) as PlainObject;
    if (!hasField(plain, 'apiServer')) continue;
    const apiServer = plain.apiServer;
    const apiServerNode: unknown = root.get('apiServer', true);
    const at = (node: unknown) => entry.lineOf(node) ?? entry.lineOf(root);
    if (!isPlainObject(apiServer)) {
      throw new KindConfigError(
        at(apiServerNode),
        `${entry.place} sets apiServer to ${shownValue(apiServer)}, which would remove kind-audit's audit flags and volumes; set fields inside apiServer instead`,
      );
    }
    const node = isMap(apiServerNode) ? apiServerNode : undefined;
    for (const [key, allowed, fits] of [
      ['extraArgs', 'a mapping or a list', (v: unknown) => isPlainObject(v) || Array.isArray(v)],
      ['extraVolumes', 'a list', (v: unknown) => Array.isArray(v)],
    ] as const) {
      if (hasField(apiServer, key) && !fits(apiServer[key])) {
        throw new KindConfigError(
          at(node?.get(key, true)),
          `${entry.place} sets apiServer.${key} to ${shownValue(apiServer[key])}, which would remove kind-audit's audit ${key === 'extraArgs' ? 'flags' : 'volumes'}; give ${allowed} (kind-audit adds its own to it)`,
        );
      }
    }
    if (!node) continue;
    for (const arg of extraArgs(node, doc)) {
      const problem = argumentProblem(arg.name, arg.value);
      if (problem) throw new KindConfigError(at(arg.node), `${entry.place} ${problem}`);
    }
    for (const { volume, node: item } of volumes(node, doc)) {
      const problem = volumeProblem(volume);
      if (problem) throw new KindConfigError(at(item), `${entry.place}: ${problem}`);
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
    // checkPatch has refused a patch that sets either flag: both are missing here.
    if (isMap(args) || isSeq(args)) {
      for (const [i, flag] of AUDIT_FLAGS.entries()) {
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
      (volume) =>
        !list.items.some((item) => {
          const plain = plainOf(item, doc);
          return isPlainObject(plain) && sameVolume(plain, volume);
        }),
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

/** The `extraArgs` of an `apiServer`, in either of kubeadm's forms, as plain names and values. */
function extraArgs(
  apiServer: YAMLMap,
  doc: Document,
): { name: string; value: unknown; node: unknown }[] {
  const args = apiServer.get('extraArgs', true);
  if (isMap(args)) {
    return args.items.map((pair) => ({
      name: String(plainOf(pair.key, doc)),
      value: plainOf(pair.value, doc),
      node: pair.key,
    }));
  }
  if (!isSeq(args)) return [];
  return args.items.flatMap((item) => {
    const arg = plainOf(item, doc);
    return isPlainObject(arg) && typeof arg.name === 'string'
      ? [{ name: arg.name, value: arg.value, node: item }]
      : [];
  });
}

/** The items of an `apiServer`'s `extraVolumes`, each as plain data beside its node. */
function volumes(apiServer: YAMLMap, doc: Document): { volume: unknown; node: unknown }[] {
  const list = apiServer.get('extraVolumes', true);
  return isSeq(list) ? list.items.map((node) => ({ volume: plainOf(node, doc), node })) : [];
}

/**
 * Whether a volume is the guide's own: the same name and folders (however the paths are
 * written), and the same access — a read-only `audit-logs` would stop the API server writing.
 */
function sameVolume(volume: PlainObject, ours: (typeof AUDIT_VOLUMES)[number]): boolean {
  const samePath = (value: unknown, path: string) =>
    typeof value === 'string' && normalContainerPath(value) === path;
  return (
    volume.name === ours.name &&
    samePath(volume.hostPath, ours.hostPath) &&
    samePath(volume.mountPath, ours.mountPath) &&
    Boolean(volume.readOnly) === ours.readOnly &&
    [undefined, '', 'Directory', 'DirectoryOrCreate'].includes(volume.pathType as string)
  );
}
