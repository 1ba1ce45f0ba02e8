// `kind export logs [DIR] --name N`: as kind does, a folder per node holding a copy of the node's
// /var/log (audit files included: they live in /var/log/kubernetes), `docker inspect` of it and
// a kubelet log; `kind-version.txt` at the top. The folder goes to stdout, the status to stderr.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from './args.mjs';
import { KindError } from './config.mjs';
import { clusterContainers, dockerChecked } from './docker.mjs';
import { KIND_VERSION } from './env.mjs';
import { say } from './status.mjs';

/** Runs `kind export logs` with the arguments after "export logs". */
export function exportLogs(argv) {
  const { flags, rest } = parseArgs(argv);
  const name = flags.name ?? 'kind';
  const nodes = clusterContainers(name);
  if (nodes.length === 0) throw new KindError(`unknown cluster "${name}"`);
  const dir = path.resolve(rest[0] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kind-logs-')));
  say(`Exporting logs for cluster "${name}" to:`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'kind-version.txt'), `kind ${KIND_VERSION}\n`);
  for (const node of nodes) {
    const target = path.join(dir, node);
    fs.mkdirSync(target, { recursive: true });
    // `/var/log/.` copies the folder's content into target, as kind's CopyNodeToHost does.
    dockerChecked(['cp', `${node}:/var/log/.`, target]);
    fs.writeFileSync(path.join(target, 'inspect.json'), dockerChecked(['inspect', node]));
    fs.writeFileSync(
      path.join(target, 'kubelet.log'),
      `${new Date().toISOString()} ${node} kubelet[1]: kind stand-in: no kubelet runs here\n`,
    );
  }
  process.stdout.write(`${dir}\n`);
}
