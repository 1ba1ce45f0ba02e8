// `kind-audit rbac` as installed (the dist/cli bundle under Node 24): the labels a user deletes one
// run's RBAC by, the two audit2rbac flags, and the same files as the action writes. Run
// `npm run package` first.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InsightPass } from '../../src/insight/insight-pass.js';
import type { AuditEvent } from '../../src/logs/events/event.js';
import { DEFAULT_INSIGHTS, writeInsights } from '../../src/steps/post/insight-artifact.js';
import { bundledCli } from '../support/cli-bundle.js';
import { matchesSelector, objectsOf, type Labelled } from '../support/k8s-labels.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'rbac-bundle-'));
const cli = bundledCli({ PATH: process.env.PATH ?? '', HOME: work }, work);

/** One finished request, at second `s` of `day`. */
function event(run: string, i: number, user: string, verb: string, ref: Record<string, string>) {
  const ns = ref.namespace ? `/namespaces/${ref.namespace}` : '';
  return {
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: 'Metadata',
    auditID: `${run}-0000-4000-8000-${String(i).padStart(12, '0')}`,
    stage: 'ResponseComplete',
    stageTimestamp: `2026-03-0${run === 'a' ? 1 : 2}T10:00:${String(i).padStart(2, '0')}.123456Z`,
    verb,
    user: { username: user, groups: ['system:authenticated'] },
    objectRef: { apiVersion: 'v1', ...ref },
    requestURI: `/api/v1${ns}/${ref.resource}`,
    responseStatus: { code: 403 },
  } satisfies AuditEvent;
}

/** A run's log: each subject reads configmaps in its namespace and lists nodes (both kinds of role). */
function runLog(run: 'a' | 'b', subjects: [string, string][]): string {
  const events = subjects.flatMap(([user, namespace], n) => [
    event(run, 2 * n, user, 'get', { resource: 'configmaps', namespace, name: 'c' }),
    event(run, 2 * n + 1, user, 'list', { resource: 'nodes' }),
  ]);
  const file = path.join(work, `${run}.log`);
  writeFileSync(file, events.map((e) => JSON.stringify(e)).join('\n') + '\n');
  return file;
}

/** The objects of every `*.yaml` in `dir`. */
const objectsIn = (dir: string): Labelled[] =>
  objectsOf(
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => readFileSync(path.join(dir, f), 'utf8')),
  );

const who = (o: Labelled) => `${o.kind} ${o.metadata.namespace ?? '-'} ${o.metadata.name}`;

describe('kind-audit rbac, bundled: labels, --generate-name, --namespace', () => {
  const logA = runLog('a', [
    ['alice', 'team-a'],
    ['system:serviceaccount:app:operator', 'app'],
  ]);
  const logB = runLog('b', [
    ['alice', 'team-a'],
    ['carol', 'team-c'],
  ]);

  it("deletes one run's objects with the selector it prints, and nothing of another run", () => {
    const dirA = path.join(work, 'rbac-a');
    const dirB = path.join(work, 'rbac-b');
    const a = cli('rbac', logA, '--all', '--out', dirA);
    // The second run gets its own names, so both can be applied to one cluster side by side.
    const b = cli('rbac', logB, '--all', '--out', dirB, '--generate-name', 'second-run');
    expect([a.status, b.status]).toEqual([0, 0]);
    const selectorOf = (stderr: string) =>
      /the objects are labelled (kind-audit\.github\.io\/run=[0-9a-f]{12})\n/.exec(stderr)?.[1] ??
      '';
    const [selectA, selectB] = [selectorOf(a.stderr), selectorOf(b.stderr)];
    expect(selectA).not.toBe('');
    expect(selectB).not.toBe(selectA);

    const fromA = objectsIn(dirA);
    const fromB = objectsIn(dirB);
    expect(new Set(fromA.map((o) => o.kind))).toEqual(
      new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']),
    );
    expect(fromA).toHaveLength(8);
    expect(fromB).toHaveLength(8);
    const cluster = [...fromA, ...fromB];
    // What `kubectl delete roles,rolebindings,clusterroles,clusterrolebindings -A -l SELECTOR`
    // would find among them.
    const deleted = (selector: string) =>
      cluster.filter((o) => matchesSelector(selector, o.metadata.labels)).map(who);
    expect(deleted(selectA)).toEqual(fromA.map(who));
    expect(deleted(selectB)).toEqual(fromB.map(who));
    expect(deleted('kind-audit.github.io/generated-by=kind-audit')).toEqual(cluster.map(who));
    expect(deleted(`${selectA},kind-audit.github.io/subject=alice`)).toEqual([
      'Role team-a kind-audit:alice',
      'ClusterRole - kind-audit:alice',
      'RoleBinding team-a kind-audit:alice',
      'ClusterRoleBinding - kind-audit:alice',
    ]);
    expect(fromB.map((o) => o.metadata.name)).toContain('second-run:carol');
    // The file says how to delete its run.
    expect(readFileSync(path.join(dirA, 'alice.yaml'), 'utf8')).toContain(
      `#   kubectl delete roles,rolebindings,clusterroles,clusterrolebindings --all-namespaces -l ${selectA}\n`,
    );
  });

  it('writes the same files as the action does from the same log', async () => {
    const dir = path.join(work, 'rbac-same');
    expect(cli('rbac', logA, '--all', '--out', dir).status).toBe(0);
    const pass = new InsightPass({ rbac: {} });
    for (const line of readFileSync(logA, 'utf8').trim().split('\n'))
      pass.addEvent(JSON.parse(line) as AuditEvent);
    const artifact = path.join(work, 'artifact');
    mkdirSync(artifact);
    await writeInsights(artifact, pass.finish(), DEFAULT_INSIGHTS);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['alice.yaml', 'system~serviceaccount~app~operator.yaml']);
    for (const file of files)
      expect(readFileSync(path.join(dir, file), 'utf8')).toBe(
        readFileSync(path.join(artifact, 'rbac', file), 'utf8'),
      );
  });

  it('keeps one namespace with -n, and refuses bad values with exit 2', () => {
    const kept = cli(
      'rbac',
      logA,
      '--serviceaccount',
      'app:operator',
      '-n',
      'app',
      '--generate-name',
      'ops',
    );
    expect(kept.status).toBe(0);
    expect(objectsOf(kept.stdout).map(who)).toEqual([
      'Role app ops:system:serviceaccount:app:operator',
      'RoleBinding app ops:system:serviceaccount:app:operator',
    ]);
    const badName = cli('rbac', logA, '--all', '--generate-name', 'Ops_1');
    expect([badName.status, badName.stdout]).toEqual([2, '']);
    expect(badName.stderr).toContain(
      `--generate-name has the value "Ops_1": it must be 1 to 63 characters of a-z, 0-9, '-', '.' and ':'`,
    );
    const badNs = cli('rbac', logA, '--all', '--namespace', 'team/a');
    expect([badNs.status, badNs.stdout]).toEqual([2, '']);
    expect(badNs.stderr).toContain(
      `--namespace has the value "team/a": it must be a namespace's name`,
    );
  });
});
