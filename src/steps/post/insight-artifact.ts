import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  baselineText,
  compareBaselines,
  escapeField,
  parseFoldGlobs,
  readBaseline,
} from '../../insight/baseline/index.js';
import { compileGlob, parseExpectations, type Expectation } from '../../insight/expect/index.js';
import { InsightPass, type InsightResults } from '../../insight/insight-pass.js';
import { grantsOf, permissionLine, type RbacLists } from '../../insight/rbac/grants.js';
import { unusedPermissions } from '../../insight/rbac/unused.js';
import { rbacYaml } from '../../insight/rbac/manifest.js';
import { MAX_DRIFT_LINES, type InsightReport } from '../../insight/report.js';
import { makeDirs, writeFileNoFollow } from '../../files/safe-fs.js';
import type { InsightState, RunState } from '../../state/run-state.js';
import { writeRbacFile } from './rbac-file.js';

/** The artifact's insight files (docs/how-it-works.md, "What the post step does"). */
export const INSIGHT_FILES = {
  rbacDir: 'rbac',
  baseline: 'baseline.tsv',
  /** `+line` used now and missing from the committed baseline, `-line` no longer used. */
  baselineDiff: 'baseline-diff.txt',
} as const;

/** What post does when main saved no insight settings: the inputs' defaults. */
export const DEFAULT_INSIGHTS: InsightState = {
  rbac: true,
  rbacFor: [],
  expectPath: '',
  baselinePath: '',
  onDrift: 'warn',
  foldNamespaces: '',
};

/** The insight pass post runs, set up from what main saved. */
export interface PreparedPass {
  pass: InsightPass;
  settings: InsightState;
  /** Expectations in force; a `require` among them needs a log proven live. */
  expectations: Expectation[];
}

/**
 * The consumers of post's pass, from the settings main saved: RBAC for the subjects `rbac-for`
 * names (globs), the expectations main checked and copied, the baseline with folded namespaces.
 */
export async function prepareInsightPass(state: RunState): Promise<PreparedPass> {
  const settings = state.insights ?? DEFAULT_INSIGHTS;
  const expectations = settings.expectPath
    ? parseExpectations(await readFile(settings.expectPath, 'utf8'), settings.expectPath, {
        fromFile: true,
      })
    : [];
  const subjects = settings.rbacFor.map(compileGlob);
  const folds = parseFoldGlobs(settings.foldNamespaces);
  const pass = new InsightPass({
    ...(settings.rbac
      ? {
          rbac:
            subjects.length > 0 ? { wants: (r) => subjects.some((g) => g.matches(r.user)) } : {},
        }
      : {}),
    expectations,
    baseline: { foldNamespaces: folds },
    rbacFoldNamespaces: folds,
  });
  return { pass, settings, expectations };
}

/**
 * Writes the insights into the artifact — `rbac/<safe subject>.yaml` per subject, `baseline.tsv`
 * always, `baseline-diff.txt` when a committed baseline was given — and says what they found.
 */
export async function writeInsights(
  outDir: string,
  results: InsightResults,
  settings: InsightState,
  grants?: RbacLists,
): Promise<InsightReport> {
  const problems: string[] = [];
  const rbac = results.rbac?.subjects ?? [];
  if (rbac.length > 0) await makeDirs(path.join(outDir, INSIGHT_FILES.rbacDir));
  const entries = [];
  for (const subject of rbac) {
    const file = await writeRbacFile(path.join(outDir, INSIGHT_FILES.rbacDir), subject, {
      run: results.run,
    });
    let unused: string[] | undefined;
    if (grants) {
      unused = unusedPermissions(
        grantsOf(subject.subject, grants),
        results.requestsOf(subject.subject),
      ).map(permissionLine);
      // `.unused.tsv` beside `.yaml`: no subject's own file can end so, as each ends in `.yaml`.
      await writeFileNoFollow(
        path.join(outDir, INSIGHT_FILES.rbacDir, file.replace(/\.yaml$/, '.unused.tsv')),
        baselineText(unused),
      );
    }
    const denied = results.deniedOf(subject.subject);
    if (denied.total > 0)
      // `.denied.tsv` beside `.yaml`, as `.unused.tsv`: the first requests refused, and why.
      await writeFileNoFollow(
        path.join(outDir, INSIGHT_FILES.rbacDir, file.replace(/\.yaml$/, '.denied.tsv')),
        baselineText(
          denied.first.map((d) =>
            [d.time, d.verb, d.target, d.namespace, d.name, d.reason]
              // '-' stands for none, as in baseline.tsv, where a real '-' is written as backslash-dash.
              .map((v) => (v === '' ? '-' : escapeField(v)))
              .join('\t'),
          ),
        ),
      );
    entries.push({
      subject: subject.subject,
      file: `${INSIGHT_FILES.rbacDir}/${file}`,
      requests: subject.requests,
      permissions: subject.permissions,
      unused: unused ? unused.length : null,
      unusedFirst: unused ? unused.slice(0, MAX_DRIFT_LINES) : [],
      denied: denied.total,
      deniedFirst: denied.first,
    });
  }
  const { lines, dropped } = results.baseline;
  await writeFileNoFollow(path.join(outDir, INSIGHT_FILES.baseline), baselineText(lines));
  let drift: InsightReport['drift'] = null;
  if (settings.baselinePath) {
    try {
      const { added, gone } = compareBaselines(await readBaseline(settings.baselinePath), lines);
      await writeFileNoFollow(
        path.join(outDir, INSIGHT_FILES.baselineDiff),
        baselineText([...added.map((l) => `+${l}`), ...gone.map((l) => `-${l}`)]),
      );
      drift = {
        baseline: path.basename(settings.baselinePath),
        added: added.slice(0, MAX_DRIFT_LINES),
        gone: gone.slice(0, MAX_DRIFT_LINES),
        addedTotal: added.length,
        goneTotal: gone.length,
        onDrift: settings.onDrift,
      };
    } catch (error) {
      problems.push(
        `The baseline ${settings.baselinePath} could not be compared: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return {
    requests: results.requests,
    violations: results.check?.expectations ?? [],
    drift,
    rbac: entries,
    rbacDropped: results.rbac?.dropped ?? 0,
    baselineLines: lines.length,
    baselineDropped: dropped,
    problems,
  };
}

/** The YAML of each subject's RBAC, for the job summary (the files hold the same text). */
export function rbacYamlBySubject(results: InsightResults): Map<string, string> {
  return new Map(
    (results.rbac?.subjects ?? []).map((s) => [s.subject, rbacYaml(s, { run: results.run })]),
  );
}
