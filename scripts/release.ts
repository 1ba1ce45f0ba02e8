// What the release workflow (.github/workflows/release.yml) decides, in one place that the tests
// also read: the tag a release must carry, the major tag it moves, and its notes, which are the
// CHANGELOG's section of that version. Run with `node --import tsx scripts/release.ts <command>`.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Semantic Versioning's core triple; a release of this project has no pre-release or build part. */
const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

/** A CHANGELOG section's heading: `## 0.3.0 — 2026-12-10`, or `## 0.3.0 — Unreleased`. */
const HEADING = /^## (\d+\.\d+\.\d+)(?: — (\d{4}-\d{2}-\d{2}|Unreleased))?\s*$/;

/** One version's section of CHANGELOG.md. */
export interface ChangelogSection {
  version: string;
  /** `YYYY-MM-DD` once released; `Unreleased` until the release commit; '' for old undated ones. */
  date: string;
  /** The section's text below its heading, trimmed. */
  body: string;
}

/** The parts of a version, or an error naming it. */
function parts(version: string): [number, number, number] {
  const m = VERSION.exec(version);
  if (!m) throw new Error(`"${version}" is not a version of the form MAJOR.MINOR.PATCH`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * The major tag a release of `version` moves: `v0` for 0.3.0, `v1` for 1.4.0. Users write it in
 * `uses: kind-audit/kind-audit@v0`; while the major is 0, minor releases may change behaviour.
 */
export function majorTag(version: string): string {
  return `v${parts(version)[0]}`;
}

/** -1, 0 or 1 as `a` is older than, the same as or newer than `b`. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) < (y[i] ?? 0) ? -1 : 1;
  return 0;
}

/** The versioned sections of CHANGELOG.md, newest first as written. */
export function changelogSections(text: string): ChangelogSection[] {
  const sections: ChangelogSection[] = [];
  let current: (ChangelogSection & { lines: string[] }) | undefined;
  for (const line of text.split(/\r?\n/)) {
    const heading = HEADING.exec(line);
    if (heading || line.startsWith('## ')) {
      if (current) sections.push({ ...current, body: current.lines.join('\n').trim() });
      current = heading
        ? { version: heading[1] ?? '', date: heading[2] ?? '', body: '', lines: [] }
        : undefined;
      continue;
    }
    current?.lines.push(line);
  }
  if (current) sections.push({ ...current, body: current.lines.join('\n').trim() });
  return sections.map(({ version, date, body }) => ({ version, date, body }));
}

/**
 * The notes of the release of `version`: its CHANGELOG section's text. Throws when the section is
 * missing, empty, or still marked Unreleased (the release commit dates it).
 */
export function releaseNotes(changelog: string, version: string): string {
  const section = changelogSections(changelog).find((s) => s.version === version);
  if (!section)
    throw new Error(
      `CHANGELOG.md has no section "## ${version} — YYYY-MM-DD": the release commit adds it (CONTRIBUTING.md, "Release")`,
    );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(section.date))
    throw new Error(
      `CHANGELOG.md's section ${version} is dated "${section.date || 'nothing'}": the release commit replaces "Unreleased" by the release date (YYYY-MM-DD)`,
    );
  if (!section.body) throw new Error(`CHANGELOG.md's section ${version} is empty`);
  return `${section.body}\n`;
}

/** Throws unless `tag` is `v` and package.json's version. */
export function checkTag(tag: string, version: string): void {
  if (tag !== `v${version}`)
    throw new Error(`The tag ${tag} does not name package.json's version ${version} (v${version})`);
}

function main(args: string[]): void {
  const [command = '', value = ''] = args;
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  switch (command) {
    case 'check-tag':
      checkTag(value, pkg.version);
      console.log(`${value} names package.json's version`);
      return;
    case 'notes': {
      const notes = releaseNotes(readFileSync('CHANGELOG.md', 'utf8'), pkg.version);
      if (!value) throw new Error('usage: release.ts notes FILE');
      writeFileSync(value, notes);
      console.log(`The notes of ${pkg.version}, from CHANGELOG.md:\n\n${notes}`);
      return;
    }
    case 'major':
      console.log(majorTag(pkg.version));
      return;
    default:
      throw new Error(
        `usage: release.ts check-tag TAG | notes FILE | major (got "${args.join(' ')}")`,
      );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`::error::${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
