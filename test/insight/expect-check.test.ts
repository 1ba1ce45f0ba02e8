import { describe, expect, test } from 'vitest';
import {
  compileGlob,
  coverageGaps,
  ExpectationChecker,
  parseExpectations,
} from '../../src/insight/expect/index.js';
import { readRequests } from '../../src/insight/read-requests.js';
import { PendingRequests } from '../../src/logs/events/pending.js';
import { requestOf, type Request } from '../../src/logs/events/request.js';
import { loadPolicy, presetPolicy } from '../../src/policy/index.js';
import { checkPolicy } from '../../src/policy/validate.js';

const DEMO = new URL('../fixtures/audit-logs/audit2rbac-demo.log', import.meta.url).pathname;
const FALCO = new URL('../fixtures/audit-logs/falco-k8s-audit', import.meta.url).pathname;

async function check(yaml: string, paths: string[]) {
  const checker = new ExpectationChecker(parseExpectations(yaml, 'x'));
  for await (const request of readRequests(paths)) checker.add(request);
  return checker.result();
}

const req = (fields: Partial<Request>): Request => ({
  ...requestOf({ stage: 'ResponseComplete' }),
  ...fields,
});

describe('compileGlob', () => {
  test.each([
    ['system:serviceaccount:app:*', 'system:serviceaccount:app:op', true],
    ['system:serviceaccount:app:*', 'system:serviceaccount:apps:op', false],
    ['*', '', true],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'aXbYbZc', true],
    ['a*b*c', 'acb', false],
    ['ab*ba', 'aba', false],
    ['a*b*b', 'ab', false],
    ['a*b*b', 'abb', true],
    ['*.apps', 'deployments.apps', true],
    ['pods', 'pods/exec', false],
    ['a.c', 'abc', false],
    ['(a+)+$', '(a+)+$', true],
  ])('%s matches %j: %s', (glob, value, wanted) => {
    expect(compileGlob(glob).matches(value)).toBe(wanted);
  });

  test('is linear on hostile input: many stars against a long value that almost matches', () => {
    const glob = compileGlob(`${'a*'.repeat(50)}b`);
    const started = Date.now();
    expect(glob.matches('a'.repeat(200_000))).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('ExpectationChecker', () => {
  test('on audit2rbac demo log: a forbid on secrets is violated by alice, with her request', async () => {
    const result = await check(
      `- name: nobody lists secrets
  forbid: {verb: [list, watch], resource: secrets}
- name: bob lists pods in default
  require: {user: bob, verb: list, resource: pods, namespace: default, code: 200}
- name: nobody deletes
  forbid: {verb: delete}
`,
      [DEMO],
    );
    expect(result.requests).toBe(37);
    expect(result.violated).toBe(1);
    expect(result.expectations).toEqual([
      {
        name: 'nobody lists secrets',
        kind: 'forbid',
        violated: true,
        matched: 1,
        offending: [
          {
            time: expect.any(String) as string,
            user: 'alice',
            verb: 'list',
            uri: '/api/v1/namespaces/ns1/secrets',
            code: 403,
          },
        ],
      },
      {
        name: 'bob lists pods in default',
        kind: 'require',
        violated: false,
        matched: 2,
        offending: [],
      },
      { name: 'nobody deletes', kind: 'forbid', violated: false, matched: 0, offending: [] },
    ]);
  });

  test('a require that nothing matches is violated; the subject is the impersonated user', async () => {
    const result = await check(
      `- {name: admin acted, require: {user: system:admin}}
- {name: a service account of ns1, require: {user: "system:serviceaccount:ns1:*", userGroup: system:authenticated}}
- {name: discovery, require: {path: /apis*, verb: get}}`,
      [DEMO],
    );
    expect(result.expectations.map((e) => [e.name, e.violated, e.matched])).toEqual([
      ['admin acted', true, 0],
      ['a service account of ns1', false, 5],
      ['discovery', false, 21],
    ]);
  });

  test('on falco logs: pods does not match pods/exec, and exec is seen once at ResponseStarted', async () => {
    const result = await check(
      `- {name: no pod reads, forbid: {resource: pods, verb: create, user: minikube-user}}
- {name: no exec, forbid: {resource: pods/exec}}
- {name: no secrets in default, forbid: {resource: secrets, namespace: default}}
- {name: no RBAC writes, forbid: {resource: "clusterroles.rbac.authorization.k8s.io", verb: [create, patch]}}
- {name: core clusterroles, forbid: {resource: clusterroles}}`,
      [FALCO],
    );
    expect(result.expectations.map((e) => [e.name, e.matched])).toEqual([
      ['no pod reads', 0],
      ['no exec', 1],
      ['no secrets in default', 2],
      ['no RBAC writes', 6],
      ['core clusterroles', 0],
    ]);
    expect(result.expectations[1]?.offending[0]).toMatchObject({
      verb: 'create',
      uri: '/api/v1/namespaces/default/pods/nginx-deployment-7998647bdf-phvq7/exec',
      code: 101,
    });
  });

  test('a request written at several stages matches once', () => {
    const checker = new ExpectationChecker(
      parseExpectations('- {name: no exec, forbid: {resource: pods/exec}}', 'x'),
    );
    const stages = new PendingRequests({
      count: (request) => checker.add(request),
      settled: () => undefined,
    });
    const exec = {
      auditID: 'e1',
      verb: 'create',
      objectRef: { resource: 'pods', subresource: 'exec', namespace: 'app' },
    };
    for (const stage of ['RequestReceived', 'ResponseStarted', 'ResponseComplete'])
      stages.add(requestOf({ ...exec, stage }), '', 0);
    stages.end(1);
    expect(checker.result().expectations[0]).toMatchObject({ violated: true, matched: 1 });
  });

  test('keeps at most the cap of offending requests, counting all of them', () => {
    const checker = new ExpectationChecker(
      parseExpectations('- {name: no gets, forbid: {verb: get}}', 'x'),
      3,
    );
    for (let i = 0; i < 10; i++) checker.add(req({ verb: 'get', user: `u${i}`, path: '/x' }));
    const [only] = checker.result().expectations;
    expect(only?.matched).toBe(10);
    expect(only?.offending.map((o) => o.user)).toEqual(['u0', 'u1', 'u2']);
  });

  test('path matches non-resource requests only, resource matches resource requests only', () => {
    const checker = new ExpectationChecker(
      parseExpectations(
        '- {name: p, forbid: {path: "*"}}\n- {name: r, forbid: {resource: "*"}}',
        'x',
      ),
    );
    checker.add(req({ verb: 'get', path: '/metrics' }));
    checker.add(req({ verb: 'get', resource: 'pods', path: '/api/v1/pods' }));
    checker.add(req({ verb: 'get', resource: 'pods', path: '/api/v1/pods' }));
    expect(checker.result().expectations.map((e) => e.matched)).toEqual([1, 2]);
  });

  test('namespace "" matches cluster-scoped requests only; userGroup any of the groups', () => {
    const checker = new ExpectationChecker(
      parseExpectations(
        '- {name: c, forbid: {namespace: ""}}\n- {name: g, forbid: {userGroup: b}}',
        'x',
      ),
    );
    checker.add(req({ resource: 'nodes', groups: ['a', 'b'] }));
    checker.add(req({ resource: 'pods', namespace: 'x', groups: ['a'] }));
    expect(checker.result().expectations.map((e) => e.matched)).toEqual([1, 1]);
  });
});

describe('coverageGaps', () => {
  const recommended = checkPolicy(presetPolicy('recommended')).policy;
  if (!recommended) throw new Error('the preset must load');

  test('the recommended preset drops events: a require on create events checks nothing', () => {
    const gaps = coverageGaps(
      parseExpectations(
        `- {name: events made, require: {verb: create, resource: events}}
- {name: new events API, forbid: {resource: events.events.k8s.io}}
- {name: secrets read, forbid: {resource: secrets, verb: get}}
- {name: no probes, forbid: {path: [/healthz, /metrics]}}`,
        'x',
      ),
      recommended,
    );
    expect(gaps.map((g) => [g.name, g.none, g.unrecorded])).toEqual([
      ['events made', true, ['create events -n default']],
      [
        'new events API',
        true,
        [
          'get events.events.k8s.io -n default',
          'list events.events.k8s.io -n default',
          'watch events.events.k8s.io -n default',
        ],
      ],
      ['no probes', false, ['get /healthz']],
    ]);
    expect(gaps[0]?.message).toContain('checks nothing');
    expect(gaps[0]?.message).toContain('fails whatever the code does');
    expect(gaps[2]?.message).toContain('checked only in part');
  });

  test('a policy that omits ResponseComplete cannot show a response code', async () => {
    const loaded = await loadPolicy(
      { kind: 'level', level: 'Metadata' },
      { omitStages: ['ResponseStarted', 'ResponseComplete'] },
      '.',
    );
    const expectations = parseExpectations(
      '- {name: no denials, forbid: {code: 403}}\n- {name: no deletes, forbid: {verb: delete}}',
      'x',
    );
    expect(coverageGaps(expectations, loaded.policy).map((g) => g.name)).toEqual(['no denials']);
  });
});
