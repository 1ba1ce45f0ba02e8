import * as core from '@actions/core';
import path from 'node:path';
import { uploadArtifact } from '../artifact/upload.js';
import { debugRunner, run } from '../exec.js';
import { STATE_KEY } from '../names.js';
import { summaryMarkdown, totals, type ArtifactOutcome } from '../report.js';
import { parseState } from '../state.js';
import { assessCollection } from '../steps/assess.js';
import { collectLogs } from '../steps/collect.js';
import { coreLogger } from './logger.js';

const TITLE = 'kind-audit';

/**
 * The post step: collect, upload, summarise. Best effort — every problem is a warning, except a
 * log that main had proven live and that is now gone. It never hides main's own outcome.
 */
export async function runPost(): Promise<void> {
  try {
    const state = parseState(core.getState(STATE_KEY));
    if (!state?.clusterCreateStarted) {
      core.notice(
        'kind-audit created no cluster in this job: there are no audit logs to collect.',
        { title: TITLE },
      );
      return;
    }
    const outDir = path.join(state.dir, 'artifact');
    const report = await core.group(
      `Collecting audit logs of cluster "${state.clusterName}"`,
      async () => {
        const collected = await collectLogs(
          debugRunner(run, coreLogger),
          coreLogger,
          state,
          outDir,
        );
        for (const node of collected.nodes) {
          core.info(
            `${node.node}: ${node.files.map((f) => `${path.basename(f.path)} (${f.bytes} bytes, ${f.events} events)`).join(', ') || 'no audit files'}`,
          );
        }
        return collected;
      },
    );
    const { errors, warnings } = assessCollection(state, report);
    warnings.forEach((w) => core.warning(w, { title: TITLE }));
    errors.forEach((e) => core.error(e, { title: TITLE }));

    const artifact = await publish(
      state.artifactName,
      state.upload,
      state.retentionDays,
      report.outDir,
      report.files,
    );
    await writeJobSummary(summaryMarkdown(state.clusterName, report, artifact));
    const t = totals(report.nodes.flatMap((n) => n.files));
    core.info(
      `Collected ${t.files} audit file(s), ${t.bytes} bytes, ${t.events} events from ${report.nodes.length} node(s).`,
    );
    if (errors.length > 0) core.setFailed(errors.join('\n'));
  } catch (error) {
    core.warning(
      `Collecting audit logs failed: ${error instanceof Error ? error.message : String(error)}`,
      { title: TITLE },
    );
  }
}

/** The job summary is a courtesy: failing to write it must not stop the step's verdict. */
async function writeJobSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`,
      { title: TITLE },
    );
  }
}

async function publish(
  name: string,
  upload: boolean,
  retentionDays: number | undefined,
  root: string,
  files: string[],
): Promise<ArtifactOutcome> {
  if (!upload) return { uploaded: false, name, reason: "the 'upload' input is false" };
  if (files.length === 0) return { uploaded: false, name, reason: 'there was nothing to upload' };
  try {
    const result = await uploadArtifact(name, files, root, retentionDays);
    core.info(`Uploaded artifact "${name}" (id ${result.id}, ${result.size} bytes).`);
    return { uploaded: true, name, id: result.id };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    core.warning(reason, { title: TITLE });
    return { uploaded: false, name, reason };
  }
}
