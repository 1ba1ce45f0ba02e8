import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseFoldGlobs } from '../../../src/insight/baseline/fold.js';
import { InsightPass } from '../../../src/insight/insight-pass.js';
import { rbacYaml } from '../../../src/insight/rbac/manifest.js';
import type { AuditEvent } from '../../../src/logs/events/event.js';

/** A finished request of `user` on `resource` in `namespace`. */
function request(id: string, user: string, verb: string, resource: string, namespace: string) {
  return {
    auditID: id,
    stage: 'ResponseComplete',
    verb,
    requestURI: `/api/v1/namespaces/${namespace}/${resource}`,
    user: { username: user },
    objectRef: { resource, namespace, apiVersion: 'v1' },
    responseStatus: { code: 200 },
  } satisfies AuditEvent;
}

/** The rbac/ file of every subject after one run whose test namespace is `ns`. */
function rbacFiles(ns: string, fold: string): Map<string, string> {
  const pass = new InsightPass({ rbac: {}, rbacFoldNamespaces: parseFoldGlobs(fold) });
  pass.addEvent(request('1', 'jane', 'list', 'pods', ns));
  pass.addEvent(request('2', `system:serviceaccount:${ns}:op`, 'get', 'configmaps', ns));
  pass.addEvent(request('3', 'jane', 'get', 'secrets', 'default'));
  const results = pass.finish();
  return new Map(
    (results.rbac?.subjects ?? []).map((s) => [s.subject, rbacYaml(s, { run: results.run })]),
  );
}

describe('fold-namespaces for the RBAC', () => {
  it('gives the same rbac/ files whatever random namespace a run made', () => {
    const first = rbacFiles('e2e-x7k2', 'e2e-*');
    expect([...first.keys()].sort()).toEqual(['jane', 'system:serviceaccount:e2e-*:op']);
    expect(rbacFiles('e2e-q9z1', 'e2e-*')).toEqual(first);
    // Without folding, each run names its own namespace and service account.
    expect(rbacFiles('e2e-q9z1', '')).not.toEqual(rbacFiles('e2e-x7k2', ''));
  });

  it('writes only valid objects: a glob namespace becomes a ClusterRole to bind in each match', () => {
    const files = rbacFiles('e2e-x7k2', 'e2e-*');
    const jane = files.get('jane') ?? '';
    const objects = parseAllDocuments(jane).map(
      (d) => d.toJS() as { kind: string; metadata: { name: string; namespace?: string } },
    );
    const named = (o: (typeof objects)[number]) =>
      `${o.kind} ${JSON.stringify({ name: o.metadata.name, namespace: o.metadata.namespace })}`;
    expect(objects.map(named)).toEqual([
      'Role {"name":"kind-audit:jane","namespace":"default"}',
      'ClusterRole {"name":"kind-audit:jane:e2e-*"}',
      'RoleBinding {"name":"kind-audit:jane","namespace":"default"}',
    ]);
    expect(jane).toContain(
      '# In each namespace matching "e2e-*", bind the ClusterRole "kind-audit:jane:e2e-*" with a RoleBinding.',
    );
    // A service account of a folded namespace cannot be a binding's subject: no binding, a note.
    const op = files.get('system:serviceaccount:e2e-*:op') ?? '';
    const kinds = parseAllDocuments(op).map((d) => (d.toJS() as { kind: string }).kind);
    expect(kinds).toEqual(['ClusterRole']);
    expect(op).toContain("# The subject's own namespace was folded");
  });
});
