import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkPolicy } from '../../src/policy/index.js';

/** One case of the shared vectors file: what kube-apiserver 1.36 does with a policy text. */
interface VectorCase {
  name: string;
  policy: string;
  valid: boolean;
  errors?: string[];
  warnings?: string[];
}

// The vectors live beside the project, not inside it; read them in place so they stay one copy.
const vectorsFile = fileURLToPath(
  new URL('../../../shared/vectors/policy/kube-apiserver-validation.yaml', import.meta.url),
);
const present = existsSync(vectorsFile);

function loadCases(): VectorCase[] {
  const doc = parse(readFileSync(vectorsFile, 'utf8')) as { cases: VectorCase[] };
  return doc.cases;
}

describe.skipIf(!present)('kube-apiserver validation vectors (../shared/vectors/policy)', () => {
  const cases = present ? loadCases() : [];

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

// Say why nothing ran when the shared folder is not checked out next to the project.
if (!present) {
  it.skip(`kube-apiserver validation vectors: skipped, ${vectorsFile} is absent`, () => {});
}
