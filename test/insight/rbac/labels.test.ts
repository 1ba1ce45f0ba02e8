import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNamePrefix, roleNameOf } from '../../../src/insight/rbac/binding-subject.js';
import { RbacGenerator } from '../../../src/insight/rbac/generator.js';
import {
  deleteRunCommand,
  RBAC_ANNOTATION,
  RBAC_LABEL,
  runSelector,
  subjectLabelValue,
} from '../../../src/insight/rbac/labels.js';
import { rbacYaml, type ManifestOptions } from '../../../src/insight/rbac/manifest.js';
import { RunIdentity } from '../../../src/insight/rbac/run-identity.js';
import type { Request } from '../../../src/logs/events/request.js';
import {
  labelKeyProblems,
  labelValueProblems,
  matchesSelector,
  objectsOf,
  type Labelled,
} from '../../support/k8s-labels.js';
import { ROOT } from '../../support/action-runner.js';
import { pathRequest, resourceRequest as r } from './requests.js';

/** Requests that need all four kinds: a Role and its binding in `ns`, a ClusterRole and its binding. */
function requestsOf(user: string, ns: string, run: 'a' | 'b'): Request[] {
  return [
    r({ verb: 'get', resource: 'configmaps', namespace: ns, user }),
    r({ verb: 'list', resource: 'nodes', user }),
    pathRequest('get', '/metrics', user),
  ].map((q, i) => ({
    ...q,
    auditID: `${run}-${user}-${i}`,
    time: `2026-01-0${run === 'a' ? 1 : 2}T00:00:0${i}.000000Z`,
  }));
}

/** One run over `requests`, as the CLI and the action generate it: every subject's YAML. */
function generateRun(requests: Request[], namePrefix?: string): string[] {
  const run = new RunIdentity();
  const generator = new RbacGenerator();
  for (const q of requests) {
    run.add(q);
    generator.add(q);
  }
  const options: ManifestOptions = { run: run.result(), ...(namePrefix ? { namePrefix } : {}) };
  return generator.result().subjects.map((s) => rbacYaml(s, options));
}

const runOf = (requests: Request[]) => {
  const run = new RunIdentity();
  for (const q of requests) run.add(q);
  return run.result();
};

const kindsOf = (objects: Labelled[]) => objects.map((o) => `${o.kind} ${o.metadata.name}`);

describe('labels and annotations of generated RBAC', () => {
  it.each([
    ['alice', 'alice'],
    ['system:serviceaccount:app:operator', 'system-serviceaccount-app-operator'],
    ['Alice@Example.com', 'alice-example-com'],
    ['-x:', 'x'],
    ['system:node:kind-control-plane', 'system-node-kind-control-plane'],
  ])('writes the subject %j as the label value %j (audit2rbac sanitizeLabel)', (subject, value) => {
    expect(subjectLabelValue(subject)).toBe(value);
  });

  it('cuts a long or empty label value and ends it in a hash: still valid, still distinct', () => {
    const long = (end: string) => `system:serviceaccount:${'n'.repeat(60)}:${end}`;
    const values = [long('a'), long('b'), '::', '\u00e9\u00e9', 'x'.repeat(64)].map(
      subjectLabelValue,
    );
    for (const value of values) {
      expect(labelValueProblems(value)).toEqual([]);
      expect(value).not.toBe('');
    }
    expect(new Set(values).size).toBe(values.length);
    expect(values[0]).toMatch(/^system-serviceaccount-n+-[0-9a-f]{8}$/);
  });

  it('puts the same labels and annotations on every Role, ClusterRole, RoleBinding and ClusterRoleBinding', () => {
    const subject = 'system:serviceaccount:app:operator';
    const [yaml = ''] = generateRun(requestsOf(subject, 'app', 'a'));
    const objects = objectsOf(yaml);
    expect(objects.map((o) => o.kind)).toEqual([
      'Role',
      'ClusterRole',
      'RoleBinding',
      'ClusterRoleBinding',
    ]);
    const run = runOf(requestsOf(subject, 'app', 'a'));
    for (const o of objects) {
      expect(o.metadata.labels).toEqual({
        'kind-audit.github.io/generated-by': 'kind-audit',
        'kind-audit.github.io/run': run.id,
        'kind-audit.github.io/subject': 'system-serviceaccount-app-operator',
      });
      expect(o.metadata.annotations).toEqual({
        'kind-audit.github.io/subject': subject,
        'kind-audit.github.io/run-time': '2026-01-01T00:00:00.000000Z/2026-01-01T00:00:02.000000Z',
      });
      for (const [key, value] of Object.entries(o.metadata.labels ?? {})) {
        expect(labelKeyProblems(key)).toEqual([]);
        expect(labelValueProblems(value)).toEqual([]);
      }
      for (const key of Object.keys(o.metadata.annotations ?? {}))
        expect(labelKeyProblems(key)).toEqual([]);
    }
    expect(yaml).toContain(`# Run ${run.id}; to delete every object it generated:\n`);
    expect(yaml).toContain(`#   ${deleteRunCommand(run)}\n`);
  });

  it("labels a folded namespace's ClusterRole too", () => {
    const generator = new RbacGenerator();
    generator.add(r({ verb: 'get', resource: 'pods', namespace: 'e2e-*', user: 'jane' }));
    const run = runOf([]);
    const objects = objectsOf(rbacYaml(generator.result().subjects[0]!, { run }));
    expect(kindsOf(objects)).toEqual(['ClusterRole kind-audit:jane:e2e-*']);
    expect(objects[0]?.metadata.labels?.[RBAC_LABEL.run]).toBe(run.id);
  });

  it('keeps a hostile subject exact in the annotation and valid in the label', () => {
    const subject = 'evil\n- kind: User\n  name: admin # "\u0085\u2028\u009b[31m';
    const [yaml = ''] = generateRun([
      r({ verb: 'get', resource: 'pods', namespace: 'a', user: subject }),
    ]);
    for (const o of objectsOf(yaml)) {
      expect(o.metadata.annotations?.[RBAC_ANNOTATION.subject]).toBe(subject);
      expect(labelValueProblems(o.metadata.labels?.[RBAC_LABEL.subject] ?? '')).toEqual([]);
    }
  });

  it("selects one run's objects with the run selector, and all of kind-audit's with generated-by", () => {
    const runA = [...requestsOf('alice', 'a', 'a'), ...requestsOf('bob', 'b', 'a')];
    const runB = requestsOf('carol', 'c', 'b');
    // The second run names its objects apart, so both runs can be applied side by side.
    const fromA = objectsOf(...generateRun(runA));
    const fromB = objectsOf(...generateRun(runB, 'second'));
    const cluster = [...fromA, ...fromB];
    const selected = (selector: string) =>
      kindsOf(cluster.filter((o) => matchesSelector(selector, o.metadata.labels)));
    expect(fromA).toHaveLength(8);
    expect(selected(runSelector(runOf(runA)))).toEqual(kindsOf(fromA));
    expect(selected(runSelector(runOf(runB)))).toEqual(kindsOf(fromB));
    expect(selected('kind-audit.github.io/generated-by=kind-audit')).toEqual(kindsOf(cluster));
    expect(selected(`${runSelector(runOf(runA))},kind-audit.github.io/subject=bob`)).toEqual([
      'Role kind-audit:bob',
      'ClusterRole kind-audit:bob',
      'RoleBinding kind-audit:bob',
      'ClusterRoleBinding kind-audit:bob',
    ]);
    expect(kindsOf(fromB)[0]).toBe('Role second:carol');
  });
});

describe('RunIdentity', () => {
  const requests = [...requestsOf('alice', 'a', 'a'), ...requestsOf('bob', 'b', 'a')];

  it('names the same requests the same in any order, as 12 hex digits', () => {
    const id = runOf(requests).id;
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(runOf([...requests].reverse()).id).toBe(id);
  });

  it('names another run otherwise: other audit IDs, times or count', () => {
    const id = runOf(requests).id;
    expect(runOf(requests.map((q) => ({ ...q, auditID: `x${q.auditID}` }))).id).not.toBe(id);
    expect(runOf(requests.map((q) => ({ ...q, time: q.time.replace('00.', '09.') }))).id).not.toBe(
      id,
    );
    expect(runOf(requests.slice(1)).id).not.toBe(id);
  });

  it('gives the time window only when the times are UTC RFC 3339', () => {
    expect(runOf(requests)).toMatchObject({
      requests: 6,
      first: '2026-01-01T00:00:00.000000Z',
      last: '2026-01-01T00:00:02.000000Z',
    });
    const odd = runOf([{ ...requests[0]!, time: '# yesterday\n' }, requests[1]!]);
    expect([odd.first, odd.last]).toEqual(['', '']);
  });
});

describe('--generate-name', () => {
  it.each(['my-app', 'a', 'team.ci:e2e', 'x'.repeat(63)])('takes %j as a prefix', (prefix) => {
    expect(isNamePrefix(prefix)).toBe(true);
    expect(roleNameOf('alice', prefix)).toBe(`${prefix}:alice`);
  });

  it.each(['', 'My-App', '-x', 'x-', 'a/b', 'a%b', 'a b', '${user}', 'x'.repeat(64)])(
    'refuses %j',
    (prefix) => expect(isNamePrefix(prefix)).toBe(false),
  );
});

describe('the documentation of the labels', () => {
  it('names every label and annotation key and the delete command the files print', () => {
    const docs = path.join(ROOT, 'docs');
    const text = [
      readFileSync(path.join(ROOT, 'README.md'), 'utf8'),
      ...(existsSync(docs)
        ? readdirSync(docs, { recursive: true, encoding: 'utf8' })
            .filter((f) => f.endsWith('.md'))
            .map((f) => readFileSync(path.join(docs, f), 'utf8'))
        : []),
    ].join('\n');
    for (const key of [...Object.values(RBAC_LABEL), ...Object.values(RBAC_ANNOTATION)])
      expect(text).toContain(`\`${key}\``);
    const [verb] = deleteRunCommand({ id: 'x', requests: 0, first: '', last: '' }).split(' -l ');
    expect(text).toContain(`${verb ?? ''} \\\n  -l kind-audit.github.io/run=`);
    expect(text).toContain('kind-audit.github.io/generated-by=kind-audit');
  });
});
