import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { aliasExpansionError, isMergeKey, resolveAliases } from '../policy/index.js';

/** kind's config type, the only one it reads (kind `pkg/apis/config/v1alpha4`). */
export const KIND_CLUSTER = { kind: 'Cluster', apiVersion: 'kind.x-k8s.io/v1alpha4' } as const;

/**
 * kind's rule for cluster names (`pkg/internal/apis/config/validate.go`): lowercase letters,
 * digits, "-" and ".", at most 50 characters; starting with a letter or digit, as Docker requires
 * of the container names built from it. The name also names folders, so it is checked before use.
 */
const CLUSTER_NAME = /^[a-z0-9][a-z0-9.-]*$/;
export const CLUSTER_NAME_MAX = 50;

/** Whether kind (and Docker's container names built from it) accept a cluster name. */
export function isClusterName(name: string): boolean {
  return CLUSTER_NAME.test(name) && name.length <= CLUSTER_NAME_MAX;
}

/** Why a user's kind config cannot be used; `line` (1-based) points into the user's file. */
export class KindConfigError extends Error {
  constructor(
    readonly line: number | undefined,
    readonly problem: string,
  ) {
    super(line === undefined ? problem : `line ${line}: ${problem}`);
    this.name = 'KindConfigError';
  }
}

/** A user's kind config, parsed with its comments, checked to be a kind `Cluster`. */
export interface ParsedKindConfig {
  doc: Document.Parsed;
  root: YAMLMap;
  /** The `nodes` list; undefined when the config has none. Absent or empty, kind makes one control plane. */
  nodes: YAMLSeq | undefined;
  /** The control-plane nodes, in order; a node without `role` is one, as kind defaults it. */
  controlPlanes: YAMLMap[];
  /** The cluster's own `name:`, when it gives one. */
  name: string | undefined;
  /** 1-based line of a node of the document. */
  lineOf: (node: unknown) => number | undefined;
}

/**
 * Parses a kind config and checks what kind-audit must rely on: one YAML document (aliases bounded
 * as kube's decoder bounds them), a `Cluster` of `kind.x-k8s.io/v1alpha4`, nodes as mappings with a
 * role kind knows. Throws {@link KindConfigError} naming the line.
 */
export function parseKindConfig(text: string): ParsedKindConfig {
  const counter = new LineCounter();
  // Merge keys as kind's YAML decoder (go-yaml) reads them.
  const docs = parseAllDocuments(text, { lineCounter: counter, merge: true });
  if (!Array.isArray(docs)) throw new KindConfigError(undefined, 'the file holds no YAML document');
  const lineOf = (node: unknown): number | undefined => {
    const offset = (node as { range?: [number] } | null)?.range?.[0];
    return offset === undefined ? undefined : counter.linePos(offset).line;
  };
  const [doc, second] = docs;
  if (!doc) throw new KindConfigError(undefined, 'the file is empty: expected a kind Cluster');
  const syntax = doc.errors[0];
  if (syntax) throw new KindConfigError(syntax.linePos?.[0].line, syntax.message.split('\n')[0]!);
  if (second) {
    throw new KindConfigError(lineOf(second.contents), 'kind reads one document; this is a second');
  }
  const aliasing = aliasExpansionError(doc, resolveAliases(doc));
  if (aliasing) throw new KindConfigError(undefined, aliasing);
  const root = doc.contents;
  if (!isMap(root)) throw new KindConfigError(lineOf(root), 'expected a mapping (a kind Cluster)');
  refuseHiddenKeys(root, 'the cluster', lineOf);
  for (const key of ['kind', 'apiVersion'] as const) {
    const value: unknown = root.get(key, true);
    if (!isScalar(value) || scalarValue(value) !== KIND_CLUSTER[key]) {
      throw new KindConfigError(
        lineOf(value) ?? 1,
        `${key} must be ${KIND_CLUSTER[key]} (kind's cluster config, ${KIND_CLUSTER.apiVersion} ${KIND_CLUSTER.kind})` +
          (isScalar(value) ? `, not ${JSON.stringify(value.value)}` : `; the file sets none`),
      );
    }
  }
  const nameNode: unknown = root.get('name', true);
  const name = scalarValue(nameNode);
  if (nameNode !== undefined && (typeof name !== 'string' || !isClusterName(name))) {
    throw new KindConfigError(
      lineOf(nameNode),
      `name must be a cluster name kind accepts: at most ${CLUSTER_NAME_MAX} lowercase letters, digits, "-" and ".", starting with a letter or digit`,
    );
  }
  const nodes = listOf(root, 'nodes', lineOf);
  const controlPlanes = (nodes?.items ?? []).filter((item) => {
    if (!isMap(item)) {
      throw new KindConfigError(
        lineOf(item),
        'each node must be a mapping written out, not an alias',
      );
    }
    const merge = item.items.find((pair) => isMergeKey(pair.key));
    if (merge) {
      // Which role a merged-in mapping gives the node decides where the audit mounts go.
      throw new KindConfigError(
        lineOf(merge.key),
        'a node built with a merge key (<<); write it out',
      );
    }
    refuseHiddenKeys(item, 'a node', lineOf);
    const role: unknown = item.get('role', true);
    // kind defaults an empty role to control-plane (v1alpha4 SetDefaultsNode).
    const given = scalarValue(role);
    const value = given === undefined || given === null || given === '' ? 'control-plane' : given;
    if (value !== 'control-plane' && value !== 'worker') {
      throw new KindConfigError(lineOf(role), 'role must be control-plane or worker');
    }
    return value === 'control-plane';
  }) as YAMLMap[];
  if (nodes && nodes.items.length > 0 && controlPlanes.length === 0) {
    throw new KindConfigError(lineOf(nodes), 'kind needs at least one control-plane node');
  }
  return {
    doc,
    root,
    nodes,
    controlPlanes,
    name: (name as string | undefined) || undefined,
    lineOf,
  };
}

/**
 * Refuses a key kind-audit could not find by its name: a merge key (`<<`) or a key written as an
 * alias. kind's decoder (go-yaml) reads both, so `<<: {kubeadmConfigPatchesJSON6902: …}` or
 * `*k: …` would reach kind while the checks, which look fields up by name, saw nothing.
 */
function refuseHiddenKeys(
  map: YAMLMap,
  what: string,
  lineOf: (node: unknown) => number | undefined,
): void {
  const hidden = map.items.find((pair) => isMergeKey(pair.key) || isAlias(pair.key));
  if (hidden) {
    throw new KindConfigError(
      lineOf(hidden.key),
      `${what} has a key written as ${isAlias(hidden.key) ? 'an alias' : 'a merge key (<<)'}; write it out`,
    );
  }
}

/**
 * A list field of a mapping, written out: `undefined` when absent or null. kind-audit edits these
 * lists, so an alias there (whose edit would change every place it is used) is refused.
 */
export function listOf(
  map: YAMLMap,
  key: string,
  lineOf: (node: unknown) => number | undefined,
): YAMLSeq | undefined {
  const value = map.get(key, true);
  if (value === undefined || value === null || (isScalar(value) && value.value === null)) {
    return undefined;
  }
  if (isAlias(value)) {
    throw new KindConfigError(lineOf(value), `${key} is an alias; write the list out`);
  }
  if (!isSeq(value)) throw new KindConfigError(lineOf(value), `${key} must be a list`);
  return value;
}

/**
 * The `image:` each control-plane node of a kind config names, in node order; `undefined` for a
 * node that names none (it runs kind's default image, or `--image`). A config without nodes has one
 * control plane, which names none. Throws {@link KindConfigError} for a config kind would not read.
 */
export function controlPlaneImages(configText: string): (string | undefined)[] {
  const config = parseKindConfig(configText);
  if (!config.nodes?.items.length) return [undefined];
  return config.controlPlanes.map((node) => {
    const image = scalarValue(node.get('image', true));
    return typeof image === 'string' && image ? image : undefined;
  });
}

/** A field's plain value: a scalar's value, `undefined` for anything else (a list, a mapping, an alias). */
export function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

/** A mapping's field as its plain value (see {@link scalarValue}). */
export function field(map: YAMLMap, key: string): unknown {
  return scalarValue(map.get(key, true));
}
