import { isMap, type YAMLMap } from 'yaml';
import { KUBEADM_GROUP, type KubeadmApi } from './kubeadm-api.js';
import { readPatches } from './patch-docs.js';
import { field, listOf, parseKindConfig, scalarValue } from './user-config.js';

/** A patch of the user's kind config that kind will not apply as written. */
export interface PatchWarning {
  /** 1-based line of the patch in the user's file. */
  line: number | undefined;
  message: string;
}

/** The argument maps kind merges by name on a v1beta4 target (kind `pkg/internal/patch/kubeadm_merge.go`). */
const ARG_KEYS = ['extraArgs', 'kubeletExtraArgs'];

/**
 * The patches of a kind config that kind drops, in whole or in part, without a word (kind
 * `pkg/internal/patch`): a patch matches a kubeadm document on its `kind`, and on its
 * `apiVersion` only when it names one, so a patch naming another kubeadm version than the one
 * kind writes for this cluster (`rendered`) is ignored whole; and on a v1beta4 document, kind
 * merges `extraArgs` and `kubeletExtraArgs` by name, converting a mapping only for a patch that
 * names no `apiVersion`, so a v1beta4-named patch that writes them as a mapping loses them while
 * the rest of it applies. `rendered` undefined: the version kind writes is not known, and only
 * the second case is reported. Throws what {@link parseKindConfig} throws.
 */
export function patchApiWarnings(text: string, rendered: KubeadmApi | undefined): PatchWarning[] {
  const config = parseKindConfig(text);
  const owners: [string, YAMLMap][] = [['the cluster', config.root]];
  for (const [i, node] of (config.nodes?.items ?? []).entries()) {
    if (isMap(node))
      owners.push([`node ${i + 1} (${shown(field(node, 'role'), 'control-plane')})`, node]);
  }
  const warnings: PatchWarning[] = [];
  for (const [owner, map] of owners) {
    for (const entry of readPatches(map, config.lineOf, owner)) {
      for (const doc of entry.docs) {
        const root = doc.contents;
        if (!isMap(root)) continue;
        const version = kubeadmVersion(field(root, 'apiVersion'));
        if (version === undefined) continue;
        const name = `${entry.place} (${shown(field(root, 'kind'), 'no kind')})`;
        const line = entry.lineOf(root);
        if (rendered !== undefined && version !== rendered) {
          warnings.push({ line, message: ignoredWhole(name, version, rendered) });
          continue;
        }
        const maps = version === 'v1beta4' ? argMaps(root, []) : [];
        if (maps.length > 0)
          warnings.push({
            line: entry.lineOf(maps[0]?.node) ?? line,
            message: argsDropped(name, maps),
          });
      }
    }
    for (const [i, item] of (
      listOf(map, 'kubeadmConfigPatchesJSON6902', config.lineOf)?.items ?? []
    ).entries()) {
      if (!isMap(item) || rendered === undefined) continue;
      if (field(item, 'group') !== KUBEADM_GROUP) continue;
      const version = field(item, 'version');
      if (typeof version !== 'string' || version === '' || version === rendered) continue;
      const name = `kubeadmConfigPatchesJSON6902[${i}] of ${owner} (${shown(field(item, 'kind'), 'no kind')})`;
      warnings.push({ line: config.lineOf(item), message: ignoredWhole(name, version, rendered) });
    }
  }
  return warnings;
}

/** A scalar field as text for a message; `otherwise` when it is absent or empty. */
function shown(value: unknown, otherwise: string): string {
  return value === undefined || value === null || value === ''
    ? otherwise
    : JSON.stringify(value).replace(/^"|"$/g, '');
}

/** `v1beta4` of `kubeadm.k8s.io/v1beta4`; undefined for no apiVersion or another group's. */
function kubeadmVersion(apiVersion: unknown): string | undefined {
  if (typeof apiVersion !== 'string') return undefined;
  const [group, version, more] = apiVersion.split('/');
  return group === KUBEADM_GROUP && version && more === undefined ? version : undefined;
}

interface ArgMap {
  path: string;
  names: string[];
  node: unknown;
}

/**
 * Every `extraArgs`/`kubeletExtraArgs` written as a mapping. kubeadm's sit at most three mappings
 * deep (`etcd.local.extraArgs`); the walk stops below that.
 */
function argMaps(map: YAMLMap, path: string[]): ArgMap[] {
  const found: ArgMap[] = [];
  if (path.length > 3) return found;
  for (const pair of map.items) {
    const key = String(scalarValue(pair.key));
    const value = pair.value;
    if (!isMap(value)) continue;
    if (ARG_KEYS.includes(key)) {
      const names = value.items.map((p) => String(scalarValue(p.key)));
      found.push({ path: [...path, key].join('.'), names, node: pair.key });
    } else {
      found.push(...argMaps(value, [...path, key]));
    }
  }
  return found;
}

function ignoredWhole(name: string, version: string, rendered: KubeadmApi): string {
  return (
    `${name} names ${KUBEADM_GROUP}/${version}, but kind writes ${KUBEADM_GROUP}/${rendered} for ` +
    `this kind and node image: kind applies a patch only to a document of the apiVersion it names, ` +
    `so it ignores this whole patch without a word. Leave apiVersion out, and kind applies the ` +
    `patch to whichever version it writes.`
  );
}

function argsDropped(name: string, maps: ArgMap[]): string {
  const what = maps.map((m) => `${m.path} (${m.names.join(', ') || 'empty'})`).join(', ');
  return (
    `${name} names ${KUBEADM_GROUP}/v1beta4 but writes ${what} as a mapping: v1beta4 takes a list ` +
    `of {name, value}, and kind 0.32 and later drop these arguments without a word (the rest of ` +
    `the patch still applies). Write them as a list ("- name: …" / "  value: …"), or leave ` +
    `apiVersion out and kind converts the mapping itself.`
  );
}
