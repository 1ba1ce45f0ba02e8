// Loads and validates a kind config (kind.x-k8s.io/v1alpha4) the way kind does, strictly.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export class KindError extends Error {}

const CLUSTER_FIELDS = new Set([
  'kind',
  'apiVersion',
  'name',
  'nodes',
  'networking',
  'featureGates',
  'runtimeConfig',
  'kubeadmConfigPatches',
  'kubeadmConfigPatchesJSON6902',
  'containerdConfigPatches',
  'containerdConfigPatchesJSON6902',
]);
const NODE_FIELDS = new Set([
  'role',
  'image',
  'labels',
  'extraMounts',
  'extraPortMappings',
  'kubeadmConfigPatches',
  'kubeadmConfigPatchesJSON6902',
]);
const MOUNT_FIELDS = new Set([
  'hostPath',
  'containerPath',
  'readOnly',
  'selinuxRelabel',
  'propagation',
]);
const ROLES = new Set(['control-plane', 'worker']);
const PROPAGATION = { None: '', HostToContainer: 'rslave', Bidirectional: 'rshared' };

/** kind's cluster-name rule (pkg/internal/apis/config/validate.go). */
export function validateClusterName(name) {
  if (!/^[a-z0-9.-]+$/.test(name)) {
    throw new KindError(
      `'${name}' is not a valid cluster name, cluster names must match \`^[a-z0-9.-]+$\``,
    );
  }
}

function isMap(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function unknownFields(obj, allowed, where) {
  for (const key of Object.keys(obj)) {
    if (!allowed.has(key)) {
      throw new KindError(
        `error unmarshaling JSON: while decoding JSON: json: unknown field "${key}"${where ? ` in ${where}` : ''}`,
      );
    }
  }
}

function patchList(value, where) {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((p) => typeof p !== 'string')) {
    throw new KindError(`invalid configuration: ${where} must be a list of strings`);
  }
  return value;
}

/**
 * Reads the config file (or kind's default of one control plane) into
 * `{ name, patches, nodes: [{ role, image, patches, mounts: [{hostPath, containerPath, readOnly, propagation}] }] }`.
 * Relative hostPaths are resolved against `cwd`, as kind does.
 */
export function loadConfig(file, cwd) {
  let raw = { kind: 'Cluster', apiVersion: 'kind.x-k8s.io/v1alpha4' };
  if (file) {
    let text;
    try {
      text = file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8');
    } catch (err) {
      throw new KindError(`error reading file: ${err.message}`);
    }
    try {
      raw = parse(text) ?? {};
    } catch (err) {
      throw new KindError(`failed to decode config: ${err.message}`);
    }
  }
  if (!isMap(raw)) throw new KindError('failed to decode config: not a YAML mapping');
  if (raw.kind !== 'Cluster' || raw.apiVersion !== 'kind.x-k8s.io/v1alpha4') {
    throw new KindError(
      `unknown apiVersion/kind: ${raw.apiVersion ?? '(none)'}/${raw.kind ?? '(none)'} (expected kind.x-k8s.io/v1alpha4/Cluster)`,
    );
  }
  unknownFields(raw, CLUSTER_FIELDS, '');
  const rawNodes = raw.nodes ?? [{ role: 'control-plane' }];
  if (!Array.isArray(rawNodes) || rawNodes.length === 0) {
    throw new KindError('invalid configuration: nodes must be a non-empty list');
  }
  const nodes = rawNodes.map((n, i) => {
    if (!isMap(n)) throw new KindError(`invalid configuration: nodes[${i}] is not a mapping`);
    unknownFields(n, NODE_FIELDS, `nodes[${i}]`);
    const role = n.role ?? 'control-plane';
    if (!ROLES.has(role)) {
      throw new KindError(`invalid configuration: nodes[${i}]: unknown role: "${role}"`);
    }
    const mounts = (n.extraMounts ?? []).map((m, j) => {
      const where = `nodes[${i}].extraMounts[${j}]`;
      if (!isMap(m)) throw new KindError(`invalid configuration: ${where} is not a mapping`);
      unknownFields(m, MOUNT_FIELDS, where);
      if (typeof m.hostPath !== 'string' || typeof m.containerPath !== 'string') {
        throw new KindError(
          `invalid configuration: ${where}: hostPath and containerPath are required`,
        );
      }
      const propagation = m.propagation ?? 'None';
      if (!(propagation in PROPAGATION)) {
        throw new KindError(
          `invalid configuration: ${where}: unknown propagation "${propagation}"`,
        );
      }
      return {
        hostPath: path.resolve(cwd, m.hostPath),
        containerPath: m.containerPath,
        readOnly: m.readOnly === true,
        propagation: PROPAGATION[propagation],
      };
    });
    return {
      role,
      image: typeof n.image === 'string' ? n.image : undefined,
      patches: patchList(n.kubeadmConfigPatches, `nodes[${i}].kubeadmConfigPatches`),
      mounts,
    };
  });
  if (!nodes.some((n) => n.role === 'control-plane')) {
    throw new KindError('invalid configuration: must have at least one control-plane node');
  }
  return {
    name: typeof raw.name === 'string' ? raw.name : undefined,
    patches: patchList(raw.kubeadmConfigPatches, 'kubeadmConfigPatches'),
    nodes,
  };
}

/** Container names as kind gives them: control-plane, control-plane2, …, worker, worker2, …. */
export function nodeNames(cluster, nodes) {
  const seen = { 'control-plane': 0, worker: 0 };
  return nodes.map((n) => {
    seen[n.role] += 1;
    return `${cluster}-${n.role}${seen[n.role] > 1 ? seen[n.role] : ''}`;
  });
}
