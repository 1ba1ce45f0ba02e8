// Proof, not assumption: the generated YAML is loaded into an RBAC authorizer written from
// Kubernetes' matching rules (./rbac-evaluator.ts). Every request a subject made must be allowed;
// requests of the same shape it never made must not be, unless a generalisation says so.
import { describe, expect, it } from 'vitest';
import { readRequests } from '../../../src/insight/read-requests.js';
import {
  DEFAULT_GENERALIZE,
  type GeneralizeOptions,
} from '../../../src/insight/rbac/minimal-rules.js';
import { RbacGenerator, type SubjectRbac } from '../../../src/insight/rbac/generator.js';
import { rbacYaml } from '../../../src/insight/rbac/manifest.js';
import { requestOf, type Request } from '../../../src/logs/events/request.js';
import { authorizerOf, type Ask } from './rbac-evaluator.js';
import { pathRequest, resourceRequest as r, TEST_RUN } from './requests.js';

const DEMO = 'test/fixtures/audit-logs/audit2rbac-demo.log';

function generate(requests: Request[], generalize: GeneralizeOptions = DEFAULT_GENERALIZE) {
  const generator = new RbacGenerator({ generalize });
  for (const request of requests) generator.add(request);
  return generator.result().subjects;
}

const askOf = (q: Request): Ask =>
  q.resourceName
    ? {
        user: q.user,
        verb: q.verb,
        apiGroup: q.apiGroup,
        resource: q.resourceName,
        subresource: q.subresource,
        namespace: q.namespace,
        name: q.verb === 'create' ? '' : q.name,
      }
    : { user: q.user, verb: q.verb, path: q.path };

const yamlOf = (subjects: SubjectRbac[]) => subjects.map((s) => rbacYaml(s, { run: TEST_RUN }));

describe('RBAC generated from the audit2rbac demo log', () => {
  it("grants alice what audit2rbac's README publishes: get, list, watch configmaps, pods, secrets in ns1", async () => {
    const requests: Request[] = [];
    for await (const q of readRequests([DEMO])) requests.push(q);
    const subjects = generate(requests);
    const alice = subjects.find((s) => s.subject === 'alice');
    expect(alice?.clusterRules).toEqual([]);
    expect(alice?.roles).toEqual([
      {
        namespace: 'ns1',
        rules: [
          {
            verbs: ['get', 'list', 'watch'],
            apiGroups: [''],
            resources: ['configmaps', 'pods', 'secrets'],
          },
        ],
      },
    ]);
    const yaml = rbacYaml(alice as SubjectRbac, { run: TEST_RUN });
    expect(yaml).toContain('kind: RoleBinding');
    expect(yaml).toMatch(
      /subjects:\n {2}- kind: User\n {4}apiGroup: rbac.authorization.k8s.io\n {4}name: alice/,
    );

    // Every request of every subject (denied ones included) is allowed by its own RBAC.
    const allow = authorizerOf(...yamlOf(subjects));
    for (const q of requests) expect(allow(askOf(q)), `${q.user} ${q.verb} ${q.path}`).toBe(true);
    // Nothing alice never asked for.
    const alices = (verb: string, resource: string, namespace: string) =>
      allow({ user: 'alice', verb, apiGroup: '', resource, namespace });
    expect(alices('list', 'pods', 'ns2')).toBe(false);
    expect(alices('delete', 'pods', 'ns1')).toBe(false);
    expect(alices('list', 'services', 'ns1')).toBe(false);
    expect(alices('list', 'pods', '')).toBe(false);
    expect(allow({ user: 'alice', verb: 'get', path: '/metrics' })).toBe(false);
    // Subjects are bound by name: bob's grants are not alice's.
    expect(alices('list', 'nodes', '')).toBe(false);
    expect(subjects.map((s) => s.subject)).toEqual([
      'alice',
      'bob',
      'system:serviceaccount:ns1:sa1',
    ]);
  });
});

describe("audit2rbac's TestProcess requests (pkg/process_test.go)", () => {
  const requests = [
    pathRequest('get', '/api'),
    pathRequest('get', '/apis'),
    pathRequest('get', '/ui'),
    r({ verb: 'create', resource: 'nodes' }),
    ...['node1', 'node2'].flatMap((name) => [
      r({ verb: 'get', resource: 'nodes', name }),
      r({ verb: 'update', resource: 'nodes', name }),
    ]),
    r({ verb: 'list', resource: 'nodes' }),
    r({ verb: 'watch', resource: 'nodes' }),
    r({ verb: 'list', resource: 'pods' }),
    r({ verb: 'watch', resource: 'pods' }),
    ...[
      ['ns1', 'pod1'],
      ['ns1', 'pod2'],
      ['ns2', 'pod3'],
      ['ns2', 'pod4'],
    ].flatMap(([namespace, name]) => [
      r({ verb: 'get', resource: 'pods', namespace, name }),
      r({ verb: 'update', resource: 'pods', subresource: 'status', namespace, name }),
    ]),
    r({ verb: 'create', resource: 'configmaps', namespace: 'kube-system' }),
    r({ verb: 'get', resource: 'configmaps', namespace: 'kube-system', name: 'mylock' }),
    r({ verb: 'update', resource: 'configmaps', namespace: 'kube-system', name: 'mylock' }),
    r({ verb: 'list', resource: 'configmaps', namespace: 'kube-system' }),
    r({ verb: 'watch', resource: 'configmaps', namespace: 'kube-system' }),
  ];

  it('allows every request; the lock stays in its namespace, pods across namespaces go cluster-wide', () => {
    const subjects = generate(requests);
    const allow = authorizerOf(...yamlOf(subjects));
    for (const q of requests) expect(allow(askOf(q)), `${q.verb} ${q.resource}`).toBe(true);
    const ask = (verb: string, resource: string, namespace: string, name = '', subresource = '') =>
      allow({ user: 'bob', verb, apiGroup: '', resource, namespace, name, subresource });
    expect(ask('update', 'configmaps', 'kube-system', 'mylock')).toBe(true);
    expect(ask('update', 'configmaps', 'default', 'mylock')).toBe(false);
    expect(ask('update', 'configmaps', 'kube-system', 'other')).toBe(false);
    expect(ask('get', 'pods', 'ns9', 'pod9')).toBe(true); // generalised: names and namespaces
    expect(ask('update', 'pods', 'ns9', 'pod9', 'status')).toBe(true);
    expect(ask('update', 'pods', 'ns1', 'pod1')).toBe(false); // status only, not the pod
    expect(ask('delete', 'nodes', '', 'node1')).toBe(false);
    expect(allow({ user: 'bob', verb: 'get', path: '/ui' })).toBe(true);
    expect(allow({ user: 'bob', verb: 'get', path: '/ui/x' })).toBe(false);
    // Discovery needs no grant: Kubernetes' default roles give it to everyone.
    expect(yamlOf(subjects).join('')).not.toMatch(/- \/api/);
  });
});

/**
 * What a subject may do by the documented rules: a made request, with its verb expanded, on its
 * name (any when it named none, or when its shape had two names and names generalise) and in its
 * namespace (any when it named none, or when its shape had two namespaces and they generalise).
 */
function oracle(made: Request[], generalize: GeneralizeOptions, ask: Ask): boolean {
  const EXPAND: Record<string, string[]> = {
    watch: ['get', 'list'],
    list: ['get', 'watch'],
    update: ['get', 'patch'],
    patch: ['get', 'update'],
  };
  if ('path' in ask)
    return made.some(
      (m) =>
        !m.resourceName &&
        m.path === ask.path &&
        [m.verb, ...(EXPAND[m.verb] ?? [])].includes(ask.verb),
    );
  return made.some((m) => {
    if (m.resourceName !== ask.resource || m.apiGroup !== ask.apiGroup) return false;
    if (m.subresource !== (ask.subresource ?? '')) return false;
    if (![m.verb, ...(EXPAND[m.verb] ?? [])].includes(ask.verb)) return false;
    const name = m.verb === 'create' ? '' : m.name;
    const shape = made.filter(
      (o) =>
        o.verb === m.verb &&
        o.resourceName === m.resourceName &&
        o.apiGroup === m.apiGroup &&
        o.subresource === m.subresource &&
        (generalize.names || o.name === m.name) &&
        (generalize.namespaces || o.namespace === m.namespace),
    );
    const nameOk =
      name === '' ||
      name === ask.name ||
      (generalize.names && shape.some((o) => o.name !== '' && o.name !== name));
    const nsOk =
      m.namespace === '' ||
      m.namespace === ask.namespace ||
      (generalize.namespaces &&
        shape.some((o) => o.namespace !== '' && o.namespace !== m.namespace));
    return nameOk && nsOk;
  });
}

describe('generated rules against every request of the same shape', () => {
  // Requests chosen so that no generalisation is hidden behind a broader grant.
  const made = [
    r({ verb: 'get', resource: 'secrets', namespace: 'a', name: 's1', code: 403 }),
    r({ verb: 'get', resource: 'configmaps', namespace: 'a', name: 'c1' }),
    r({ verb: 'get', resource: 'configmaps', namespace: 'a', name: 'c2' }),
    r({ verb: 'patch', resource: 'deployments', apiGroup: 'apps', namespace: 'a', name: 'd1' }),
    r({ verb: 'patch', resource: 'deployments', apiGroup: 'apps', namespace: 'b', name: 'd1' }),
    r({ verb: 'create', resource: 'pods', subresource: 'eviction', namespace: 'b', name: 'p1' }),
    r({ verb: 'list', resource: 'nodes' }),
    r({
      verb: 'delete',
      resource: 'leases',
      apiGroup: 'coordination.k8s.io',
      namespace: 'b',
      name: 'l',
    }),
    pathRequest('get', '/metrics'),
  ];
  const VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'];
  const TARGETS: [string, string, string][] = [
    ['', 'secrets', ''],
    ['', 'configmaps', ''],
    ['apps', 'deployments', ''],
    ['', 'pods', ''],
    ['', 'pods', 'eviction'],
    ['', 'nodes', ''],
    ['coordination.k8s.io', 'leases', ''],
  ];
  const grid: Ask[] = VERBS.flatMap((verb) => [
    ...TARGETS.flatMap(([apiGroup, resource, subresource]) =>
      ['', 'a', 'b', 'c'].flatMap((namespace) =>
        ['', 's1', 'c1', 'c3', 'd1', 'p1', 'l', 'x'].map((name) => ({
          user: 'bob',
          verb,
          apiGroup,
          resource,
          subresource,
          namespace,
          name,
        })),
      ),
    ),
    ...['/metrics', '/metrics/x', '/logs'].map((path) => ({ user: 'bob', verb, path })),
  ]);

  it.each([
    { names: false, namespaces: false },
    { names: true, namespaces: false },
    { names: false, namespaces: true },
    { names: true, namespaces: true },
  ])('allows exactly what the rules say, names $names, namespaces $namespaces', (generalize) => {
    const allow = authorizerOf(...yamlOf(generate(made, generalize)));
    for (const q of made) expect(allow(askOf(q))).toBe(true);
    const wrong = grid.filter((ask) => allow(ask) !== oracle(made, generalize, ask));
    expect(wrong).toEqual([]);
    // The grid holds requests on both sides of the line.
    expect(grid.filter(allow).length).toBeGreaterThan(20);
    expect(grid.filter((a) => !allow(a)).length).toBeGreaterThan(1000);
  });

  it('generalises only when asked: two names of configmaps, one deployment in two namespaces', () => {
    const on = authorizerOf(...yamlOf(generate(made)));
    const off = authorizerOf(...yamlOf(generate(made, { names: false, namespaces: false })));
    const cm3 = {
      user: 'bob',
      verb: 'get',
      apiGroup: '',
      resource: 'configmaps',
      namespace: 'a',
      name: 'c3',
    };
    const d1c = {
      user: 'bob',
      verb: 'patch',
      apiGroup: 'apps',
      resource: 'deployments',
      namespace: 'c',
      name: 'd1',
    };
    expect([on(cm3), off(cm3)]).toEqual([true, false]);
    expect([on(d1c), off(d1c)]).toEqual([true, false]);
  });
});

describe('what goes into the rules', () => {
  const event = (fields: Record<string, unknown>) =>
    requestOf({
      auditID: 'x',
      stage: 'ResponseComplete',
      verb: 'get',
      user: { username: 'bob' },
      ...fields,
    });

  it('a create is not limited by the name its event records', () => {
    const [bob] = generate([
      event({ verb: 'create', objectRef: { resource: 'configmaps', namespace: 'a', name: 'new' } }),
    ]);
    expect(bob?.roles).toEqual([
      {
        namespace: 'a',
        rules: [{ verbs: ['create'], apiGroups: [''], resources: ['configmaps'] }],
      },
    ]);
  });

  it('a non-resource rule names the path, never the query', () => {
    const [bob] = generate([event({ requestURI: '/metrics?exec=rm%20-rf' })]);
    expect(bob?.clusterRules).toEqual([{ verbs: ['get'], nonResourceURLs: ['/metrics'] }]);
  });

  it('leaves out discovery, health, version, OpenAPI and self-reviews', () => {
    const subjects = generate([
      ...[
        '/api',
        '/api/v1',
        '/apis',
        '/apis/apps/v1',
        '/healthz',
        '/livez',
        '/readyz',
        '/version',
        '/openapi/v2',
        '/openapi/v3/apis/apps/v1',
      ].map((p) => pathRequest('get', p)),
      r({ verb: 'create', resource: 'selfsubjectaccessreviews', apiGroup: 'authorization.k8s.io' }),
      r({ verb: 'create', resource: 'selfsubjectrulesreviews', apiGroup: 'authorization.k8s.io' }),
      r({ verb: 'create', resource: 'selfsubjectreviews', apiGroup: 'authentication.k8s.io' }),
    ]);
    expect(subjects.map((s) => [s.clusterRules, s.roles])).toEqual([[[], []]]);
    expect(rbacYaml(subjects[0] as SubjectRbac, { run: TEST_RUN })).toContain(
      'default roles already allow every request',
    );
    // A POST to a discovery path, or a subject access review of others, is not a default grant.
    const [more] = generate([
      pathRequest('post', '/api'),
      r({ verb: 'create', resource: 'subjectaccessreviews', apiGroup: 'authorization.k8s.io' }),
    ]);
    expect(more?.clusterRules.length).toBe(2);
  });

  it('binds service accounts as ServiceAccount, users as User; leaves out components', () => {
    const subjects = generate([
      r({ verb: 'list', resource: 'pods', user: 'system:serviceaccount:app:operator' }),
      r({ verb: 'list', resource: 'pods', user: 'system:serviceaccount:App:x:y' }),
      { ...r({ verb: 'list', resource: 'pods', user: 'system:kube-scheduler' }), component: true },
    ]);
    expect(subjects.map((s) => s.subject)).toEqual([
      'system:serviceaccount:App:x:y',
      'system:serviceaccount:app:operator',
    ]);
    const [odd, operator] = subjects.map((s) => rbacYaml(s, { run: TEST_RUN }));
    expect(operator).toMatch(/- kind: ServiceAccount\n {4}name: operator\n {4}namespace: app\n/);
    expect(odd).toMatch(
      /- kind: User\n {4}apiGroup: rbac.authorization.k8s.io\n {4}name: system:serviceaccount:App:x:y\n/,
    );
    const allow = authorizerOf(operator ?? '');
    expect(
      allow({
        user: 'system:serviceaccount:app:operator',
        verb: 'list',
        apiGroup: '',
        resource: 'pods',
      }),
    ).toBe(true);
  });
});
