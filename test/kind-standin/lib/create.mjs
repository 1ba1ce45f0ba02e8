// `kind create cluster`: validates the config and flags, starts one container per node, writes
// what kubeadm would leave in them, and prints kind's progress — the command the action drives.
import fs from 'node:fs';
import process from 'node:process';
import { parseArgs, parseDuration, goDuration } from './args.mjs';
import { KindError, loadConfig, nodeNames, validateClusterName } from './config.mjs';
import { clusterContainers, docker, dockerChecked } from './docker.mjs';
import {
  createDelaySeconds,
  faultsFromEnv,
  KIND_VERSION,
  nodeImage,
  sleepSeconds,
  writePidFile,
} from './env.mjs';
import { renderApiServerManifest } from './apiserver-manifest.mjs';
import { clusterConfiguration, renderKubeadmConf } from './kubeadm-config.mjs';
import { addToKubeconfig, kubeconfigPath, SERVER } from './kubeconfig.mjs';
import { containerIp, dockerRunArgs, removeContainers, writeInNode } from './nodes.mjs';
import { say, step } from './status.mjs';
import { kubernetesVersion } from './versions.mjs';

const DEFAULT_IMAGE = 'kindest/node:v1.36.1';
const POLICY_DIR = '/etc/kubernetes/policies';

/**
 * The nodes to start, named as kind names them, with the `no-policy-mount` fault applied and
 * every extraMount's hostPath checked; a load balancer joins when there are several control planes.
 */
function planNodes(name, config, flags, faults) {
  const names = nodeNames(name, config.nodes);
  const nodes = config.nodes.map((n, i) => ({
    ...n,
    name: names[i],
    requestedImage: flags.image ?? n.image ?? DEFAULT_IMAGE,
    mounts: n.mounts.filter(
      (m) =>
        !(
          faults.has('no-policy-mount') &&
          (m.containerPath === POLICY_DIR || m.containerPath.startsWith(`${POLICY_DIR}/`))
        ),
    ),
  }));
  for (const [i, n] of nodes.entries()) {
    for (const m of n.mounts) {
      if (!fs.existsSync(m.hostPath)) {
        throw new KindError(
          `invalid configuration: nodes[${i}].extraMounts: hostPath "${m.hostPath}" (for containerPath "${m.containerPath}") does not exist`,
        );
      }
    }
  }
  const controlPlanes = nodes.filter((n) => n.role === 'control-plane');
  const workers = nodes.filter((n) => n.role === 'worker');
  if (controlPlanes.length > 1) {
    nodes.push({
      role: 'external-load-balancer',
      name: `${name}-external-load-balancer`,
      requestedImage: 'docker.io/kindest/haproxy:v20260131-standin',
      mounts: [],
      patches: [],
    });
  }
  return { nodes, controlPlanes, workers };
}

/** Writes /kind/kubeadm.conf into every node and the API server manifest into control planes. */
function writeConfiguration(config, controlPlanes, workers, faults) {
  // kubeadm join --control-plane takes the ClusterConfiguration from the cluster (the first
  // control plane's), so every API server gets the first control plane's flags and volumes.
  const first = controlPlanes[0];
  const clusterConfig = clusterConfiguration({
    patches: [...config.patches, ...first.patches],
    kindVersion: KIND_VERSION,
    k8sVersion: kubernetesVersion(first.requestedImage),
  });
  for (const n of [...controlPlanes, ...workers]) {
    const own = clusterConfiguration({
      patches: [...config.patches, ...n.patches],
      kindVersion: KIND_VERSION,
      k8sVersion: kubernetesVersion(n.requestedImage),
    });
    writeInNode(n.name, '/kind/kubeadm.conf', renderKubeadmConf(own));
  }
  for (const n of controlPlanes) {
    const manifest = renderApiServerManifest(clusterConfig, {
      ip: containerIp(n.name),
      dropAuditArgs: faults.has('no-audit-flags'),
    });
    writeInNode(n.name, '/etc/kubernetes/manifests/kube-apiserver.yaml', manifest);
  }
}

/** Runs `kind create cluster` with the arguments after "create cluster"; throws KindError. */
export function createCluster(argv) {
  writePidFile();
  const { flags } = parseArgs(argv, ['retain']);
  const config = loadConfig(flags.config, process.cwd());
  const name = flags.name ?? config.name ?? 'kind';
  validateClusterName(name);
  const faults = faultsFromEnv();
  const delay = createDelaySeconds(faults);
  const image = nodeImage(flags.image);
  if (!image) {
    throw new KindError(
      'the kind stand-in needs a node image: set KIND_STANDIN_IMAGE or pass --image',
    );
  }
  const wait = flags.wait === undefined ? 0 : parseDuration(flags.wait);
  if (clusterContainers(name).length > 0) {
    throw new KindError(`node(s) already exist for a cluster with the name "${name}"`);
  }
  const { nodes, controlPlanes, workers } = planNodes(name, config, flags, faults);

  say(`Creating cluster "${name}" ...`);
  const created = [];
  try {
    const shown = [
      ...new Set(
        nodes.filter((n) => n.role !== 'external-load-balancer').map((n) => n.requestedImage),
      ),
    ];
    step(`Ensuring node image (${shown.join(', ')}) 🖼`, () => {
      if (docker(['image', 'inspect', image]).code !== 0) {
        throw new KindError(
          `failed to pull image "${image}": the stand-in never pulls; build it with ensureNodeImage()`,
        );
      }
    });
    step(`Preparing nodes ${nodes.map(() => '📦').join(' ')}`, () => {
      for (const n of nodes) {
        dockerChecked(dockerRunArgs({ ...n, cluster: name, image, faults }));
        created.push(n.name);
      }
    });
    if (controlPlanes.length > 1) step('Configuring the external load balancer ⚖️', () => {});
    step('Writing configuration 📜', () =>
      writeConfiguration(config, controlPlanes, workers, faults),
    );
    step('Starting control-plane 🕹️', () => {
      // Where a real create spends its time (kubeadm init): nodes exist, the cluster is not ready.
      sleepSeconds(delay);
      if (faults.has('kubeadm-init-fails')) {
        throw new KindError(
          `failed to init node with kubeadm: command "docker exec --privileged ${controlPlanes[0].name} kubeadm init --config=/kind/kubeadm.conf --skip-token-print --v=6" failed with error: exit status 1\n` +
            '[wait-control-plane] Waiting for the kubelet to boot up the control plane as static Pods from directory "/etc/kubernetes/manifests"\n' +
            'error: error execution phase wait-control-plane: failed while waiting for the control plane to start: kube-apiserver check failed at https://127.0.0.1:6443/livez: Get "https://127.0.0.1:6443/livez": dial tcp 127.0.0.1:6443: connect: connection refused',
        );
      }
    });
    step('Installing CNI 🔌', () => {});
    step('Installing StorageClass 💾', () => {});
    if (controlPlanes.length > 1) step('Joining more control-plane nodes 🎮', () => {});
    if (workers.length > 0) step('Joining worker nodes 🚜', () => {});
    if (wait > 0) {
      step(`Waiting ≤ ${goDuration(wait)} for control-plane = Ready ⏳`, () => {});
      say(' • Ready after 0s 💚');
    }
  } catch (err) {
    if (flags.retain) say(`Nodes retained for debugging (--retain): ${created.join(' ')}`);
    else removeContainers(created);
    throw err;
  }

  const kubeconfig = kubeconfigPath(flags.kubeconfig);
  if (kubeconfig) addToKubeconfig(kubeconfig, name, SERVER);
  say(`Set kubectl context to "kind-${name}"`);
  say('You can now use your cluster with:\n');
  say(
    `kubectl cluster-info --context kind-${name}${kubeconfig && flags.kubeconfig ? ` --kubeconfig ${kubeconfig}` : ''}\n`,
  );
  say('Have a nice day! 👋');
}
