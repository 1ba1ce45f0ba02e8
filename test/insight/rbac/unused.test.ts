import { describe, expect, it } from 'vitest';
import { attributesOf } from '../../../src/insight/rbac/attributes.js';
import { RbacGenerator } from '../../../src/insight/rbac/generator.js';
import type { Attributes } from '../../../src/insight/rbac/policy-rule.js';
import { unusedPermissions } from '../../../src/insight/rbac/unused.js';
import { pathRequest, resourceRequest as r } from './requests.js';

const used = (...requests: ReturnType<typeof r>[]): Attributes[] =>
  requests.map((q) => attributesOf(q)).filter((a): a is Attributes => a !== undefined);

describe('unusedPermissions (granted but unused)', () => {
  it('lists each held permission no request used, in the scope it is held', () => {
    const granted = [
      {
        namespace: 'app',
        rules: [
          { verbs: ['get', 'list', 'delete'], apiGroups: [''], resources: ['pods', 'secrets'] },
        ],
      },
      { namespace: '', rules: [{ verbs: ['get'], nonResourceURLs: ['/metrics', '/logs/*'] }] },
    ];
    const requests = used(
      r({ verb: 'get', resource: 'pods', namespace: 'app', name: 'p' }),
      r({ verb: 'list', resource: 'pods', namespace: 'app' }),
      // Outside the Role's namespace: does not use it.
      r({ verb: 'get', resource: 'secrets', namespace: 'other', name: 's' }),
      pathRequest('get', '/logs/kubelet'),
    );
    expect(unusedPermissions(granted, requests)).toEqual([
      { namespace: '', rule: { verbs: ['get'], nonResourceURLs: ['/metrics'] } },
      { namespace: 'app', rule: { verbs: ['delete'], apiGroups: [''], resources: ['pods'] } },
      { namespace: 'app', rule: { verbs: ['delete'], apiGroups: [''], resources: ['secrets'] } },
      { namespace: 'app', rule: { verbs: ['get'], apiGroups: [''], resources: ['secrets'] } },
      { namespace: 'app', rule: { verbs: ['list'], apiGroups: [''], resources: ['secrets'] } },
    ]);
  });

  it('counts a wildcard as one permission, used by any request under it; names one by one', () => {
    const granted = [
      { namespace: '', rules: [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }] },
      {
        namespace: 'app',
        rules: [
          { verbs: ['get'], apiGroups: [''], resources: ['configmaps'], resourceNames: ['a', 'b'] },
        ],
      },
    ];
    const requests = used(
      r({ verb: 'create', resource: 'jobs', apiGroup: 'batch', namespace: 'x' }),
      r({ verb: 'get', resource: 'configmaps', namespace: 'app', name: 'a' }),
    );
    expect(unusedPermissions(granted, requests)).toEqual([
      {
        namespace: 'app',
        rule: { verbs: ['get'], apiGroups: [''], resources: ['configmaps'], resourceNames: ['b'] },
      },
    ]);
    expect(unusedPermissions(granted, [])).toHaveLength(3);
  });

  it("takes a generator's kept requests for a subject", () => {
    const generator = new RbacGenerator();
    generator.add(r({ verb: 'list', resource: 'pods', namespace: 'app', code: 403 }));
    const granted = [
      {
        namespace: 'app',
        rules: [{ verbs: ['list', 'watch'], apiGroups: [''], resources: ['pods'] }],
      },
    ];
    expect(unusedPermissions(granted, generator.requestsOf('bob'))).toEqual([
      { namespace: 'app', rule: { verbs: ['watch'], apiGroups: [''], resources: ['pods'] } },
    ]);
  });
});
