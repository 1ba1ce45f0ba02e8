// The commands that read or remove an existing cluster — `kind get clusters|nodes|kubeconfig` and
// `kind delete cluster` — found by the kind labels on its containers.
import process from 'node:process';
import { stringify } from 'yaml';
import { parseArgs } from './args.mjs';
import { KindError } from './config.mjs';
import { clusterContainers, clusterNames } from './docker.mjs';
import { clusterKubeconfig, kubeconfigPath, removeFromKubeconfig, SERVER } from './kubeconfig.mjs';
import { removeContainers } from './nodes.mjs';
import { say } from './status.mjs';

/** Runs `kind delete cluster`: a cluster that does not exist is fine, as with kind. */
export function deleteCluster(argv) {
  const { flags } = parseArgs(argv);
  const name = flags.name ?? 'kind';
  say(`Deleting cluster "${name}" ...`);
  const nodes = clusterContainers(name);
  removeContainers(nodes);
  const kubeconfig = kubeconfigPath(flags.kubeconfig);
  if (kubeconfig) removeFromKubeconfig(kubeconfig, name);
  say(`Deleted nodes: [${nodes.map((n) => `"${n}"`).join(' ')}]`);
}

/** Runs `kind get <what>`; results go to stdout, "none found" notes to stderr. */
export function get(what, argv) {
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
