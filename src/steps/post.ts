import path from 'node:path';
import type { Runner, StreamRunner } from '../exec.js';
import type { Logger } from '../logger.js';
import { summaryMarkdown, totals, type Destination } from '../report.js';
import type { RunState } from '../state.js';
import { assessCollection } from './assess.js';
import { collectLogs, type CollectReport } from './collect.js';

/** What differs between the action's post step and `kind-audit collect`. */
export interface PostTargets {
  /** The folder the files are collected into. */
  outDir: string;
  /** Sends the collected files on (the action uploads an artifact) and says where they went. */
  publish(files: string[], root: string): Promise<Destination>;
}

export interface PostResult {
  report: CollectReport;
  /** Reasons to fail (DESIGN.md, "When post fails the job"); the front end reports them once. */
  errors: string[];
  destination: Destination;
  /** The summary a person reads: the job summary, or the CLI's standard output. */
  markdown: string;
}

/**
 * The post routine, shared by the action and the CLI: collect every node's audit files, decide
 * what the gaps mean (warnings are logged here, once each), publish, and write the summary.
 * Errors are returned, not logged, so each front end reports them exactly once.
 */
export async function finishRun(
  run: Runner,
  stream: StreamRunner,
  log: Logger,
  state: RunState,
  targets: PostTargets,
): Promise<PostResult> {
  const report = await log.group(
    `Collecting audit logs of cluster "${state.clusterName}"`,
    async () => {
      const collected = await collectLogs(run, stream, log, state, targets.outDir);
      for (const node of collected.nodes) {
        const files = node.files.map(
          (f) => `${path.basename(f.path)} (${f.bytes} bytes, ${f.events} events)`,
        );
        log.info(`${node.node}: ${files.join(', ') || 'no audit files'}`);
      }
      return collected;
    },
  );
  const { errors, warnings } = assessCollection(state, report);
  for (const warning of warnings) log.warning(warning, { title: 'kind-audit' });

  const destination = await targets.publish(report.files, report.outDir);
  const t = totals(report.nodes.flatMap((n) => n.files));
  log.info(
    `Collected ${t.files} audit file(s), ${t.bytes} bytes, ${t.events} events from ${report.nodes.length} node(s).`,
  );
  const markdown = summaryMarkdown(
    { clusterName: state.clusterName, policyOrigin: state.policyOrigin },
    report,
    destination,
  );
  return { report, errors, destination, markdown };
}
