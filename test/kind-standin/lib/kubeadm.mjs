// What kind + kubeadm turn a kind config into on a control-plane node: the ClusterConfiguration
// after kind's patch rules (FACTS §1), and the kube-apiserver static Pod manifest kubeadm writes.
import { parseAllDocuments, stringify } from 'yaml';
import { KindError } from './config.mjs';

const COMPONENTS = ['apiServer', 'controllerManager', 'scheduler'];

/** A deep copy of plain YAML data. */
function clone(v) {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

function isMap(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Compares "v0.31.0"-style versions; true when a ≥ b. */
export function versionAtLeast(a, b) {
  const pa = a.replace(/^v/, '').split(/[.-]/).map(Number);
  const pb = b.replace(/^v/, '').split(/[.-]/).map(Number);
  for (let i = 0; i < 3; i++) {
    if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) > (pb[i] || 0);
  }
  return true;
}

/** The Kubernetes version a node image tag names (kindest/node:v1.36.1), or kind's default. */
export function kubernetesVersion(image) {
  const m = /:(v\d+\.\d+\.\d+)/.exec(image ?? '');
  return m ? m[1] : 'v1.36.1';
}

/** kind's pkg/cluster/internal/kubeadm/config.go: which kubeadm API it renders. */
export function kubeadmApiVersion(kindVersion, k8sVersion) {
  if (!versionAtLeast(k8sVersion, 'v1.23.0')) return 'v1beta2';
  if (!versionAtLeast(kindVersion, 'v0.32.0')) return 'v1beta3';
  return versionAtLeast(k8sVersion, 'v1.36.0') ? 'v1beta4' : 'v1beta3';
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
 * Applies kind's rules for one ClusterConfiguration patch (FACTS §1): matched on kind, and on
 * apiVersion only when the patch names one; kind ≥ 0.32 converts an unversioned map-style
 * extraArgs into the v1beta4 list and append-merges it; a v1beta4-named map is dropped.
 */
function applyPatch(config, patch, kindVersion) {
  if (patch.kind !== 'ClusterConfiguration') return config;
  if (patch.apiVersion !== undefined && patch.apiVersion !== config.apiVersion) return config;
  const v1beta4 = config.apiVersion === 'kubeadm.k8s.io/v1beta4';
  const holders = argsHolders(patch);
  const mapArgs = holders.some((h) => isMap(h.extraArgs));
  if (patch.apiVersion !== undefined && v1beta4 && mapArgs) return config;
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

/** extraArgs in either shape as an ordered [{name, value}] list. */
function argList(extraArgs) {
  if (Array.isArray(extraArgs)) {
    return extraArgs.map((a) => ({ name: String(a?.name ?? ''), value: String(a?.value ?? '') }));
  }
  if (isMap(extraArgs)) {
    return Object.entries(extraArgs).map(([name, value]) => ({ name, value: String(value) }));
  }
  return [];
}

/**
 * kubeadm's ArgumentsToCommand: an override drops the base argument of the same name, then all
 * are sorted by name (stable, so repeated overrides keep their order).
 */
function argumentsToCommand(base, overrides) {
  const names = new Set(overrides.map((a) => a.name));
  const args = [...overrides, ...base.filter((a) => !names.has(a.name))];
  return args
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.name === y.a.name ? x.i - y.i : x.a.name < y.a.name ? -1 : 1))
    .map(({ a }) => `--${a.name}=${a.value}`);
}

const PKI = '/etc/kubernetes/pki';

function defaultArgs(ip) {
  return Object.entries({
    'advertise-address': ip,
    'allow-privileged': 'true',
    'authorization-mode': 'Node,RBAC',
    'client-ca-file': `${PKI}/ca.crt`,
    'enable-admission-plugins': 'NodeRestriction',
    'enable-bootstrap-token-auth': 'true',
    'etcd-cafile': `${PKI}/etcd/ca.crt`,
    'etcd-certfile': `${PKI}/apiserver-etcd-client.crt`,
    'etcd-keyfile': `${PKI}/apiserver-etcd-client.key`,
    'etcd-servers': 'https://127.0.0.1:2379',
    'kubelet-client-certificate': `${PKI}/apiserver-kubelet-client.crt`,
    'kubelet-client-key': `${PKI}/apiserver-kubelet-client.key`,
    'kubelet-preferred-address-types': 'InternalIP,ExternalIP,Hostname',
    'proxy-client-cert-file': `${PKI}/front-proxy-client.crt`,
    'proxy-client-key-file': `${PKI}/front-proxy-client.key`,
    'requestheader-allowed-names': 'front-proxy-client',
    'requestheader-client-ca-file': `${PKI}/front-proxy-ca.crt`,
    'requestheader-extra-headers-prefix': 'X-Remote-Extra-',
    'requestheader-group-headers': 'X-Remote-Group',
    'requestheader-username-headers': 'X-Remote-User',
    'secure-port': '6443',
    'service-account-issuer': 'https://kubernetes.default.svc.cluster.local',
    'service-account-key-file': `${PKI}/sa.pub`,
    'service-account-signing-key-file': `${PKI}/sa.key`,
    'service-cluster-ip-range': '10.96.0.0/16',
    'tls-cert-file': `${PKI}/apiserver.crt`,
    'tls-private-key-file': `${PKI}/apiserver.key`,
  }).map(([name, value]) => ({ name, value }));
}

const DEFAULT_VOLUMES = [
  { name: 'ca-certs', hostPath: '/etc/ssl/certs', mountPath: '/etc/ssl/certs', readOnly: true },
  {
    name: 'etc-ca-certificates',
    hostPath: '/etc/ca-certificates',
    mountPath: '/etc/ca-certificates',
    readOnly: true,
  },
  { name: 'k8s-certs', hostPath: PKI, mountPath: PKI, readOnly: true },
  {
    name: 'usr-local-share-ca-certificates',
    hostPath: '/usr/local/share/ca-certificates',
    mountPath: '/usr/local/share/ca-certificates',
    readOnly: true,
  },
  {
    name: 'usr-share-ca-certificates',
    hostPath: '/usr/share/ca-certificates',
    mountPath: '/usr/share/ca-certificates',
    readOnly: true,
  },
].map((v) => ({ ...v, pathType: 'DirectoryOrCreate' }));

function probe(ip, extra) {
  return {
    failureThreshold: extra.failureThreshold,
    httpGet: { host: ip, path: extra.path, port: 'probe-port', scheme: 'HTTPS' },
    ...(extra.initialDelaySeconds ? { initialDelaySeconds: extra.initialDelaySeconds } : {}),
    periodSeconds: extra.periodSeconds,
    timeoutSeconds: 15,
  };
}

/**
 * The kube-apiserver static Pod manifest kubeadm writes for this ClusterConfiguration, as YAML.
 * `dropAuditArgs` is the `no-audit-flags` fault.
 */
export function renderApiServerManifest(config, { ip, dropAuditArgs = false }) {
  let overrides = argList(config.apiServer?.extraArgs);
  if (dropAuditArgs) overrides = overrides.filter((a) => !a.name.startsWith('audit-'));
  const command = ['kube-apiserver', ...argumentsToCommand(defaultArgs(ip), overrides)];

  const extraVolumes = config.apiServer?.extraVolumes ?? [];
  if (!Array.isArray(extraVolumes)) {
    throw new KindError('failed to init node with kubeadm: apiServer.extraVolumes must be a list');
  }
  const byName = new Map(DEFAULT_VOLUMES.map((v) => [v.name, v]));
  for (const [i, v] of extraVolumes.entries()) {
    if (!isMap(v) || !v.name || !v.hostPath || !v.mountPath) {
      throw new KindError(
        `failed to init node with kubeadm: apiServer.extraVolumes[${i}]: name, hostPath and mountPath are required`,
      );
    }
    byName.set(String(v.name), {
      name: String(v.name),
      hostPath: String(v.hostPath),
      mountPath: String(v.mountPath),
      readOnly: v.readOnly === true,
      pathType: v.pathType ? String(v.pathType) : undefined,
    });
  }
  // kubeadm's VolumeMapToSlice / VolumeMountMapToSlice sort by name.
  const volumes = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : 1));

  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      annotations: {
        'kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint': `${ip}:6443`,
      },
      labels: { component: 'kube-apiserver', tier: 'control-plane' },
      name: 'kube-apiserver',
      namespace: 'kube-system',
    },
    spec: {
      containers: [
        {
          command,
          image: `registry.k8s.io/kube-apiserver:${config.kubernetesVersion}`,
          imagePullPolicy: 'IfNotPresent',
          livenessProbe: probe(ip, {
            path: '/livez',
            failureThreshold: 8,
            initialDelaySeconds: 10,
            periodSeconds: 10,
          }),
          name: 'kube-apiserver',
          ports: [{ containerPort: 6443, name: 'probe-port', protocol: 'TCP' }],
          readinessProbe: probe(ip, { path: '/readyz', failureThreshold: 3, periodSeconds: 1 }),
          resources: { requests: { cpu: '250m' } },
          startupProbe: probe(ip, {
            path: '/livez',
            failureThreshold: 24,
            initialDelaySeconds: 10,
            periodSeconds: 10,
          }),
          volumeMounts: volumes.map((v) => ({
            mountPath: v.mountPath,
            name: v.name,
            ...(v.readOnly ? { readOnly: true } : {}),
          })),
        },
      ],
      hostNetwork: true,
      priority: 2000001000,
      priorityClassName: 'system-node-critical',
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      volumes: volumes.map((v) => ({
        hostPath: { path: v.hostPath, ...(v.pathType ? { type: v.pathType } : {}) },
        name: v.name,
      })),
    },
    status: {},
  };
  return stringify(pod, { indentSeq: false, lineWidth: 0 });
}

/** The ClusterConfiguration as kind leaves it in the node at /kind/kubeadm.conf. */
export function renderKubeadmConf(config) {
  return stringify(config, { indentSeq: false, lineWidth: 0 });
}
