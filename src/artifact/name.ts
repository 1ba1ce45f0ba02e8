/** The parts of the runner's environment that tell one job (and matrix leg) from another. */
export interface JobIdentity {
  job: string | undefined;
  jobIndex: string | undefined;
  runAttempt: string | undefined;
}

/**
 * A default name unique per job, matrix leg and cluster within a workflow run: artifact names
 * must be unique across the whole run, and two matrix legs sharing one is the most common 409.
 * A re-run attempt gets its own suffix so it never collides with what the first attempt kept.
 */
export function defaultArtifactName(cluster: string, id: JobIdentity): string {
  const parts = ['kind-audit', id.job, cluster];
  if (id.jobIndex !== undefined) parts.push(id.jobIndex);
  if (id.runAttempt && id.runAttempt !== '1') parts.push(`attempt${id.runAttempt}`);
  // Job ids may hold characters the artifact service refuses; keep the name readable and legal.
  return parts
    .filter((p): p is string => Boolean(p))
    .join('-')
    .replace(/[":<>|*?\r\n\\/]/g, '_');
}
