import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Runner, StreamRunner } from '../../process/exec.js';
import { usingKind } from '../../kind/command.js';
import type { Logger } from '../../messages/logger.js';
import { count } from '../../text/plural.js';
import { findingAnnotations } from '../../report/findings.js';
import { jobSummary } from '../../report/job-summary.js';
import { totals, type Destination } from '../../report/collection-md.js';
import type { RunState } from '../../state/run-state.js';
import { buildArtifact, type ArtifactOptions, type BuiltArtifact } from './artifact.js';
import { assessCollection, assessInsights, violationAnnotations } from './assess.js';
import { cleanUpCluster } from '../cleanup.js';
import { readClusterGrants } from './grants.js';
import { collectLogs, type CollectReport } from './collect.js';
import { COMMAND_TIMEOUT_MS, Deadline, POST_DEADLINE_MS, STREAM_IDLE_MS } from './deadline.js';
import { addClusterExtras } from './extras.js';

/** What differs between the action's post step and `kind-audit collect`. */
export interface PostTargets extends ArtifactOptions {
  /** The folder the artifact is built in. */
  outDir: string;
  /** Sends the artifact's files on (the action uploads them) and says where they went. */
  publish(files: string[], root: string): Promise<Destination>;
  /** Delete the cluster once published; unset: as main decided (`state.deleteCluster`). */
  deleteCluster?: boolean;
  /** How long post may spend on the cluster; default {@link POST_DEADLINE_MS}. */
  deadlineMs?: number;
}

export interface PostResult {
  report: CollectReport;
  artifact: BuiltArtifact;
  /**
   * Reasons to fail (docs/definitions.md, "When post fails the job"), which the front end reports:
   * logs lost or read empty, and failed gates (the first few of those were logged as annotations
   * already).
   */
  lostLogs: string[];
  gateErrors: string[];
  destination: Destination;
  /** The page a person reads: the job summary, or the CLI's standard output. */
  markdown: string;
}

/**
 * The post routine, shared by the action and the CLI: collect every node's audit files, build the
 * artifact from them in one pass (redacted, merged by time, counted, summarised), decide what the
 * gaps mean (warnings are logged here, once each), publish, and write the page. Errors are
 * returned, not logged, so each front end reports them exactly once.
 *
 * Post always ends: every command it runs on the cluster has a timeout, and all of them together
 * a deadline (`deadlineMs`), after which none starts and the running one is stopped; post then
 * uploads what it has and says what it skipped. The runner folders are read either way (local
 * files, read without ever waiting). Deleting the cluster comes after the upload, bounded by its
 * own timeout only, so a reused machine is not left with it for want of time.
 */
export async function finishRun(
  givenRun: Runner,
  givenStream: StreamRunner,
  log: Logger,
  state: RunState,
  targets: PostTargets,
): Promise<PostResult> {
  const deadline = new Deadline(targets.deadlineMs ?? POST_DEADLINE_MS);
  const run = deadline.runner(givenRun, COMMAND_TIMEOUT_MS);
  const stream = deadline.streamRunner(givenStream, STREAM_IDLE_MS);
  // The kind main ran (a pinned one may not be on PATH) deletes and exports the cluster.
  const kindRun = usingKind(run, state.kindCommand);
  // The raw copies stay on the runner, outside the artifact: only what buildArtifact made leaves.
  const collectDir = await mkdtemp(path.join(state.dir, 'collected-'));
  try {
    const report = await log.group(
      `Collecting audit logs of cluster "${state.clusterName}"`,
      async () => {
        const collected = await collectLogs(run, stream, log, state, collectDir);
        for (const node of collected.nodes) {
          const files = node.files.map(
            (f) => `${path.basename(f.path)} (${count(f.bytes, 'byte')})`,
          );
          log.info(`${node.node}: ${files.join(', ') || 'no audit files'}`);
        }
        return collected;
      },
    );
    // The artifact is built in one pass over the events, which also counts them: the gaps are
    // judged after it.
    // A control plane still running can say what the subjects were granted (after collection,
    // so these reads are not among the run's requests).
    const running = report.nodes.find((n) => n.container === 'running')?.node;
    const artifact = await log.group('Building the artifact', () =>
      buildArtifact(log, state, report, targets.outDir, {
        ...targets,
        // collectDir is this run's alone, and removed below.
        collectedAreOwn: true,
        ...(running ? { readGrants: () => readClusterGrants(run, running) } : {}),
      }),
    );
    for (const node of report.nodes) {
      const files = node.files.map((f) => `${path.basename(f.path)} (${count(f.events, 'event')})`);
      if (files.length > 0) log.info(`${node.node}: ${files.join(', ')}`);
    }
    const { errors: lostLogs, warnings } = assessCollection(
      state,
      report,
      artifact.summary.requests,
    );
    for (const warning of warnings) log.warning(warning, { title: 'kind-audit' });
    const gates = assessInsights(state, artifact.insights);
    for (const warning of gates.warnings) log.warning(warning, { title: 'kind-audit: insights' });
    // The first few failed gates point out alone; the front end fails the job with them all.
    for (const message of violationAnnotations(gates.errors))
      log.error(message, { title: 'kind-audit: expectations and drift' });
    for (const finding of findingAnnotations(artifact.summary))
      log.notice(finding, { title: 'kind-audit: audit log' });
    artifact.files.push(...(await addClusterExtras(kindRun, stream, log, state, targets.outDir)));
    const missed = deadline.report();
    if (missed) log.warning(missed, { title: 'kind-audit' });
    const destination = await targets.publish(artifact.files, targets.outDir);
    // After the upload: the logs are safe before the nodes go.
    await cleanUpCluster(
      usingKind(givenRun, state.kindCommand),
      log,
      state.clusterName,
      targets.deleteCluster ?? state.deleteCluster,
    );
    const t = totals(report.nodes.flatMap((n) => n.files));
    log.info(
      `Collected ${count(t.files, 'audit file')}, ${count(t.bytes, 'byte')}, ${count(t.events, 'event')} from ${count(report.nodes.length, 'node')}; ${count(artifact.merge.events, 'event')} merged into audit.jsonl.`,
    );
    const markdown = jobSummary({
      summary: artifact.summary,
      insights: { report: artifact.insights, rbacYaml: artifact.rbacYaml },
      redaction: artifact.redaction,
      collection: report,
      destination,
      clusterName: state.clusterName,
      policyOrigin: state.policyOrigin,
    });
    return { report, artifact, lostLogs, gateErrors: gates.errors, destination, markdown };
  } finally {
    deadline.dispose();
    await rm(collectDir, { recursive: true, force: true });
  }
}
