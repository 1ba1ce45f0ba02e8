// The README's picture of a job summary (docs/job-summary.png) is made by `npm run
// summary-picture`, which keeps the Markdown it rendered in docs/job-summary.json. Rendering that
// Markdown needs Chromium; making it does not: this test makes it again, the way the script does,
// and fails when today's job summary of the same logs is not the one the picture shows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  jobSummaryOfRealLogs,
  PICTURE,
  RECORD,
  sha256,
  type PictureRecord,
} from '../scripts/summary-picture.js';

const record = JSON.parse(readFileSync(RECORD, 'utf8')) as PictureRecord;

describe("the README's picture of a job summary", () => {
  it('shows the job summary post writes today for the same logs (else: npm run summary-picture)', async () => {
    expect(await jobSummaryOfRealLogs()).toBe(record.markdown);
  });

  it('is the picture the script rendered from that Markdown', () => {
    expect(sha256(PICTURE)).toBe(record.png);
    const png = readFileSync(PICTURE);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: width, then height, big-endian.
    expect(png.readUInt32BE(16)).toBe(1100);
    expect(png.readUInt32BE(20)).toBeGreaterThan(600);
  });

  it('is of the page read at a glance, from the real logs, and the README shows it', () => {
    expect(record.markdown).toMatch(/^## Kubernetes audit log\n\n\| requests \| subjects \|/);
    expect(record.sources).toEqual([
      'test/fixtures/audit-logs/audit2rbac-demo.log',
      'test/fixtures/audit-logs/falco-k8s-audit',
    ]);
    expect(readFileSync(new URL('../README.md', import.meta.url), 'utf8')).toContain(
      '](docs/job-summary.png)',
    );
  });
});
