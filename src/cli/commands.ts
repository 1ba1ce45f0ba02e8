import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { listNodes } from '../docker.js';
import { debugRunner, run } from '../exec.js';
import { readInputs, type Inputs } from '../inputs.js';
import { deleteCluster, kubeconfigContext } from '../kind/cluster.js';
import type { Logger } from '../logger.js';
import { INPUT } from '../names.js';
import { checkPolicy } from '../policy/index.js';
import { clusterDir } from '../render.js';
import { summaryMarkdown } from '../report.js';
import { parseState, serializeState, type RunState } from '../state.js';
import { assessCollection } from '../steps/assess.js';
import { collectLogs } from '../steps/collect.js';
import { writeClusterFiles } from '../steps/files.js';
import { up } from '../steps/up.js';
import { verifyCluster } from '../steps/verify.js';
import { flag, type Flags } from './flags.js';

/** Flags read through the action's own input rules, so a bad value gets the same message. */
function inputsFromFlags(flags: Flags): Inputs {
  const byInput: Record<string, string> = {
    [INPUT.clusterName]: flag(flags, 'name'),
    [INPUT.policyLevel]: flag(flags, 'level'),
    [INPUT.policyFile]: flag(flags, 'policy-file'),
    [INPUT.preset]: flag(flags, 'preset'),
    [INPUT.omitStages]: flag(flags, 'omit-stages'),
    [INPUT.nodeImage]: flag(flags, 'image'),
    [INPUT.controlPlanes]: flag(flags, 'control-planes'),
    [INPUT.workers]: flag(flags, 'workers'),
    [INPUT.wait]: flag(flags, 'wait'),
    [INPUT.verifyTimeout]: flag(flags, 'verify-timeout'),
  };
  return readInputs((name) => byInput[name] ?? '');
}

function dirFor(flags: Flags, clusterName: string): string {
  return flag(flags, 'dir') || clusterDir(os.tmpdir(), clusterName);
}

async function loadState(flags: Flags): Promise<RunState> {
  const { clusterName } = inputsFromFlags(flags);
  const file = path.join(dirFor(flags, clusterName), 'state.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(
      `No state for cluster "${clusterName}" at ${file}: create it with 'kind-audit up --name ${clusterName}' (or pass the same --dir).`,
    );
  }
  const state = parseState(text);
  if (!state) throw new Error(`The state file ${file} is empty.`);
  return state;
}

export async function render(flags: Flags, log: Logger): Promise<number> {
  const out = flag(flags, 'out');
  if (!out) throw new Error("'render' needs --out DIR: the folder to write the two files into.");
  const inputs = inputsFromFlags(flags);
  await writeClusterFiles(log, { ...inputs, workspace: process.cwd(), dir: path.resolve(out) });
  return 0;
}

export async function upCommand(flags: Flags, log: Logger): Promise<number> {
  const inputs = inputsFromFlags(flags);
  const dir = dirFor(flags, inputs.clusterName);
  const stateFile = path.join(dir, 'state.json');
  const { state } = await up(
    debugRunner(run, log),
    log,
    { saveState: (s) => writeFile(stateFile, serializeState(s)) },
    {
      ...inputs,
      dir,
      workspace: process.cwd(),
      artifactName: `kind-audit-${inputs.clusterName}`,
    },
  );
  log.info(
    `Cluster "${state.clusterName}" is up (context ${kubeconfigContext(state.clusterName)}); audit log at ${state.auditLogPath} in ${state.controlPlaneNodes.join(', ')}.`,
  );
  return 0;
}

export async function verifyCommand(flags: Flags, log: Logger): Promise<number> {
  const state = await loadState(flags);
  const nodes = (await listNodes(debugRunner(run, log), state.clusterName, 'control-plane')).map(
    (n) => n.name,
  );
  if (nodes.length === 0)
    throw new Error(
      `Cluster "${state.clusterName}" has no control-plane container: was it deleted?`,
    );
  const { verifyTimeoutMs } = inputsFromFlags(flags);
  const policyText = await readFile(state.policyPath, 'utf8');
  await verifyCluster(debugRunner(run, log), log, nodes, {
    policyText,
    policy: checkPolicy(policyText).policy,
    timeoutMs: verifyTimeoutMs,
  });
  return 0;
}

export async function collectCommand(flags: Flags, log: Logger): Promise<number> {
  const out = flag(flags, 'out');
  if (!out) throw new Error("'collect' needs --out DIR: the folder to copy the audit files into.");
  const state = await loadState(flags);
  const report = await collectLogs(debugRunner(run, log), log, state, path.resolve(out));
  const { errors, warnings } = assessCollection(state, report);
  warnings.forEach((w) => log.warning(w));
  errors.forEach((e) => log.error(e));
  process.stdout.write(
    summaryMarkdown(state.clusterName, report, {
      uploaded: false,
      name: '(none)',
      reason: 'the CLI does not upload',
    }),
  );
  return errors.length > 0 ? 1 : 0;
}

export async function downCommand(flags: Flags, log: Logger): Promise<number> {
  const { clusterName } = inputsFromFlags(flags);
  await deleteCluster(debugRunner(run, log), clusterName);
  log.info(`Deleted cluster "${clusterName}".`);
  return 0;
}
