import { DefaultArtifactClient } from '@actions/artifact';
import { INPUT } from '../names.js';

export interface UploadResult {
  id: number | undefined;
  size: number | undefined;
}

/** Uploads files under `root` as one artifact; throws with a message a user can act on. */
export async function uploadArtifact(
  name: string,
  files: string[],
  root: string,
  retentionDays: number | undefined,
): Promise<UploadResult> {
  const client = new DefaultArtifactClient();
  try {
    const result = await client.uploadArtifact(
      name,
      files,
      root,
      retentionDays ? { retentionDays } : {},
    );
    return { id: result.id, size: result.size };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/409|already exists/i.test(message)) {
      throw new Error(
        `An artifact named "${name}" already exists in this workflow run (${message}). ` +
          `Give each use of kind-audit its own name with the '${INPUT.artifactName}' input, e.g. ${INPUT.artifactName}: audit-\${{ github.job }}-\${{ strategy.job-index }}.`,
        { cause: error },
      );
    }
    throw new Error(`Uploading the artifact "${name}" failed: ${message}`, { cause: error });
  }
}
