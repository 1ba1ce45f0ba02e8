// Merge throughput: `mergeFiles` over a generated log of two nodes against `cat` and `sort` of the
// same files. The log is built from the real fixtures' event shapes (audit2rbac's Metadata events,
// falco's Request/RequestResponse events with bodies): each copy gets a fresh auditID and a
// stageTimestamp that advances 1 ms an event with up to ±200 events of jitter, as completion
// order gives. Printed, never asserted. Run alone: `node --import tsx bench/merge.ts`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { mergeFiles } from '../src/logs/pass/merge-files.js';
import { fixtureEvents } from './fixture-events.js';

const TARGET_MB = Number(process.env.BENCH_MERGE_MB ?? 300);

/** Writes one node's file of about `bytes`, in 4 MiB pieces so building it stays small too. */
function writeNodeLog(
  file: string,
  bytes: number,
  node: number,
  events: Record<string, unknown>[],
) {
  const start = Date.UTC(2026, 10, 26, 15, 0, 0);
  let written = 0;
  let n = 0;
  writeFileSync(file, '');
  while (written < bytes) {
    const lines: string[] = [];
    let size = 0;
    while (size < 4 * 1024 * 1024) {
      const shape = events[n % events.length] as Record<string, unknown>;
      const jitter = Math.floor(Math.random() * 400) - 200;
      const time = new Date(start + (n + jitter) * 2 + node).toISOString().replace('Z', '123Z');
      const line = JSON.stringify({
        ...shape,
        timestamp: undefined,
        auditID: `${node}-${n}`,
        stageTimestamp: time,
      });
      lines.push(line);
      size += line.length + 1;
      n++;
    }
    writeFileSync(file, `${lines.join('\n')}\n`, { flag: 'a' });
    written += size;
  }
}

function timed(command: string): number {
  const start = performance.now();
  const result = spawnSync('sh', ['-c', command], { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`${command} failed`);
  return (performance.now() - start) / 1000;
}

/** Prints mergeFiles' MB/s and peak RSS beside cat and sort of the same bytes. */
export async function benchMerge(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-merge-'));
  try {
    const events = fixtureEvents();
    const files = [0, 1].map((node) => path.join(dir, `node${node}.log`));
    files.forEach((file, node) => writeNodeLog(file, (TARGET_MB * 1e6) / 2, node, events));
    const mb = files.reduce((sum, f) => sum + statSync(f).size, 0) / 1e6;
    const rate = (seconds: number) => `${(mb / seconds).toFixed(0)} MB/s (${seconds.toFixed(2)} s)`;

    const cat = timed(`cat ${files.join(' ')} > /dev/null`);
    const sort = timed(`LC_ALL=C sort ${files.join(' ')} > /dev/null`);
    const rssBefore = process.resourceUsage().maxRSS;
    const start = performance.now();
    const { merge: stats } = await mergeFiles(
      files.map((f, i) => ({ node: `node${i}`, files: [f] })),
      path.join(dir, 'audit.jsonl'),
      { redact: false },
    );
    const merge = (performance.now() - start) / 1000;
    const peak = process.resourceUsage().maxRSS / 1024;

    console.log(`merge of ${mb.toFixed(0)} MB in 2 node files (${events.length} event shapes):`);
    console.log(`  cat > /dev/null      ${rate(cat)}`);
    console.log(`  LC_ALL=C sort        ${rate(sort)}`);
    console.log(
      `  mergeFiles           ${rate(merge)}; ${stats.events} events, ${stats.outOfOrder} out of order`,
    );
    console.log(
      `  peak RSS             ${peak.toFixed(0)} MB (before the merge: ${(rssBefore / 1024).toFixed(0)} MB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMerge();
