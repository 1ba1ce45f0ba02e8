import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RbacGenerator } from '../../../src/insight/rbac/generator.js';
import { rbacYaml } from '../../../src/insight/rbac/manifest.js';
import { pathRequest, resourceRequest as r, TEST_RUN } from './requests.js';

describe('RbacGenerator', () => {
  it('keeps each distinct permission once, however many requests ask for it', () => {
    const generator = new RbacGenerator();
    for (let i = 0; i < 20_000; i++)
      generator.add(r({ verb: 'get', resource: 'pods', namespace: 'a', name: `p${i % 3}` }));
    const [bob] = generator.result().subjects;
    expect(bob).toMatchObject({ subject: 'bob', requests: 20_000, permissions: 3 });
  });

  it('stops keeping new permissions at its bound and says how many it left out', () => {
    const generator = new RbacGenerator({ maxPermissions: 5 });
    for (let i = 0; i < 8; i++) generator.add(pathRequest('get', `/p${i}`));
    generator.add(pathRequest('get', '/p0'));
    const result = generator.result();
    expect(result.dropped).toBe(3);
    expect(result.subjects[0]?.permissions).toBe(5);
    expect(result.subjects[0]?.requests).toBe(9);
  });

  it('takes the subjects it is asked for, and only those with a name', () => {
    const generator = new RbacGenerator({
      wants: (q) => q.user.startsWith('system:serviceaccount:'),
    });
    generator.add(r({ verb: 'list', resource: 'pods', user: 'alice' }));
    generator.add(r({ verb: 'list', resource: 'pods', user: 'system:serviceaccount:a:b' }));
    generator.add(r({ verb: 'list', resource: 'pods', user: '' }));
    expect(generator.subjects()).toEqual(['system:serviceaccount:a:b']);
    expect(generator.result(['nobody', 'system:serviceaccount:a:b']).subjects).toHaveLength(1);
  });

  it('prints the same bytes whatever the order of the requests', () => {
    const requests = [
      r({ verb: 'get', resource: 'pods', namespace: 'b', name: 'x' }),
      r({ verb: 'watch', resource: 'deployments', apiGroup: 'apps', namespace: 'a' }),
      r({
        verb: 'update',
        resource: 'leases',
        apiGroup: 'coordination.k8s.io',
        namespace: 'a',
        name: 'l',
      }),
      pathRequest('get', '/metrics'),
      r({ verb: 'list', resource: 'nodes' }),
    ];
    const print = (list: typeof requests) => {
      const generator = new RbacGenerator();
      for (const q of list) generator.add(q);
      return generator
        .result()
        .subjects.map((s) => rbacYaml(s, { run: TEST_RUN }))
        .join('');
    };
    expect(print([...requests].reverse())).toBe(print(requests));
  });

  it('writes hostile names as YAML that reads back to the same strings', () => {
    const subject = 'evil\n- kind: User\n  name: admin # "\u0085\u2028\u009b[31m';
    const name = 'x: y\n---\nkind: ClusterRoleBinding';
    const generator = new RbacGenerator();
    generator.add(r({ verb: 'get', resource: 'secrets', namespace: 'a', name, user: subject }));
    generator.add(pathRequest('get', '/a b#c', subject));
    const text = rbacYaml(generator.result().subjects[0]!, { run: TEST_RUN });
    const docs = parseAllDocuments(text).map((d) => {
      expect(d.errors).toEqual([]);
      return d.toJS() as { kind: string; rules?: unknown[]; subjects?: { name: string }[] };
    });
    expect(docs.map((d) => d.kind)).toEqual([
      'Role',
      'ClusterRole',
      'RoleBinding',
      'ClusterRoleBinding',
    ]);
    expect(docs[0]?.rules).toEqual([
      { apiGroups: [''], resourceNames: [name], resources: ['secrets'], verbs: ['get'] },
    ]);
    expect(docs[1]?.rules).toEqual([{ nonResourceURLs: ['/a b#c'], verbs: ['get'] }]);
    expect(docs[2]?.subjects).toEqual([
      { kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: subject },
    ]);
    // The comment heading the file stays one line, and the two lines of the run follow it.
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^# RBAC for ".*", from 2 requests/);
    expect(lines[1]).toBe('# Run 0123456789ab; to delete every object it generated:');
    expect(lines[2]).toMatch(/^# {3}kubectl delete /);
    expect(lines[3]).toBe('apiVersion: rbac.authorization.k8s.io/v1');
  });
});
