import { describe, expect, it } from 'vitest';
import { grantsOf, permissionLine, type RbacLists } from '../../../src/insight/rbac/grants.js';
import { unusedPermissions } from '../../../src/insight/rbac/unused.js';

const list = (items: unknown[]) => ({ kind: 'List', items });

const LISTS: RbacLists = {
  clusterRoles: list([
    {
      metadata: { name: 'reader' },
      rules: [{ verbs: ['get', 'list'], apiGroups: [''], resources: ['pods'] }],
    },
    { metadata: { name: 'metrics' }, rules: [{ verbs: ['get'], nonResourceURLs: ['/metrics'] }] },
    // Damaged objects from a hostile cluster are skipped, never trusted.
    { metadata: { name: 'broken' }, rules: [{ verbs: 'get', resources: 7 }, 'x', null] },
  ]),
  roles: list([
    {
      metadata: { namespace: 'app', name: 'secrets' },
      rules: [
        { verbs: ['get'], apiGroups: [''], resources: ['secrets'], resourceNames: ['db\tpass'] },
      ],
    },
  ]),
  clusterRoleBindings: list([
    {
      metadata: { name: 'op-metrics' },
      roleRef: { kind: 'ClusterRole', name: 'metrics' },
      subjects: [{ kind: 'ServiceAccount', namespace: 'app', name: 'op' }],
    },
    {
      metadata: { name: 'everyone' },
      roleRef: { kind: 'ClusterRole', name: 'reader' },
      subjects: [{ kind: 'Group', name: 'system:authenticated' }],
    },
  ]),
  roleBindings: list([
    {
      metadata: { namespace: 'app', name: 'op-secrets' },
      roleRef: { kind: 'Role', name: 'secrets' },
      // A RoleBinding's ServiceAccount without a namespace is the binding's own.
      subjects: [{ kind: 'ServiceAccount', name: 'op' }],
    },
    {
      metadata: { namespace: 'app', name: 'op-reader' },
      roleRef: { kind: 'ClusterRole', name: 'reader' },
      subjects: [
        { kind: 'ServiceAccount', name: 'op' },
        { kind: 'User', name: 'jane' },
      ],
    },
  ]),
};

const OP = 'system:serviceaccount:app:op';

describe('grantsOf', () => {
  it("reads what the cluster binds to a subject by name, each in its binding's scope", () => {
    expect(grantsOf(OP, LISTS)).toEqual([
      { namespace: '', rules: [{ verbs: ['get'], nonResourceURLs: ['/metrics'] }] },
      {
        namespace: 'app',
        rules: [
          { verbs: ['get'], apiGroups: [''], resources: ['secrets'], resourceNames: ['db\tpass'] },
        ],
      },
      {
        namespace: 'app',
        rules: [{ verbs: ['get', 'list'], apiGroups: [''], resources: ['pods'] }],
      },
    ]);
    // Groups are not followed: jane holds only her RoleBinding.
    expect(grantsOf('jane', LISTS)).toHaveLength(1);
    expect(grantsOf('nobody', LISTS)).toEqual([]);
    expect(
      grantsOf(OP, { clusterRoles: 7, roles: null, clusterRoleBindings: 'x', roleBindings: {} }),
    ).toEqual([]);
  });

  it('with unusedPermissions, lists what was granted and never used, names escaped', () => {
    const unused = unusedPermissions(grantsOf(OP, LISTS), [
      {
        kind: 'resource',
        verb: 'list',
        apiGroup: '',
        resource: 'pods',
        subresource: '',
        namespace: 'app',
        name: '',
      },
    ]).map(permissionLine);
    expect(unused.sort()).toEqual([
      '-\tget\t/metrics',
      'app\tget\tpods',
      'app\tget\tsecrets\tdb\\tpass',
    ]);
  });
});
