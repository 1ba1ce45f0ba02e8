import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkPolicy } from '../../src/policy/index.js';

/** One case of the vectors file: what kube-apiserver 1.36 does with a policy text. */
interface VectorCase {
  name: string;
  policy: string;
  valid: boolean;
  errors?: string[];
  warnings?: string[];
}

// The repository's own copy (test/fixtures/policy/README.md says where it comes from), so a clone
// runs every case; a missing file fails the run instead of skipping it.
const vectorsFile = fileURLToPath(
  new URL('../fixtures/policy/kube-apiserver-validation.yaml', import.meta.url),
);

function loadCases(): VectorCase[] {
  const doc = parse(readFileSync(vectorsFile, 'utf8')) as { cases: VectorCase[] };
  return doc.cases;
}

describe('kube-apiserver validation vectors (test/fixtures/policy)', () => {
  const cases = loadCases();

  it('has cases to check', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = checkPolicy(c.policy);
    expect(result.valid, JSON.stringify(result.errors)).toBe(c.valid);
    for (const expected of c.errors ?? []) {
      // A case may give only the leading part of kube's message.
      const hit = result.errors.some((e) => e === expected || e.startsWith(expected));
      expect(hit, `expected error ${expected} in ${JSON.stringify(result.errors)}`).toBe(true);
    }
    if (c.errors) expect(result.errors).toHaveLength(c.errors.length);
    for (const expected of c.warnings ?? []) {
      const hit = result.warnings.some((w) => w.message.includes(expected));
      expect(hit, `expected warning ${expected} in ${JSON.stringify(result.warnings)}`).toBe(true);
    }
  });
});
