import * as core from '@actions/core';
import path from 'node:path';
import { ArtifactExistsError, uploadArtifact } from '../artifact/upload.js';
import { debugRunner, debugStreamRunner, run, streamCommand } from '../process/exec.js';
import { STATE_KEY } from '../inputs/names.js';
import { CARRIED, INPUT } from '../inputs/table.js';
import { artifactUrl } from '../report/format.js';
import type { Destination } from '../report/collection-md.js';
import { parseState, type ArtifactState } from '../state/run-state.js';
import { finishRun } from '../steps/post/post.js';
import { coreLogger } from './logger.js';

const TITLE = 'kind-audit';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The post step: the shared post routine, with uploads as the artifact and the summary as the job
 * summary. It fails the job only for what the routine returns as errors, reported once; anything
 * that breaks on the way is a warning, so post never hides main's own outcome.
 */
export async function runPost(passThread?: URL): Promise<void> {
  try {
    const state = parseState(core.getState(STATE_KEY), CARRIED);
    if (!state?.clusterCreateStarted) {
      core.notice(
        'kind-audit created no cluster in this job: there are no audit logs to collect.',
        { title: TITLE },
      );
      return;
    }
    const { artifact } = state;
    if (!artifact) throw new Error("saved state has no valid 'artifact' (main saves it)");
    const result = await finishRun(
      debugRunner(run, coreLogger),
      debugStreamRunner(streamCommand, coreLogger),
      coreLogger,
      state,
      {
        outDir: path.join(state.dir, 'artifact'),
        redact: artifact.redact,
        rawFiles: artifact.rawFiles,
        passThread,
        publish: (files, root) => publish(artifact, files, root),
      },
    );
    if (artifact.jobSummary) await writeJobSummary(result.markdown);
    const failure = failureMessage(result.lostLogs, result.gateErrors);
    if (failure) core.setFailed(failure);
  } catch (error) {
    core.warning(`Collecting audit logs failed: ${message(error)}`, { title: TITLE });
  }
}

/**
 * The step's one failure message: every lost log in full, and the failed gates counted, since
 * each of the first few was an annotation of its own already (the rest are in the job summary).
 */
export function failureMessage(
  lostLogs: readonly string[],
  gateErrors: readonly string[],
): string | undefined {
  const lines = [...lostLogs];
  if (gateErrors.length > 0)
    lines.push(
      `${gateErrors.length} ${gateErrors.length === 1 ? 'expectation or drift check' : 'expectation or drift checks'} failed: see the annotations above and the job summary.`,
    );
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** The job summary is a courtesy: failing to write it must not stop the step's verdict. */
async function writeJobSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${message(error)}`, { title: TITLE });
  }
}

async function publish(
  artifact: ArtifactState,
  files: string[],
  root: string,
): Promise<Destination> {
  const { name } = artifact;
  const notUploaded = (reason: string): Destination => ({
    kind: 'not-uploaded',
    name,
    reason,
    dir: root,
  });
  if (!artifact.upload) return notUploaded(`the '${INPUT.upload}' input is false`);
  if (files.length === 0) return notUploaded('there was nothing to upload');
  try {
    const result = await uploadArtifact(name, files, root, artifact);
    core.info(`Uploaded artifact "${name}" (id ${result.id}, ${result.size} bytes).`);
    const url = result.id === undefined ? undefined : artifactUrl(process.env, result.id);
    return { kind: 'artifact', name, id: result.id, url };
  } catch (error) {
    const reason =
      error instanceof ArtifactExistsError
        ? `${error.message}. Give each use of kind-audit its own name with the '${INPUT.artifactName}' input ` +
          `(e.g. ${INPUT.artifactName}: audit-\${{ github.job }}-\${{ strategy.job-index }}), or set '${INPUT.overwrite}: true' to replace it`
        : message(error);
    core.warning(reason, { title: TITLE });
    return notUploaded(reason);
  }
}
