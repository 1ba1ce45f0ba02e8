import { debugStreamRunner, streamCommand } from '../process/exec.js';
import { readRedactionSettings } from '../inputs/read.js';
import { parseInput } from '../inputs/table.js';
import { deleteCluster } from '../kind/cluster.js';
import { finishRun } from '../steps/post/post.js';
import type { Command } from './command.js';
import { EXIT } from './exit-codes.js';
import { CLUSTER_FLAGS as F, DIR_FLAG, NO_REDACT_FLAG, text } from './flags.js';
import { folderOf, NONE, OUT, runner } from './cluster-folder.js';
import { outDir } from './out-dir.js';
import { checkRulesWithRedaction, REDACTION_FLAGS } from './redaction-flags.js';
import { loadState } from './state-dir.js';

/** `collect`: the post routine, into a folder. */
export const collect: Command = {
  name: 'collect',
  args: '--out DIR [options]',
  summary: 'copy every audit file out of the control-plane nodes',
  description:
    "Copies every control-plane node's audit files (from the runner folder up made, else from the node, running or stopped) and builds the artifact's layout in DIR: audit.jsonl merged by time, summary.json, summary.md, a folder per node and the policy and kind config. Secret values are redacted unless --no-redact, by the built-in rules, those given to 'up' and the --redact-* options. Prints the summary. Exits 1 when a log that up had proven live is lost.",
  flags: [OUT('the audit files'), F.name, DIR_FLAG, NO_REDACT_FLAG, ...REDACTION_FLAGS],
  positionals: NONE,
  async run(context) {
    const { log, values } = context;
    checkRulesWithRedaction(values);
    // Checked before anything is read; they add to those 'up' saved.
    const redaction = readRedactionSettings(context.inputs);
    const { name, folder } = folderOf(context);
    const state = await loadState(folder, name);
    const dir = await outDir(text(values, 'out'));
    const redact = values[NO_REDACT_FLAG.flag] !== true;
    if (!redact) log.warning('--no-redact: the files written may hold Secret data and tokens.');
    const result = await finishRun(runner(log), debugStreamRunner(streamCommand, log), log, state, {
      outDir: dir,
      redact,
      redaction,
      rawFiles: true,
      passThread: context.threadScripts.pass,
      publish: () => Promise.resolve({ kind: 'folder', dir }),
      // Collecting never removes a cluster: 'down' does.
      deleteCluster: false,
    });
    process.stdout.write(result.markdown);
    // Failed gates were logged on their own already (the first few; the rest are in the page).
    for (const lost of result.lostLogs) log.error(lost);
    return result.lostLogs.length + result.gateErrors.length > 0 ? EXIT.failed : EXIT.ok;
  },
};

/** `down`: the cluster deleted, its folder kept. */
export const down: Command = {
  name: 'down',
  args: '[options]',
  summary: 'delete the cluster',
  description:
    "Deletes the cluster with 'kind delete cluster'. Its files (policy, kind config, state) stay in its folder.",
  flags: [F.name],
  positionals: NONE,
  async run(context) {
    const name = parseInput('clusterName', context.inputs);
    await deleteCluster(runner(context.log), name);
    context.log.info(`Deleted cluster "${name}".`);
    return EXIT.ok;
  },
};
