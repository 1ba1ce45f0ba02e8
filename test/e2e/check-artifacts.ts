// The final e2e job: every leg's downloaded artifact against what the leg did (legs.ts).
//   node --import tsx test/e2e/check-artifacts.ts --dir artifacts
// `--dir` holds one folder per artifact, as actions/download-artifact lays them out.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AUDIT_FILES_JSON, checkAuditFilesInArtifact, type AuditFiles } from './audit-files.js';
import {
  checkApiserverLogs,
  checkKindLogs,
  checkVerdicts,
  checkLayout,
  checkMerged,
  checkNodes,
} from './checks.js';
import { findLeaks } from './leaks.js';
import { LEGS, type Leg } from './legs.js';
import { CANARY_VALUES_JSON } from './plant-canaries.js';
import { isEntry, runMain } from './run.js';

/** The action's default name for the first leg's artifact: `kind-audit-<job>-<cluster>-<index>`. */
const DEFAULT_NAME = /^kind-audit-kind-kind-0(?:-attempt(\d+))?$/;

/**
 * The folder of the leg's artifact. The default-name artifact of a re-run is suffixed
 * `-attemptN`, and earlier attempts' artifacts stay in the run: take the highest N.
 */
export async function legFolder(root: string, leg: Leg): Promise<string | undefined> {
  const names = await fs.readdir(root);
  if (!leg.defaultName) return names.includes(`e2e-${leg.name}`) ? `e2e-${leg.name}` : undefined;
  let best: { name: string; attempt: number } | undefined;
  for (const name of names) {
    const match = DEFAULT_NAME.exec(name);
    const attempt = match ? Number(match[1] ?? 1) : 0;
    if (match && attempt > (best?.attempt ?? 0)) best = { name, attempt };
  }
  return best?.name;
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as T;
}

/** Every problem with one leg's artifact, each prefixed with the leg's name. */
export async function checkLeg(root: string, leg: Leg): Promise<string[]> {
  const folder = await legFolder(root, leg);
  if (!folder) return [`${leg.name}: no artifact among ${(await fs.readdir(root)).join(', ')}`];
  const dir = path.join(root, folder);
  const problems = [
    ...(await checkLayout(dir, leg)),
    ...(await checkNodes(dir, leg)),
    ...(await checkMerged(dir, leg)),
    ...(await checkApiserverLogs(dir, leg)),
    ...(await checkKindLogs(dir, leg)),
    ...(await checkVerdicts(dir, leg)),
  ];
  const canaries: Record<string, string> = {};
  for (const value of leg.fixedCanaries ?? []) canaries[value] = value;
  if (leg.canaryEvidence)
    Object.assign(
      canaries,
      await readJson(path.join(root, leg.canaryEvidence, CANARY_VALUES_JSON)),
    );
  problems.push(...(await findLeaks(dir, canaries)));
  if (leg.rotationEvidence) {
    const listed = await readJson<AuditFiles>(
      path.join(root, leg.rotationEvidence, AUDIT_FILES_JSON),
    );
    problems.push(...(await checkAuditFilesInArtifact(dir, listed)));
  }
  return problems.map((p) => `${leg.name} (${folder}): ${p}`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, leg: { type: 'string', multiple: true } },
  });
  if (!values.dir) throw new Error('usage: check-artifacts.ts --dir ARTIFACTS [--leg NAME]...');
  const unknown = values.leg?.filter((name) => !LEGS.some((l) => l.name === name)) ?? [];
  if (unknown.length) throw new Error(`unknown leg(s): ${unknown.join(', ')}`);
  const legs = values.leg ? LEGS.filter((l) => values.leg?.includes(l.name)) : LEGS;
  let failed = 0;
  for (const leg of legs) {
    const problems = await checkLeg(values.dir, leg);
    for (const problem of problems) console.log(`::error::${problem}`);
    if (problems.length) failed++;
    else console.log(`${leg.name}: ok`);
  }
  console.log(`${legs.length - failed} of ${legs.length} legs passed`);
  return failed ? 1 : 0;
}

if (isEntry(import.meta.url)) runMain(main);
