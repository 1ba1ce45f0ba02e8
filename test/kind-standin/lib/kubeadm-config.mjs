// The ClusterConfiguration a node's kubeadm sees: kind's base config with the kind config's
// kubeadmConfigPatches applied by kind's rules (kind `pkg/internal/patch/resource.go`,
// `kubeadm_merge.go`), and its /kind/kubeadm.conf rendering.
import { parseAllDocuments, stringify } from 'yaml';
import { KindError } from './config.mjs';
import { kubeadmApiVersion, versionAtLeast } from './versions.mjs';

const COMPONENTS = ['apiServer', 'controllerManager', 'scheduler'];

/** A deep copy of plain YAML data. */
function clone(v) {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

/** True for a YAML mapping (not null, not a list). */
export function isMap(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** RFC 7386 JSON merge patch, which kind uses for kubeadmConfigPatches: maps merge, lists replace. */
function mergePatch(target, patch) {
  if (!isMap(patch)) return clone(patch);
  const out = isMap(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

function argsHolders(doc) {
  const holders = COMPONENTS.map((c) => doc?.[c]);
  holders.push(doc?.etcd?.local);
  return holders.filter(isMap);
}

/** The base ClusterConfiguration kind renders: only what the API server manifest depends on. */
function baseClusterConfiguration(apiVersion, k8sVersion) {
  const v1beta4 = apiVersion === 'v1beta4';
  return {
    apiVersion: `kubeadm.k8s.io/${apiVersion}`,
    kind: 'ClusterConfiguration',
    kubernetesVersion: k8sVersion,
    clusterName: 'kind',
    controlPlaneEndpoint: '',
    networking: { podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/16' },
    apiServer: {
      certSANs: ['localhost', '127.0.0.1'],
      extraArgs: v1beta4 ? [{ name: 'runtime-config', value: '' }] : { 'runtime-config': '' },
    },
  };
}

/** Splits each patch string into its YAML documents. */
function patchDocuments(patches) {
  const docs = [];
  for (const text of patches) {
    for (const doc of parseAllDocuments(text)) {
      if (doc.errors.length > 0) {
        throw new KindError(`failed to parse kubeadmConfigPatches: ${doc.errors[0].message}`);
      }
      const value = doc.toJS();
      if (isMap(value)) docs.push(value);
    }
  }
  return docs;
}

/**
 * Applies kind's rules for one ClusterConfiguration patch (kind pkg/internal/patch): matched on
 * kind, and on apiVersion only when the patch names one; kind ≥ 0.32 converts an unversioned
 * map-style extraArgs into the v1beta4 list and merges it by name; a v1beta4-named patch loses
 * its map-style extraArgs and the rest of it applies (test/real/kubeadm-versions.test.ts shows
 * real kind doing so).
 */
function applyPatch(config, patch, kindVersion) {
  if (patch.kind !== 'ClusterConfiguration') return config;
  if (patch.apiVersion !== undefined && patch.apiVersion !== config.apiVersion) return config;
  const v1beta4 = config.apiVersion === 'kubeadm.k8s.io/v1beta4';
  if (patch.apiVersion !== undefined && v1beta4) {
    patch = clone(patch);
    for (const holder of argsHolders(patch)) if (isMap(holder.extraArgs)) delete holder.extraArgs;
  }
  const holders = argsHolders(patch);
  const mapArgs = holders.some((h) => isMap(h.extraArgs));
  if (v1beta4 && mapArgs && versionAtLeast(kindVersion, 'v0.32.0')) {
    // Convert and append-merge (kind PR #4173). An argument already present is replaced in
    // place rather than repeated.
    const converted = clone(patch);
    const lists = [];
    for (const key of [...COMPONENTS, 'etcd']) {
      const holder = key === 'etcd' ? converted.etcd?.local : converted[key];
      if (!isMap(holder) || !isMap(holder.extraArgs)) continue;
      lists.push([
        key,
        Object.entries(holder.extraArgs).map(([name, value]) => ({ name, value: String(value) })),
      ]);
      delete holder.extraArgs;
    }
    let out = mergePatch(config, converted);
    for (const [key, args] of lists) {
      const holder = key === 'etcd' ? ((out.etcd ??= {}).local ??= {}) : (out[key] ??= {});
      const list = Array.isArray(holder.extraArgs) ? [...holder.extraArgs] : [];
      for (const arg of args) {
        const at = list.findIndex((a) => a.name === arg.name);
        if (at >= 0) list[at] = arg;
        else list.push(arg);
      }
      holder.extraArgs = list;
    }
    return out;
  }
  const out = mergePatch(config, patch);
  out.apiVersion = config.apiVersion;
  for (const holder of argsHolders(out)) {
    if (holder.extraArgs === undefined) continue;
    if (v1beta4 ? !Array.isArray(holder.extraArgs) : !isMap(holder.extraArgs)) {
      throw new KindError(
        `failed to init node with kubeadm: ClusterConfiguration ${config.apiVersion}: extraArgs must be ${v1beta4 ? 'a list of {name, value}' : 'a map of name: value'}`,
      );
    }
  }
  return out;
}

/** The ClusterConfiguration a node's kubeadm sees: cluster-level patches, then the node's own. */
export function clusterConfiguration({ patches, kindVersion, k8sVersion }) {
  const apiVersion = kubeadmApiVersion(kindVersion, k8sVersion);
  let config = baseClusterConfiguration(apiVersion, k8sVersion);
  for (const patch of patchDocuments(patches)) config = applyPatch(config, patch, kindVersion);
  return config;
}

/** The ClusterConfiguration as kind leaves it in the node at /kind/kubeadm.conf. */
export function renderKubeadmConf(config) {
  return stringify(config, { indentSeq: false, lineWidth: 0 });
}
