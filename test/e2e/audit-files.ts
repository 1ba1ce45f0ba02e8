// The rotation leg's evidence: every file of `audit-log-dir`, read in full as the job's own user
// (`runner` on GitHub) while the cluster runs, and later each found in the artifact. In the leg:
//   node --import tsx test/e2e/audit-files.ts --dir "$AUDIT_LOG_DIR" --out audit-files.json
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isEntry, runMain } from './run.js';
import { AUDIT_FILE_NAME, filesUnder, linesOf } from './scan.js';

/** Node name → its audit files' names, as read from `audit-log-dir`. */
export type AuditFiles = Record<string, string[]>;

/** The name of the evidence file inside the evidence artifact. */
export const AUDIT_FILES_JSON = 'audit-files.json';

/**
 * Reads every audit file of every node folder under `logDir` to its end (`.gz` decompressed, which
 * also proves the gzip is whole) and lists them. Throws, naming the file, when one cannot be
 * read; and when no node has a rotated `.gz`, since the leg's traffic was meant to rotate.
 */
export async function readAuditFiles(logDir: string): Promise<AuditFiles> {
  const listed: AuditFiles = {};
  for (const entry of await fs.readdir(logDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const all = await filesUnder(path.join(logDir, entry.name));
    const names = all.filter((name) => AUDIT_FILE_NAME.test(name));
    for (const name of names) {
      const file = path.join(logDir, entry.name, name);
      try {
        for await (const line of linesOf(file)) void line;
      } catch (error) {
        throw new Error(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
      }
    }
    listed[entry.name] = names;
  }
  if (Object.keys(listed).length === 0) throw new Error(`no node folder in ${logDir}`);
  if (!Object.values(listed).some((names) => names.some((n) => n.endsWith('.gz'))))
    throw new Error(`no rotated .gz file in ${logDir}: the traffic did not rotate the log`);
  return listed;
}

/** Each file listed in the evidence is in the artifact, in its node's folder. */
export async function checkAuditFilesInArtifact(
  dir: string,
  listed: AuditFiles,
): Promise<string[]> {
  const present = new Set(await filesUnder(dir));
  const problems: string[] = [];
  for (const [node, names] of Object.entries(listed))
    for (const name of names)
      // A backup listed while lumberjack was still compressing it is in the artifact as .gz.
      if (!present.has(`${node}/${name}`) && !present.has(`${node}/${name}.gz`))
        problems.push(
          `${node}/${name}: read from audit-log-dir during the job, not in the artifact`,
        );
  return problems;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, out: { type: 'string' } } });
  if (!values.dir || !values.out) throw new Error('usage: audit-files.ts --dir LOG_DIR --out FILE');
  const listed = await readAuditFiles(values.dir);
  await fs.mkdir(path.dirname(values.out), { recursive: true });
  await fs.writeFile(values.out, `${JSON.stringify(listed, null, 2)}\n`);
  for (const [node, names] of Object.entries(listed))
    console.log(`${node}: read ${names.length} file(s): ${names.join(', ')}`);
  return 0;
}

if (isEntry(import.meta.url)) runMain(main);
