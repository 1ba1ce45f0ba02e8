import type { ArtifactSettings } from '../inputs/read.js';

/** What post needs to upload: settings resolved in main, where the job's identity is known. */
export interface ArtifactState {
  name: string;
  retentionDays: number | undefined;
  upload: boolean;
  overwrite: boolean;
}

export function artifactState(settings: ArtifactSettings, name: string): ArtifactState {
  return {
    name,
    retentionDays: settings.retentionDays,
    upload: settings.upload,
    overwrite: settings.overwrite,
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
  if (typeof value.overwrite !== 'boolean') throw bad('overwrite', 'true or false');
  return {
    name: value.name,
    retentionDays: value.retentionDays,
    upload: value.upload,
    overwrite: value.overwrite,
  };
}
