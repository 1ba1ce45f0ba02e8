// The cases of audit2rbac's own tests, TestProcessOptions in pkg/process_test.go
// (github.com/liggitt/audit2rbac, commit 9b0b898): the same requests must come out with the same
// rules. Only the facts (requests, options, expected rules) are copied; audit2rbac names its
// objects "audit2rbac", kind-audit names them after the subject, so the rules are compared.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GENERALIZE,
  type GeneralizeOptions,
} from '../../../src/insight/rbac/minimal-rules.js';
import { RbacGenerator } from '../../../src/insight/rbac/generator.js';
import type { PolicyRule } from '../../../src/insight/rbac/policy-rule.js';
import type { Request } from '../../../src/logs/events/request.js';
import { pathRequest, resourceRequest as r } from './requests.js';

const get = (resource: string, name: string, namespace = '', apiGroup = '') =>
  r({ verb: 'get', resource, name, namespace, apiGroup });
const rule = (verbs: string[], apiGroup: string, resources: string[], names?: string[]) => ({
  verbs,
  apiGroups: [apiGroup],
  resources,
  ...(names ? { resourceNames: names } : {}),
});

interface Case {
  name: string;
  generalize: GeneralizeOptions;
  requests: Request[];
  cluster: PolicyRule[];
  roles: { namespace: string; rules: PolicyRule[] }[];
}
const NO_NAMES = { names: false, namespaces: true };
const NEITHER = { names: false, namespaces: false };

const nsPods = (ns: string, ...names: string[]) => names.map((n) => get('pods', n, ns));
const nsDeps = (ns: string, ...names: string[]) =>
  names.map((n) => get('deployments', n, ns, 'apps'));
const NINE = [
  get('configmaps', 'cm1', 'ns1'),
  ...nsPods('ns2', 'pod1', 'pod2'),
  ...nsPods('ns3', 'pod1', 'pod3'),
  ...nsDeps('ns2', 'dep1', 'dep2'),
  ...nsDeps('ns3', 'dep1', 'dep3'),
];

const CASES: Case[] = [
  { name: 'empty', generalize: DEFAULT_GENERALIZE, requests: [], cluster: [], roles: [] },
  {
    name: 'already allowed by existing',
    generalize: DEFAULT_GENERALIZE,
    requests: [pathRequest('get', '/api'), pathRequest('get', '/apis')],
    cluster: [],
    roles: [],
  },
  {
    name: 'nonresource',
    generalize: DEFAULT_GENERALIZE,
    requests: [pathRequest('get', '/foo')],
    cluster: [{ verbs: ['get'], nonResourceURLs: ['/foo'] }],
    roles: [],
  },
  {
    name: 'cluster-scoped named resource',
    generalize: DEFAULT_GENERALIZE,
    requests: [get('nodes', 'mynode'), get('storageclasses', 'mysc', '', 'storage.k8s.io')],
    cluster: [
      rule(['get'], '', ['nodes'], ['mynode']),
      rule(['get'], 'storage.k8s.io', ['storageclasses'], ['mysc']),
    ],
    roles: [],
  },
  {
    name: 'cluster-scoped named resources with name expansion',
    generalize: DEFAULT_GENERALIZE,
    requests: [
      get('nodes', 'node1'),
      get('nodes', 'node2'),
      get('storageclasses', 'sc1', '', 'storage.k8s.io'),
      get('storageclasses', 'sc2', '', 'storage.k8s.io'),
    ],
    cluster: [rule(['get'], '', ['nodes']), rule(['get'], 'storage.k8s.io', ['storageclasses'])],
    roles: [],
  },
  {
    name: 'cluster-scoped named resources without name expansion',
    generalize: NO_NAMES,
    requests: [
      get('nodes', 'node1'),
      get('nodes', 'node2'),
      get('storageclasses', 'sc1', '', 'storage.k8s.io'),
      get('storageclasses', 'sc2', '', 'storage.k8s.io'),
    ],
    cluster: [
      rule(['get'], '', ['nodes'], ['node1', 'node2']),
      rule(['get'], 'storage.k8s.io', ['storageclasses'], ['sc1', 'sc2']),
    ],
    roles: [],
  },
  {
    name: 'cluster-scoped named resources without name expansion with covering verb expansion',
    generalize: NO_NAMES,
    requests: [
      get('nodes', 'node1'),
      get('nodes', 'node2'),
      get('storageclasses', 'sc1', '', 'storage.k8s.io'),
      get('storageclasses', 'sc2', '', 'storage.k8s.io'),
      r({ verb: 'list', resource: 'nodes' }),
      r({ verb: 'list', resource: 'storageclasses', apiGroup: 'storage.k8s.io' }),
    ],
    cluster: [
      rule(['get', 'list', 'watch'], '', ['nodes']),
      rule(['get', 'list', 'watch'], 'storage.k8s.io', ['storageclasses']),
    ],
    roles: [],
  },
  {
    name: 'namespaced named resources',
    generalize: DEFAULT_GENERALIZE,
    requests: [get('configmaps', 'cm1', 'ns1'), get('pods', 'pod1', 'ns2')],
    cluster: [],
    roles: [
      { namespace: 'ns1', rules: [rule(['get'], '', ['configmaps'], ['cm1'])] },
      { namespace: 'ns2', rules: [rule(['get'], '', ['pods'], ['pod1'])] },
    ],
  },
  {
    name: 'namespaced named resources with namespace and name expansion',
    generalize: DEFAULT_GENERALIZE,
    requests: [
      get('configmaps', 'cm1', 'ns1'),
      ...nsPods('ns1', 'pod1', 'pod2'),
      ...nsPods('ns2', 'pod1', 'pod2'),
      ...nsDeps('ns1', 'dep1', 'dep2'),
      ...nsDeps('ns2', 'dep1', 'dep2'),
    ],
    cluster: [rule(['get'], '', ['pods']), rule(['get'], 'apps', ['deployments'])],
    roles: [{ namespace: 'ns1', rules: [rule(['get'], '', ['configmaps'], ['cm1'])] }],
  },
  {
    name: 'namespaced named resources with namespace expansion',
    generalize: NO_NAMES,
    requests: [
      get('configmaps', 'cm1', 'ns1'),
      ...nsPods('ns2', 'pod1'),
      ...nsPods('ns3', 'pod1'),
      ...nsDeps('ns2', 'dep1'),
      ...nsDeps('ns3', 'dep1'),
      ...nsPods('ns2', 'pod2'),
      ...nsPods('ns3', 'pod3'),
      ...nsDeps('ns2', 'dep2'),
      ...nsDeps('ns3', 'dep3'),
    ],
    cluster: [
      rule(['get'], '', ['pods'], ['pod1']),
      rule(['get'], 'apps', ['deployments'], ['dep1']),
    ],
    roles: [
      { namespace: 'ns1', rules: [rule(['get'], '', ['configmaps'], ['cm1'])] },
      {
        namespace: 'ns2',
        rules: [
          rule(['get'], '', ['pods'], ['pod2']),
          rule(['get'], 'apps', ['deployments'], ['dep2']),
        ],
      },
      {
        namespace: 'ns3',
        rules: [
          rule(['get'], '', ['pods'], ['pod3']),
          rule(['get'], 'apps', ['deployments'], ['dep3']),
        ],
      },
    ],
  },
  {
    name: 'namespaced named resources with name expansion',
    generalize: { names: true, namespaces: false },
    requests: NINE,
    cluster: [],
    roles: [
      { namespace: 'ns1', rules: [rule(['get'], '', ['configmaps'], ['cm1'])] },
      {
        namespace: 'ns2',
        rules: [rule(['get'], '', ['pods']), rule(['get'], 'apps', ['deployments'])],
      },
      {
        namespace: 'ns3',
        rules: [rule(['get'], '', ['pods']), rule(['get'], 'apps', ['deployments'])],
      },
    ],
  },
  {
    name: 'namespaced named resources without name or namespace expansion',
    generalize: NEITHER,
    requests: NINE,
    cluster: [],
    roles: [
      { namespace: 'ns1', rules: [rule(['get'], '', ['configmaps'], ['cm1'])] },
      {
        namespace: 'ns2',
        rules: [
          rule(['get'], '', ['pods'], ['pod1', 'pod2']),
          rule(['get'], 'apps', ['deployments'], ['dep1', 'dep2']),
        ],
      },
      {
        namespace: 'ns3',
        rules: [
          rule(['get'], '', ['pods'], ['pod1', 'pod3']),
          rule(['get'], 'apps', ['deployments'], ['dep1', 'dep3']),
        ],
      },
    ],
  },
  {
    name: 'namespaced named resources without name or namespace expansion with covering cluster operation',
    generalize: NEITHER,
    requests: [
      ...NINE,
      r({ verb: 'list', resource: 'deployments', apiGroup: 'apps' }),
      r({ verb: 'list', resource: 'configmaps' }),
      r({ verb: 'list', resource: 'pods' }),
    ],
    cluster: [
      rule(['get', 'list', 'watch'], '', ['configmaps', 'pods']),
      rule(['get', 'list', 'watch'], 'apps', ['deployments']),
    ],
    roles: [],
  },
];

function rulesOf(generalize: GeneralizeOptions, requests: Request[]) {
  const generator = new RbacGenerator({ generalize });
  for (const request of requests) generator.add(request);
  const [bob] = generator.result().subjects;
  return { cluster: bob?.clusterRules ?? [], roles: bob?.roles ?? [] };
}

describe("audit2rbac's TestProcessOptions cases (pkg/process_test.go)", () => {
  it.each(CASES)('$name', ({ generalize, requests, cluster, roles }) => {
    expect(rulesOf(generalize, requests)).toEqual({ cluster, roles });
  });

  it('gives the same rules whatever the order of the requests', () => {
    for (const c of CASES)
      expect(rulesOf(c.generalize, [...c.requests].reverse())).toEqual({
        cluster: c.cluster,
        roles: c.roles,
      });
  });
});
