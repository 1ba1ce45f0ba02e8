import { describe, expect, it } from 'vitest';
import { summarizeFiles } from '../../src/logs/summary/files.js';
import type { Summary } from '../../src/logs/summary/shape.js';
import { findingAnnotations, MAX_FINDINGS } from '../../src/report/findings.js';

const FIXTURE = new URL('../fixtures/audit-logs/audit2rbac-demo.log', import.meta.url).pathname;

describe('the findings spent on annotations', () => {
  it('names the denied requests of a real log, with their total first', async () => {
    const summary = await summarizeFiles([FIXTURE]);
    const findings = findingAnnotations(summary);
    expect(findings[0]).toBe(
      '11 request(s) were denied (403). See the job summary for who was denied what, and why.',
    );
    expect(findings[1]).toBe('Denied: "bob" "list" "pods" in "default"');
    expect(findings).toHaveLength(4);
  });

  it('puts server errors first, and never spends more than GitHub shows', async () => {
    const base = await summarizeFiles([FIXTURE]);
    const row = { time: 't', user: 'u', verb: 'get', resource: 'pods', namespace: '', name: '' };
    const summary: Summary = {
      ...base,
      errors5xxTotal: 2,
      errors5xx: [{ ...row, code: 500, message: 'boom' }],
      deprecatedTotal: 9,
      deprecated: Array.from({ length: 9 }, (_, i) => ({
        user: `user-${i}`,
        api: 'batch/v1beta1 cronjobs.batch',
        removedRelease: '1.25',
        count: 1,
      })),
    };
    const findings = findingAnnotations(summary);
    expect(findings[0]).toMatch(
      /^2 request\(s\) got a server error \(5xx\), the first: 500 for "u"/,
    );
    expect(findings.length).toBeLessThanOrEqual(MAX_FINDINGS);
  });

  it('quotes text from the log, so a line break cannot fake a workflow command', async () => {
    const base = await summarizeFiles([FIXTURE]);
    const summary: Summary = {
      ...base,
      denied: [
        {
          time: 't',
          user: 'x\n::error::forged',
          verb: 'get',
          resource: 'pods',
          namespace: '',
          name: '',
          reason: '',
        },
      ],
    };
    expect(findingAnnotations(summary).join('\n')).not.toContain('\n::error::');
  });
});
