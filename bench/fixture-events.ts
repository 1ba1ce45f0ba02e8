// The real audit logs the repository carries (test/fixtures/audit-logs: audit2rbac's Metadata
// events, falco's Request and RequestResponse events with bodies), as the benches build their
// logs from them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.join(import.meta.dirname, '../test/fixtures/audit-logs');

/** Every line of the fixtures that starts an object, in a fixed file order. */
export function fixtureLines(): string[] {
  const falco = path.join(FIXTURES, 'falco-k8s-audit');
  const files = [
    path.join(FIXTURES, 'audit2rbac-demo.log'),
    ...readdirSync(falco)
      .sort()
      .map((n) => path.join(falco, n)),
  ];
  return files
    .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
    .filter((line) => line.startsWith('{'));
}

/** Every event of the fixtures, parsed (the malformed one left out). */
export function fixtureEvents(): Record<string, unknown>[] {
  return fixtureLines().flatMap((line) => {
    try {
      const event: unknown = JSON.parse(line);
      return typeof event === 'object' && event !== null && 'stage' in event ? [event] : [];
    } catch {
      return [];
    }
  });
}
