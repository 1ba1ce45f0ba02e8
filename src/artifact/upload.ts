import { ArtifactNotFoundError, DefaultArtifactClient } from '@actions/artifact';

export interface UploadResult {
  id: number | undefined;
  size: number | undefined;
}

export interface UploadOptions {
  /** `undefined`: the repository's retention setting. */
  retentionDays: number | undefined;
  /** Delete an artifact of the same name in this run first, as actions/upload-artifact does. */
  overwrite: boolean;
  /** zlib level, 0 to 9. */
  compressionLevel: number;
}

/** The run already holds an artifact of this name: the service answered 409. */
export class ArtifactExistsError extends Error {
  constructor(
    readonly artifactName: string,
    cause: unknown,
  ) {
    super(
      `An artifact named "${artifactName}" already exists in this workflow run (${cause instanceof Error ? cause.message : String(cause)})`,
      { cause },
    );
    this.name = 'ArtifactExistsError';
  }
}

/** Deletes the run's artifact of this name; one that does not exist is already gone. */
async function deleteExisting(client: DefaultArtifactClient, name: string): Promise<void> {
  try {
    await client.deleteArtifact(name);
  } catch (error) {
    if (!(error instanceof ArtifactNotFoundError)) throw error;
  }
}

/** Uploads files under `root` as one artifact; throws {@link ArtifactExistsError} on a 409. */
export async function uploadArtifact(
  name: string,
  files: string[],
  root: string,
  options: UploadOptions,
): Promise<UploadResult> {
  const client = new DefaultArtifactClient();
  try {
    if (options.overwrite) await deleteExisting(client, name);
    const result = await client.uploadArtifact(name, files, root, {
      compressionLevel: options.compressionLevel,
      ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}),
    });
    return { id: result.id, size: result.size };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/\(409\)|already exists/i.test(message)) throw new ArtifactExistsError(name, error);
    throw new Error(`Uploading the artifact "${name}" failed: ${message}`, { cause: error });
  }
}
