// A release that works end to end: the `uses:` line users copy names the major tag that a release
// of package.json's version moves, npm can publish with provenance, the CHANGELOG section that
// becomes the release notes exists, and the release workflow moves nothing before its checks pass.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  changelogSections,
  checkTag,
  compareVersions,
  majorTag,
  releaseNotes,
} from '../scripts/release.js';
import { ROOT } from './support/action-runner.js';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  version: string;
  homepage?: string;
  repository?: { type?: string; url?: string };
  bugs?: { url?: string };
};
const REPOSITORY = 'kind-audit/kind-audit';

/** README.md, CONTRIBUTING.md and every Markdown file under docs/. */
function documents(): string[] {
  const docs = fs.existsSync(path.join(ROOT, 'docs'))
    ? fs
        .readdirSync(path.join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.md'))
        .map((f) => path.join('docs', f))
    : [];
  return ['README.md', 'CONTRIBUTING.md', ...docs];
}

describe('the version users write in uses:', () => {
  it('is the major tag a release of package.json’s version moves, in every document', () => {
    const refs = documents().flatMap((file) =>
      [...read(file).matchAll(/uses:\s*kind-audit\/kind-audit@([\w.-]+)/g)].map((m) => ({
        file,
        ref: m[1] ?? '',
      })),
    );
    expect(refs.filter((r) => r.file === 'README.md').length).toBeGreaterThan(0);
    const major = majorTag(pkg.version);
    for (const { file, ref } of refs) {
      // A full version pin (`@v0.3.0`) is fine as long as it is of the same major.
      expect(ref, file).toMatch(/^v\d+(\.\d+\.\d+)?$/);
      expect(ref.split('.')[0], `${file}: @${ref}`).toBe(major);
    }
  });

  it('the major tag is v and the major: v0 while on 0.x', () => {
    expect(majorTag('0.3.0')).toBe('v0');
    expect(majorTag('1.4.2')).toBe('v1');
    expect(() => majorTag('1.4')).toThrow(/"1.4" is not a version/);
    expect(() => checkTag('v0.3.1', '0.3.0')).toThrow(/v0.3.1 does not name .* 0.3.0/);
    expect(() => checkTag('v0.3.0', '0.3.0')).not.toThrow();
  });
});

describe('package.json', () => {
  it('names the repository, so that npm accepts a provenance statement from its workflow', () => {
    expect(pkg.repository).toEqual({
      type: 'git',
      url: `git+https://github.com/${REPOSITORY}.git`,
    });
    expect(pkg.homepage).toBe(`https://github.com/${REPOSITORY}#readme`);
    expect(pkg.bugs?.url).toBe(`https://github.com/${REPOSITORY}/issues`);
  });
});

describe('the CHANGELOG', () => {
  const sections = changelogSections(read('CHANGELOG.md'));

  it('starts with the next release, unreleased and newer than package.json, or with this one, dated', () => {
    const first = sections[0];
    expect(first).toBeDefined();
    if (first?.date === 'Unreleased') expect(compareVersions(first.version, pkg.version)).toBe(1);
    else {
      expect(first?.version).toBe(pkg.version);
      expect(first?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // Every released version keeps its section, newest first.
    const versions = sections.map((s) => s.version);
    expect(versions).toContain('0.2.0');
    expect([...versions].sort((a, b) => compareVersions(b, a))).toEqual(versions);
  });

  it('gives a dated section as the release notes, and refuses a missing or unreleased one', () => {
    const text = [
      '# Changelog',
      '',
      '## 0.4.0 — Unreleased',
      '',
      '- Next.',
      '',
      '## 0.3.0 — 2026-12-10',
      '',
      '### Added',
      '',
      '- A thing.',
      '',
      '## 0.2.0',
      '',
      '- Old.',
    ].join('\n');
    expect(releaseNotes(text, '0.3.0')).toBe('### Added\n\n- A thing.\n');
    expect(() => releaseNotes(text, '0.4.0')).toThrow(/dated "Unreleased"/);
    expect(() => releaseNotes(text, '0.5.0')).toThrow(/no section "## 0.5.0 — YYYY-MM-DD"/);
    expect(() => releaseNotes(text, '0.2.0')).toThrow(/dated "nothing"/);
  });
});

describe('the release workflow', () => {
  interface Step {
    name?: string;
    run?: string;
    uses?: string;
  }
  const workflow = parse(read('.github/workflows/release.yml')) as {
    on: { push: { tags: string[] } };
    jobs: { release: { steps: Step[] } };
  };
  const steps = workflow.jobs.release.steps;
  const index = (pattern: RegExp) => {
    const found = steps.findIndex((s) => pattern.test(s.run ?? ''));
    expect(found, String(pattern)).toBeGreaterThanOrEqual(0);
    return found;
  };

  it('runs every check before anything is published, and moves the major tag last', () => {
    expect(workflow.on.push.tags).toEqual(['v*.*.*']);
    const checks = [
      index(/release\.ts check-tag/),
      index(/release\.ts notes/),
      index(/repository\?\.url/),
      index(/bash \.ci\/run/),
      index(/npm publish --dry-run/),
      index(/gh release create .*--draft/),
    ];
    const publish = index(/^npm publish --provenance/);
    const release = index(/gh release edit .*--draft=false/);
    const moveTag = index(/git push -f origin "refs\/tags\/\$major"/);
    expect(Math.max(...checks)).toBeLessThan(publish);
    expect(publish).toBeLessThan(release);
    expect(release).toBeLessThan(moveTag);
    expect(moveTag).toBe(steps.length - 1);
    // The major tag comes from the same code the README test uses.
    expect(steps[moveTag]?.run).toContain('release.ts major');
    expect(steps[release]?.run).not.toContain('--notes');
  });
});
