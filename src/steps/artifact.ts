import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FILE_NAMES } from '../layout.js';
import type { Logger } from '../logger.js';
import type { CollectReport } from '../logs/collection.js';
import { mergeFiles } from '../logs/merge-files.js';
import type { MergeStats } from '../logs/merge.js';
import { addStats, emptyStats, redactFile, type RedactionStats } from '../logs/redact.js';
import { summarizeFiles } from '../logs/summarize-files.js';
import type { Summary } from '../logs/summary-shape.js';
import { renderSummary } from '../report/summary-md.js';
import { makeDirs, writeFileNoFollow } from '../safe-fs.js';
import type { RunState } from '../state.js';

/** How the artifact is made: redaction (on by default) and whether raw per-node files go in. */
export interface ArtifactOptions {
  redact: boolean;
  rawFiles: boolean;
}

export interface BuiltArtifact {
  /** Every file of the artifact folder, for the upload. */
  files: string[];
  summary: Summary;
  merge: MergeStats;
  /** `undefined` when redaction was turned off. */
  redaction: RedactionStats | undefined;
}

/** Every regular file under `dir`, for the upload. */
async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(full)));
    else if (entry.isFile()) found.push(full);
  }
  return found.sort();
}

/** The policy and the kind config beside the logs, when main got as far as writing them. */
async function copyInputs(state: RunState, outDir: string): Promise<void> {
  for (const [source, name] of [
    [state.policyPath, FILE_NAMES.policy],
    [state.kindConfigPath, FILE_NAMES.kindConfig],
  ] as const) {
    const text = await readFile(source, 'utf8').catch(() => undefined);
    if (text !== undefined) await writeFileNoFollow(path.join(outDir, name), text);
  }
}

/**
 * Builds the artifact folder (DESIGN.md, "Artifact layout") from the collected files: each node's
 * files redacted (or copied, with redaction off) into `<node>/`, every node's events merged by
 * time into `audit.jsonl`, `summary.json` and `summary.md`, and the policy and kind config.
 * Redaction happens before anything is merged, summarised or uploaded: no file of the artifact
 * that holds events escapes it. Without raw files the per-node copies are made aside and removed.
 */
export async function buildArtifact(
  log: Logger,
  state: RunState,
  collected: CollectReport,
  outDir: string,
  options: ArtifactOptions,
): Promise<BuiltArtifact> {
  await makeDirs(outDir);
  await copyInputs(state, outDir);
  const perNodeRoot = options.rawFiles ? outDir : await mkdtemp(path.join(state.dir, 'redacted-'));
  let redaction = options.redact ? emptyStats() : undefined;
  const nodes: { node: string; files: string[] }[] = [];
  try {
    for (const node of collected.nodes) {
      const dir = path.join(perNodeRoot, node.node);
      await makeDirs(dir);
      const files: string[] = [];
      for (const file of node.files) {
        const target = path.join(dir, path.basename(file.path));
        if (redaction) redaction = addStats(redaction, await redactFile(file.path, target));
        else await copyFile(file.path, target);
        files.push(target);
      }
      nodes.push({ node: node.node, files });
    }
    const merge = await mergeFiles(nodes, path.join(outDir, FILE_NAMES.merged), {
      onProblem: (file, message) => log.warning(`${file}: ${message}`, { title: 'kind-audit' }),
    });
    const summary = await summarizeFiles([outDir]);
    await writeFile(
      path.join(outDir, FILE_NAMES.summaryJson),
      `${JSON.stringify(summary, null, 2)}\n`,
    );
    await writeFile(
      path.join(outDir, FILE_NAMES.summaryMd),
      renderSummary(summary, { clusterName: state.clusterName, policyOrigin: state.policyOrigin }),
    );
    return { files: await filesUnder(outDir), summary, merge, redaction };
  } finally {
    if (!options.rawFiles) await rm(perNodeRoot, { recursive: true, force: true });
  }
}
