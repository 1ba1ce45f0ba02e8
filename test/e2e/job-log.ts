// The failed-create job's log, fetched by the check job through the API: the diagnostics the
// action prints when `kind create cluster` fails must be in it.
//   node --import tsx test/e2e/job-log.ts --log failed-create.log
import { parseArgs } from 'node:util';
import { DIAGNOSTIC_MARKERS } from './legs.js';
import { isEntry, runMain } from './run.js';
import { needlesIn } from './scan.js';

/** The markers the log lacks; an empty list means every diagnostic was shown. */
export async function missingDiagnostics(
  log: string,
  markers: readonly string[] = DIAGNOSTIC_MARKERS,
): Promise<string[]> {
  const found = await needlesIn(log, markers);
  return markers.filter((m) => !found.includes(m));
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { log: { type: 'string' } } });
  if (!values.log) throw new Error('usage: job-log.ts --log FILE');
  const missing = await missingDiagnostics(values.log);
  for (const marker of missing)
    console.log(`::error::the failed create's log does not show ${JSON.stringify(marker)}`);
  if (missing.length === 0)
    console.log(`the log shows all ${DIAGNOSTIC_MARKERS.length} diagnostics`);
  return missing.length ? 1 : 0;
}

if (isEntry(import.meta.url)) runMain(main);
