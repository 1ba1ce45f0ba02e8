// kind's command line, as far as kind-audit uses it. Status goes to stderr, as kind's does.
import fs from 'node:fs';
import process from 'node:process';
import { KindError, loadConfig, nodeNames, validateClusterName } from './config.mjs';
import {
  clusterContainers,
  clusterNames,
  docker,
  dockerChecked,
  LABEL_CLUSTER,
  LABEL_ROLE,
} from './docker.mjs';
import {
  clusterConfiguration,
  kubernetesVersion,
  renderApiServerManifest,
  renderKubeadmConf,
} from './kubeadm.mjs';
import { addToKubeconfig, clusterKubeconfig, removeFromKubeconfig } from './kubeconfig.mjs';
import { stringify } from 'yaml';

const KIND_VERSION = process.env.KIND_STANDIN_VERSION || 'v0.32.0';
const DEFAULT_IMAGE = 'kindest/node:v1.36.1';
const FAULTS = new Set(['no-policy-mount', 'no-audit-flags', 'no-audit-log', 'kubeadm-init-fails']);
const POLICY_DIR = '/etc/kubernetes/policies';
const SERVER = 'https://127.0.0.1:6443';

const HELP = `kind creates and manages local Kubernetes clusters using Docker container 'nodes'
(kind-audit test stand-in: containers are real, Kubernetes is not; see test/kind-standin/README.md)

Usage:
  kind [command]

Available Commands:
  create      Creates one of [cluster]
  delete      Deletes one of [cluster]
  get         Gets one of [clusters, nodes, kubeconfig]
  version     Prints the kind CLI version

Flags:
  -h, --help              help for kind
  -q, --quiet             silence all stderr output
  -v, --verbosity int32   info log verbosity, higher value produces more output
`;

const say = (line) => process.stderr.write(`${line}\n`);

/** Splits argv into positionals and --flag values; boolean flags are listed in `bools`. */
function parseArgs(argv, bools = []) {
  const flags = {};
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg === '-') {
      rest.push(arg);
      continue;
    }
    const [key, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2);
    if (bools.includes(key) || key === 'h' || key === 'help' || key === 'q' || key === 'quiet') {
      flags[key] = inline === undefined ? true : inline !== 'false';
    } else if (inline !== undefined) {
      flags[key] = inline;
    } else if (i + 1 < argv.length) {
      flags[key] = argv[++i];
    } else {
      throw new KindError(`flag needs an argument: ${arg}`);
    }
  }
  return { flags, rest };
}

function faultsFromEnv() {
  const faults = (process.env.KIND_STANDIN_FAULT ?? '').split(/[\s,]+/).filter(Boolean);
  for (const f of faults) {
    if (!FAULTS.has(f)) {
      throw new KindError(
        `KIND_STANDIN_FAULT: unknown fault "${f}" (known: ${[...FAULTS].join(', ')})`,
      );
    }
  }
  return new Set(faults);
}

/** Go's time.ParseDuration, enough for kind's --wait: "0", "60s", "1m30s", "2m". */
function parseDuration(text) {
  if (text === '0') return 0;
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let m;
  let consumed = 0;
  while ((m = re.exec(text))) {
    total += Number(m[1]) * { ms: 0.001, s: 1, m: 60, h: 3600 }[m[2]];
    consumed = re.lastIndex;
  }
  if (consumed !== text.length || text.length === 0) {
    throw new KindError(
      `invalid argument "${text}" for "--wait" flag: time: invalid duration "${text}"`,
    );
  }
  return total;
}

function goDuration(seconds) {
  const m = Math.floor(seconds / 60);
  const s = seconds - m * 60;
  return m > 0 ? `${m}m${s}s` : `${s}s`;
}

function step(title, fn) {
  say(` • ${title}  ...`);
  try {
    const result = fn();
    say(` ✓ ${title}`);
    return result;
  } catch (err) {
    say(` ✗ ${title}`);
    throw err;
  }
}

function dockerRunArgs({ name, role, cluster, image, mounts, faults, requestedImage }) {
  const args = [
    'run',
    '--detach',
    '--name',
    name,
    '--hostname',
    name,
    '--label',
    `${LABEL_CLUSTER}=${cluster}`,
    '--label',
    `${LABEL_ROLE}=${role}`,
    '--label',
    `io.x-k8s.kind.standin.image=${requestedImage}`,
    '--env',
    `KIND_STANDIN_FAULT=${[...faults].join(',')}`,
    '--env',
    `KIND_STANDIN_K8S_VERSION=${kubernetesVersion(requestedImage)}`,
  ];
  // kind gives every node (not the load balancer) an anonymous volume on /var.
  if (role !== 'external-load-balancer') args.push('--volume', '/var');
  for (const m of mounts) {
    const opts = [m.readOnly ? 'ro' : '', m.propagation].filter(Boolean).join(',');
    args.push('--volume', `${m.hostPath}:${m.containerPath}${opts ? `:${opts}` : ''}`);
  }
  args.push(image);
  return args;
}

function writeInNode(node, file, content) {
  dockerChecked(
    ['exec', '-i', node, 'sh', '-c', 'mkdir -p "$(dirname "$1")" && cat > "$1"', 'sh', file],
    content,
  );
}

function containerIp(node) {
  return (
    dockerChecked([
      'inspect',
      '--format',
      '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}',
      node,
    ]).trim() || '127.0.0.1'
  );
}

function removeContainers(names) {
  if (names.length > 0) docker(['rm', '--force', '--volumes', ...names]);
}

function createCluster(argv) {
  const { flags } = parseArgs(argv, ['retain']);
  const config = loadConfig(flags.config, process.cwd());
  const name = flags.name ?? config.name ?? 'kind';
  validateClusterName(name);
  const faults = faultsFromEnv();
  const image = process.env.KIND_STANDIN_IMAGE || flags.image;
  if (!image) {
    throw new KindError(
      'the kind stand-in needs a node image: set KIND_STANDIN_IMAGE or pass --image',
    );
  }
  const wait = flags.wait === undefined ? 0 : parseDuration(flags.wait);
  if (clusterContainers(name).length > 0) {
    throw new KindError(`node(s) already exist for a cluster with the name "${name}"`);
  }

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
    step('Writing configuration 📜', () => {
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
    });
    step('Starting control-plane 🕹️', () => {
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

  const kubeconfig = flags.kubeconfig || process.env.KUBECONFIG?.split(':')[0];
  if (kubeconfig) addToKubeconfig(kubeconfig, name, SERVER);
  say(`Set kubectl context to "kind-${name}"`);
  say('You can now use your cluster with:\n');
  say(
    `kubectl cluster-info --context kind-${name}${kubeconfig && flags.kubeconfig ? ` --kubeconfig ${kubeconfig}` : ''}\n`,
  );
  say('Have a nice day! 👋');
}

function deleteCluster(argv) {
  const { flags } = parseArgs(argv);
  const name = flags.name ?? 'kind';
  say(`Deleting cluster "${name}" ...`);
  const nodes = clusterContainers(name);
  removeContainers(nodes);
  const kubeconfig = flags.kubeconfig || process.env.KUBECONFIG?.split(':')[0];
  if (kubeconfig) removeFromKubeconfig(kubeconfig, name);
  say(`Deleted nodes: [${nodes.map((n) => `"${n}"`).join(' ')}]`);
}

function get(what, argv) {
  const { flags } = parseArgs(argv, ['internal', 'all-clusters', 'A']);
  if (what === 'clusters') {
    const names = clusterNames();
    if (names.length === 0) say('No kind clusters found.');
    for (const n of names) process.stdout.write(`${n}\n`);
    return;
  }
  const name = flags.name ?? 'kind';
  if (what === 'nodes') {
    const clusters = flags['all-clusters'] || flags.A ? clusterNames() : [name];
    const nodes = clusters.flatMap((c) => clusterContainers(c));
    if (nodes.length === 0) say(`No kind nodes found for cluster "${name}".`);
    for (const n of nodes) process.stdout.write(`${n}\n`);
    return;
  }
  if (what === 'kubeconfig') {
    if (clusterContainers(name).length === 0) {
      throw new KindError(`could not locate any control plane nodes for cluster named '${name}'`);
    }
    const server = flags.internal ? `https://${name}-control-plane:6443` : SERVER;
    process.stdout.write(stringify(clusterKubeconfig(name, server), { indentSeq: false }));
    return;
  }
  throw new KindError(`unknown command "${what}" for "kind get"`);
}

/** Runs one kind command; returns the exit code. */
export function main(argv) {
  // kind's commands come first: `kind create cluster --name x`, `kind get nodes --name x`.
  const at = argv.findIndex((a) => !a.startsWith('-'));
  const cmd = at >= 0 ? argv[at] : undefined;
  const hasSub = at >= 0 && at + 1 < argv.length && !argv[at + 1].startsWith('-');
  const sub = hasSub ? argv[at + 1] : undefined;
  const rest = argv.filter((_, i) => at < 0 || (i !== at && !(hasSub && i === at + 1)));
  if (argv.includes('-h') || argv.includes('--help') || argv.length === 0) {
    process.stdout.write(HELP);
    return 0;
  }
  try {
    if (cmd === 'version') {
      process.stdout.write(`kind ${KIND_VERSION} go1.25.4 linux/amd64\n`);
      return 0;
    }
    if (cmd === 'create' && sub === 'cluster') {
      try {
        createCluster(rest);
      } catch (err) {
        if (err instanceof KindError)
          throw new KindError(`failed to create cluster: ${err.message}`);
        throw err;
      }
    } else if (cmd === 'delete' && sub === 'cluster') {
      deleteCluster(rest);
    } else if (cmd === 'get' && sub) {
      get(sub, rest);
    } else {
      throw new KindError(
        `unknown command "${[cmd, sub].filter(Boolean).join(' ')}" for "kind" (the stand-in knows create cluster, delete cluster, get clusters|nodes|kubeconfig, version)`,
      );
    }
    return 0;
  } catch (err) {
    if (!(err instanceof KindError)) throw err;
    say(`ERROR: ${err.message}`);
    return 1;
  }
}
