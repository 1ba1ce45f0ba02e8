import { readFileSync } from 'node:fs';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';

describe('action.yml', () => {
  it("passes the runner's own action schema", () => {
    const content = readFileSync(new URL('../action.yml', import.meta.url), 'utf8');
    const result = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(result.value).toBeDefined();
  });

  it('would catch a mistake in it', () => {
    const content =
      'name: x\ndescription: y\nruns:\n  using: node24\n  main: a.js\n  post-iff: always()\n';
    const result = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().length).toBeGreaterThan(0);
  });
});
