import type { DeniedRequest } from './denied.js';
import type { ExpectationResult } from './expect/index.js';

/** Lines of each side of the drift kept in summary.json; the totals count every one. */
export const MAX_DRIFT_LINES = 100;

/** One subject's generated RBAC, as the summary lists it. */
export interface RbacEntry {
  subject: string;
  /** The file under the artifact's `rbac/` folder. */
  file: string;
  requests: number;
  permissions: number;
  /**
   * Granted but unused: permissions the cluster's bindings give the subject that it never used;
   * `null` when the grants could not be read (the cluster was gone, or reading failed).
   */
  unused: number | null;
  /** The first unused permissions, as lines of `rbac/<subject>.unused.tsv`. */
  unusedFirst: string[];
  /** Requests the subject was denied (403), and the first few with the authorizer's reason. */
  denied: number;
  deniedFirst: DeniedRequest[];
}

/** What the run did against a committed baseline. */
export interface DriftReport {
  /** The committed file compared with, as the user named it. */
  baseline: string;
  /** Lines used now that the baseline lacks, and ones it has that were not used; capped. */
  added: string[];
  gone: string[];
  addedTotal: number;
  goneTotal: number;
  /** `warn` or `fail`: what drift does to the job. */
  onDrift: string;
}

/**
 * The insights of a run (README, "Least-privilege RBAC", "Assertions", "Baseline"), as
 * summary.json holds them beside the summary and summary.md shows them: every list capped.
 */
export interface InsightReport {
  /** Requests the insights saw, each once. */
  requests: number;
  /** Every expectation and how it fared, in the order written; empty without expectations. */
  violations: ExpectationResult[];
  /** `null` without a committed baseline to compare with. */
  drift: DriftReport | null;
  /** Subjects with generated RBAC, sorted; empty with `rbac: false`. */
  rbac: RbacEntry[];
  /** Distinct permissions the RBAC left out past its cap: when not 0 the RBAC is incomplete. */
  rbacDropped: number;
  /** Lines of the run's baseline.tsv, and lines cut past its cap. */
  baselineLines: number;
  baselineDropped: number;
  /** Why an insight could not be made (an unreadable baseline), in words. */
  problems: string[];
}
