import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FILE_NAMES } from '../../artifact/layout.js';
import type { Logger } from '../../messages/logger.js';
import type { CollectReport } from '../../collect/index.js';
import type { MergeStats } from '../../logs/pass/index.js';
import { fanOut } from '../../insight/fan-out.js';
import type { RbacLists } from '../../insight/rbac/grants.js';
import type { InsightReport } from '../../insight/report.js';
import { passOverNodes, type PassNode } from '../../logs/pass/index.js';
import {
  joinSettings,
  RedactionRules,
  type RedactionSettings,
  type RedactionStats,
} from '../../logs/redact/index.js';
import { Summarizer } from '../../logs/summary/index.js';
import type { Summary } from '../../logs/summary/index.js';
import { renderSummary } from '../../report/summary-md.js';
import { makeDirs, writeFileNoFollow } from '../../files/safe-fs.js';
import type { RunState } from '../../state/run-state.js';
import {
  DEFAULT_INSIGHTS,
  prepareInsightPass,
  rbacYamlBySubject,
  writeInsights,
  type PreparedPass,
} from './insight-artifact.js';

/** How the artifact is made: redaction (on by default) and whether raw per-node files go in. */
export interface ArtifactOptions {
  redact: boolean;
  /** Redaction rules beyond those main saved (the CLI's `collect` flags); both apply. */
  redaction?: RedactionSettings;
  rawFiles: boolean;
  /**
   * The script of the pass threads (the bundle of pass-thread.ts beside post's): with it, lines
   * are redacted and keyed on two threads while this one merges, counts and writes; unset (run
   * from the sources), all on this thread. The artifact is the same either way.
   */
  passThread?: URL | undefined;
  /**
   * The collected files are the caller's own and deleted after the artifact is built (post's
   * collect folder): a raw copy redaction left unchanged is then moved into the artifact instead
   * of copied (src/logs/pass/file-in-parts.ts). Unset, the collected files stay as they are.
   */
  collectedAreOwn?: boolean;
  /**
   * Reads what the cluster grants, for "granted but unused", once the logs are collected;
   * unset or failing: the RBAC is made without it.
   */
  readGrants?: () => Promise<RbacLists>;
}

export interface BuiltArtifact {
  /** Every file of the artifact folder, for the upload. */
  files: string[];
  summary: Summary;
  merge: MergeStats;
  /** `undefined` when redaction was turned off. */
  redaction: RedactionStats | undefined;
  /** RBAC, expectations and drift, computed in the same pass. */
  insights: InsightReport;
  /** Each subject's RBAC as YAML, for the job summary. */
  rbacYaml: Map<string, string>;
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
 * Builds the artifact folder (docs/how-it-works.md, "What the post step does") from the collected
 * files in one pass over the events (`passOverNodes`): each node's files are read once, redacted
 * (unless turned off), copied into `<node>/` when raw files are kept, merged by time into
 * `audit.jsonl`, and fed to one summariser for `summary.json` and `summary.md`; the policy and kind
 * config go beside them. Redaction happens as the bytes are read, before anything is written: no
 * file of the artifact that holds events escapes it. The counts of each collected file are filled
 * in `collected`.
 */
export async function buildArtifact(
  log: Logger,
  state: RunState,
  collected: CollectReport,
  outDir: string,
  options: ArtifactOptions,
): Promise<BuiltArtifact> {
  // Checked before anything is written: rules that cannot be read must stop the artifact, not
  // let it go out redacted by fewer rules than the user asked for.
  const rules = RedactionRules.compile(joinSettings(state.redaction, options.redaction));
  await makeDirs(outDir);
  await copyInputs(state, outDir);
  const summarizer = new Summarizer();
  const prepared = await insightPassOrNone(log, state);
  const nodes: PassNode[] = [];
  for (const node of collected.nodes) {
    if (node.files.length === 0) continue;
    const rawDir = options.rawFiles ? path.join(outDir, node.node) : undefined;
    if (rawDir) await makeDirs(rawDir);
    for (const file of node.files) summarizer.addFile(node.node, file.bytes);
    nodes.push({
      node: node.node,
      files: node.files.map((f) => f.path),
      ...(rawDir ? { rawDir } : {}),
      ...(options.collectedAreOwn ? { ownFiles: true } : {}),
    });
  }
  if (options.passThread)
    log.debug(
      `The lines of plain audit files are redacted and keyed on the pass threads (${options.passThread.href}).`,
    );
  const pass = await passOverNodes(
    nodes,
    path.join(outDir, FILE_NAMES.merged),
    // Each line is parsed once, by the reader, for the summary and the insights alike.
    fanOut(summarizer, prepared.pass),
    {
      redact: options.redact,
      rules,
      ...(options.passThread ? { parts: { script: options.passThread } } : {}),
      onProblem: (file, message) => {
        log.warning(`${file}: ${message}`, { title: 'kind-audit' });
        summarizer.warn(`${path.basename(file)}: ${message}`);
      },
    },
  );
  for (const file of collected.nodes.flatMap((n) => n.files))
    Object.assign(file, pass.counts.get(file.path));
  // The merge leaves out the lines that are not events; the summary still counts them as read.
  summarizer.lines += pass.merge.skipped;
  summarizer.skipped += pass.merge.skipped;
  const summary = summarizer.result();
  const results = prepared.pass.finish();
  const grants =
    results.rbac && options.readGrants ? await grantsOrNone(log, options.readGrants) : undefined;
  const insights = await writeInsights(outDir, results, prepared.settings, grants);
  insights.problems.unshift(...prepared.problems);
  const rbacYaml = rbacYamlBySubject(results);
  await writeFile(
    path.join(outDir, FILE_NAMES.summaryJson),
    `${JSON.stringify(insightSummaryJson(summary, insights), null, 2)}\n`,
  );
  await writeFile(
    path.join(outDir, FILE_NAMES.summaryMd),
    renderSummary(summary, {
      clusterName: state.clusterName,
      policyOrigin: state.policyOrigin,
      insights: { report: insights, rbacYaml },
      collection: collected,
    }),
  );
  return {
    files: await filesUnder(outDir),
    summary,
    merge: pass.merge,
    redaction: pass.redaction,
    insights,
    rbacYaml,
  };
}

/** The cluster's grants, or undefined with a warning: RBAC is still made from the log. */
async function grantsOrNone(
  log: Logger,
  read: () => Promise<RbacLists>,
): Promise<RbacLists | undefined> {
  try {
    return await read();
  } catch (error) {
    log.warning(
      `Could not read the cluster's RBAC to list permissions granted but unused: ${error instanceof Error ? error.message : String(error)}`,
      { title: 'kind-audit: RBAC' },
    );
    return undefined;
  }
}

/** summary.json: the summary, with what the insights found beside it. */
function insightSummaryJson(summary: Summary, insights: InsightReport): Record<string, unknown> {
  return {
    ...summary,
    violations: insights.violations,
    drift: insights.drift,
    rbac: insights.rbac,
    insights: {
      requests: insights.requests,
      rbacDropped: insights.rbacDropped,
      baselineLines: insights.baselineLines,
      baselineDropped: insights.baselineDropped,
      problems: insights.problems,
    },
  };
}

/**
 * The insight pass from main's settings; when those cannot be read (the run's folder damaged),
 * the pass goes on with the defaults and the problem is said, so the artifact is still made.
 */
async function insightPassOrNone(
  log: Logger,
  state: RunState,
): Promise<PreparedPass & { problems: string[] }> {
  try {
    return { ...(await prepareInsightPass(state)), problems: [] };
  } catch (error) {
    const problem = `The expectations could not be read in post: ${error instanceof Error ? error.message : String(error)}`;
    log.warning(problem, { title: 'kind-audit' });
    const fallback = await prepareInsightPass({
      ...state,
      insights: { ...(state.insights ?? DEFAULT_INSIGHTS), expectPath: '' },
    });
    return { ...fallback, settings: state.insights ?? DEFAULT_INSIGHTS, problems: [problem] };
  }
}
