import type { ArtifactSettings } from '../inputs/read.js';

/** What post needs to upload: settings resolved in main, where the job's identity is known. */
export type ArtifactState = Omit<ArtifactSettings, 'name' | 'jobIndex'> & { name: string };

export function artifactState(settings: ArtifactSettings, name: string): ArtifactState {
  return {
    name,
    retentionDays: settings.retentionDays,
    upload: settings.upload,
    overwrite: settings.overwrite,
    redact: settings.redact,
    rawFiles: settings.rawFiles,
    compressionLevel: settings.compressionLevel,
    jobSummary: settings.jobSummary,
  };
}

/** Parses what main saved; throws naming the field when the value is damaged. */
export function parseArtifactState(text: string): ArtifactState {
  const value = JSON.parse(text) as Partial<Record<keyof ArtifactState, unknown>>;
  const bad = (key: string, expected: string) =>
    new Error(`saved artifact state has no valid '${key}' (expected ${expected})`);
  if (typeof value.name !== 'string' || value.name === '') throw bad('name', 'a name');
  if (value.retentionDays !== undefined && typeof value.retentionDays !== 'number')
    throw bad('retentionDays', 'a number');
  if (typeof value.upload !== 'boolean') throw bad('upload', 'true or false');
  for (const key of ['overwrite', 'redact', 'rawFiles', 'jobSummary'] as const)
    if (typeof value[key] !== 'boolean') throw bad(key, 'true or false');
  if (typeof value.compressionLevel !== 'number') throw bad('compressionLevel', 'a number');
  return {
    name: value.name,
    retentionDays: value.retentionDays,
    upload: value.upload,
    overwrite: value.overwrite as boolean,
    redact: value.redact as boolean,
    rawFiles: value.rawFiles as boolean,
    compressionLevel: value.compressionLevel,
    jobSummary: value.jobSummary as boolean,
  };
}
