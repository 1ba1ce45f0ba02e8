// The kube-apiserver static Pod manifest kubeadm writes for a ClusterConfiguration: its defaults
// merged with apiServer.extraArgs and extraVolumes by kubeadm's rules, as YAML.
import { stringify } from 'yaml';
import { DEFAULT_VOLUMES, defaultArgs, probe } from './apiserver-defaults.mjs';
import { KindError } from './config.mjs';
import { isMap } from './kubeadm-config.mjs';

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
