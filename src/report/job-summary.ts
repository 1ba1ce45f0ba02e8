import type { CollectReport } from '../collect/index.js';
import type { RedactionStats } from '../logs/redact/index.js';
import type { Summary } from '../logs/summary/index.js';
import { collectionMarkdown, type Destination } from './collection-md.js';
import type { InsightPage } from './insights-md.js';
import { renderSummary } from './summary-md.js';

/** What the job summary is made of: the pass's results and where the files went. */
export interface JobSummaryParts {
  summary: Summary;
  insights: InsightPage;
  redaction: RedactionStats | undefined;
  collection: CollectReport;
  destination: Destination;
  clusterName: string;
  policyOrigin: string;
}

/**
 * The job summary: summary.md (with a link to the artifact once uploaded) followed by the
 * collection's part, what redaction did and where the files went. Post writes it, and
 * `npm run summary-picture` renders it for the README.
 */
export function jobSummary(parts: JobSummaryParts): string {
  const { destination } = parts;
  return (
    renderSummary(parts.summary, {
      clusterName: parts.clusterName,
      policyOrigin: parts.policyOrigin,
      insights: parts.insights,
      collection: parts.collection,
      ...(destination.kind === 'artifact' && destination.url
        ? { artifactUrl: destination.url }
        : {}),
    }) + collectionMarkdown(parts.collection, destination, parts.redaction)
  );
}
