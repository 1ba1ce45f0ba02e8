// kind's command line, as far as kind-audit uses it: finds the command, prints help and version,
// and turns a KindError into kind's "ERROR: …" line and exit code 1. Status goes to stderr, as
// kind's does; the commands themselves live in create.mjs and get-delete.mjs.
import process from 'node:process';
import { KindError } from './config.mjs';
import { createCluster } from './create.mjs';
import { KIND_VERSION } from './env.mjs';
import { exportLogs } from './export-logs.mjs';
import { deleteCluster, get } from './get-delete.mjs';
import { say } from './status.mjs';

const HELP = `kind creates and manages local Kubernetes clusters using Docker container 'nodes'
(kind-audit test stand-in: containers are real, Kubernetes is not; see test/kind-standin/README.md)

Usage:
  kind [command]

Available Commands:
  create      Creates one of [cluster]
  delete      Deletes one of [cluster]
  export      Exports one of [logs]
  get         Gets one of [clusters, nodes, kubeconfig]
  version     Prints the kind CLI version

Flags:
  -h, --help              help for kind
  -q, --quiet             silence all stderr output
  -v, --verbosity int32   info log verbosity, higher value produces more output
`;

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
    } else if (cmd === 'export' && sub === 'logs') {
      exportLogs(rest);
    } else if (cmd === 'get' && sub) {
      get(sub, rest);
    } else {
      throw new KindError(
        `unknown command "${[cmd, sub].filter(Boolean).join(' ')}" for "kind" (the stand-in knows create cluster, delete cluster, export logs, get clusters|nodes|kubeconfig, version)`,
      );
    }
    return 0;
  } catch (err) {
    if (!(err instanceof KindError)) throw err;
    say(`ERROR: ${err.message}`);
    return 1;
  }
}
