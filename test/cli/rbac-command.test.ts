import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorizerOf } from '../insight/rbac/rbac-evaluator.js';
import { cli } from '../support/cli-in-process.js';
import { matchesSelector, objectsOf } from '../support/k8s-labels.js';

const DEMO = 'test/fixtures/audit-logs/audit2rbac-demo.log';

const event = (user: string, verb: string, namespace: string, name: string) =>
  JSON.stringify({
    auditID: `${user}-${verb}-${namespace}-${name}`,
    stage: 'ResponseComplete',
    verb,
    user: { username: user },
    objectRef: { resource: 'configmaps', namespace, name },
    requestURI: `/api/v1/namespaces/${namespace}/configmaps/${name}`,
    responseStatus: { code: 403 },
  });

describe('kind-audit rbac', () => {
  it('folds random namespaces with --fold-namespaces, and refuses a glob that is no namespace', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rbac-fold-'));
    const log = path.join(dir, 'audit.log');
    writeFileSync(log, `${event('jane', 'get', 'e2e-x7k2', 'a')}\n`);
    const folded = await cli(['rbac', log, '--user', 'jane', '--fold-namespaces', 'e2e-*']);
    expect(folded.code).toBe(0);
    expect(folded.stdout).toContain('name: kind-audit:jane:e2e-*');
    expect(folded.stdout).not.toContain('e2e-x7k2');
    const bad = await cli(['rbac', log, '--user', 'jane', '--fold-namespaces', 'E2E/*']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--fold-namespaces');
  });

  it("prints alice's Role and RoleBinding from audit2rbac's demo log", async () => {
    const { code, stdout } = await cli(['rbac', DEMO, '--user', 'alice']);
    expect(code).toBe(0);
    expect(stdout).toContain('kind: Role\n');
    const allow = authorizerOf(stdout);
    for (const resource of ['pods', 'configmaps', 'secrets'])
      for (const verb of ['get', 'list', 'watch'])
        expect(allow({ user: 'alice', verb, apiGroup: '', resource, namespace: 'ns1' })).toBe(true);
    expect(
      allow({ user: 'alice', verb: 'list', apiGroup: '', resource: 'pods', namespace: 'ns2' }),
    ).toBe(false);
  });

  it('takes a service account as NS:NAME and binds it as a ServiceAccount', async () => {
    const { code, stdout } = await cli(['rbac', DEMO, '--serviceaccount', 'ns1:sa1']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/- kind: ServiceAccount\n {4}name: sa1\n {4}namespace: ns1\n/);
  });

  it('writes a file per subject with --all, the names safe for the artifact', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rbac-cli-'));
    const { code, stdout } = await cli(['rbac', DEMO, '--all', '--out', dir]);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'alice.yaml',
      'bob.yaml',
      'system~serviceaccount~ns1~sa1.yaml',
    ]);
    expect(stdout.trim().split('\n')).toHaveLength(3);
    expect(readFileSync(path.join(dir, 'alice.yaml'), 'utf8')).toContain('name: alice');
  });

  it('generalises names and namespaces unless told not to', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rbac-cli-'));
    const log = path.join(dir, 'audit.log');
    writeFileSync(
      log,
      [
        event('op', 'get', 'a', 'c1'),
        event('op', 'get', 'a', 'c2'),
        event('op', 'get', 'b', 'c1'),
      ].join('\n') + '\n',
    );
    const ask = {
      user: 'op',
      verb: 'get',
      apiGroup: '',
      resource: 'configmaps',
      namespace: 'z',
      name: 'c9',
    };
    const general = await cli(['rbac', log, '--user', 'op']);
    expect(authorizerOf(general.stdout)(ask)).toBe(true);
    const exact = await cli([
      'rbac',
      log,
      '--user',
      'op',
      '--no-generalize-names',
      '--no-generalize-namespaces',
    ]);
    expect(exact.code).toBe(0);
    const allow = authorizerOf(exact.stdout);
    expect(allow(ask)).toBe(false);
    expect(allow({ ...ask, namespace: 'a', name: 'c2' })).toBe(true);
    expect(allow({ ...ask, namespace: 'b', name: 'c2' })).toBe(false);
    const namesOnly = authorizerOf(
      (await cli(['rbac', log, '--user', 'op', '--no-generalize-namespaces'])).stdout,
    );
    expect(namesOnly({ ...ask, namespace: 'a' })).toBe(true);
    expect(namesOnly({ ...ask, namespace: 'b' })).toBe(false);
  });

  it('exits 2 on usage mistakes and 1 when the subject made no request', async () => {
    expect((await cli(['rbac', DEMO])).code).toBe(2);
    expect((await cli(['rbac', DEMO, '--user', 'a', '--all'])).code).toBe(2);
    const badSa = await cli(['rbac', DEMO, '--serviceaccount', 'sa1']);
    expect([badSa.code, badSa.stderr]).toEqual([2, expect.stringContaining('NAMESPACE:NAME')]);
    expect((await cli(['rbac', 'no-such.log', '--user', 'a'])).code).toBe(2);
    const none = await cli(['rbac', DEMO, '--user', 'nobody']);
    expect([none.code, none.stdout]).toEqual([1, '']);
    expect(none.stderr).toContain('no requests of "nobody"');
  });
});

describe('kind-audit rbac --generate-name and --namespace', () => {
  /** alice in two namespaces and cluster-wide, and bob in one. */
  function log(): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rbac-ns-'));
    const file = path.join(dir, 'audit.log');
    const nodes = JSON.stringify({
      auditID: 'alice-list-nodes',
      stage: 'ResponseComplete',
      verb: 'list',
      user: { username: 'alice' },
      objectRef: { resource: 'nodes' },
      requestURI: '/api/v1/nodes',
      responseStatus: { code: 403 },
    });
    writeFileSync(
      file,
      [
        event('alice', 'get', 'ns1', 'a'),
        event('alice', 'get', 'ns2', 'b'),
        event('bob', 'get', 'ns2', 'c'),
        nodes,
      ].join('\n') + '\n',
    );
    return file;
  }

  it('names the objects PREFIX:<subject> with --generate-name, kind-audit:<subject> without', async () => {
    const file = log();
    const named = await cli(['rbac', file, '--user', 'alice', '--generate-name', 'ci.e2e']);
    expect(named.code).toBe(0);
    const names = objectsOf(named.stdout).map((o) => o.metadata.name);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(['ci.e2e:alice']));
    const plain = await cli(['rbac', file, '--user', 'alice']);
    expect(new Set(objectsOf(plain.stdout).map((o) => o.metadata.name))).toEqual(
      new Set(['kind-audit:alice']),
    );
  });

  it('keeps only the requests in one namespace with -n, as audit2rbac does; the run stays the same', async () => {
    const file = log();
    const all = objectsOf((await cli(['rbac', file, '--user', 'alice'])).stdout);
    expect(all.map((o) => o.kind)).toEqual(['ClusterRole', 'ClusterRoleBinding']);
    for (const args of [
      ['-n', 'ns1'],
      ['--namespace', 'ns1'],
    ]) {
      const { code, stdout } = await cli(['rbac', file, '--user', 'alice', ...args]);
      expect(code).toBe(0);
      const objects = objectsOf(stdout);
      expect(objects.map((o) => `${o.kind} ${o.metadata.namespace}`)).toEqual([
        'Role ns1',
        'RoleBinding ns1',
      ]);
      const allow = authorizerOf(stdout);
      const ask = { user: 'alice', verb: 'get', apiGroup: '', resource: 'configmaps', name: 'a' };
      expect(allow({ ...ask, namespace: 'ns1' })).toBe(true);
      expect(allow({ ...ask, namespace: 'ns2', name: 'b' })).toBe(false);
      // The run names the logs read, not what a filter kept: one selector for both outputs.
      const run = all[0]?.metadata.labels?.['kind-audit.github.io/run'] ?? '';
      expect(run).toMatch(/^[0-9a-f]{12}$/);
      for (const o of objects)
        expect(matchesSelector(`kind-audit.github.io/run=${run}`, o.metadata.labels)).toBe(true);
    }
    const none = await cli(['rbac', file, '--user', 'bob', '-n', 'ns1']);
    expect([none.code, none.stdout]).toEqual([1, '']);
    expect(none.stderr).toContain('no requests of "bob" in namespace ns1');
  });

  it.each([
    [
      ['--generate-name', 'My App'],
      '--generate-name has the value "My App": it must be 1 to 63 characters of a-z, 0-9',
    ],
    [['--generate-name', ''], '--generate-name has the value "": it must be'],
    [['--generate-name', 'a/b'], '--generate-name has the value "a/b"'],
    [
      ['--namespace', 'Bad_NS'],
      '--namespace has the value "Bad_NS": it must be a namespace\'s name, 1 to 63 characters',
    ],
    [['-n', ''], '--namespace has the value "": it must be'],
    [['-n', 'x'.repeat(64)], `--namespace has the value "${'x'.repeat(64)}"`],
  ])(
    'refuses %j with exit 2, naming the flag, the value and what is allowed',
    async (args, message) => {
      const { code, stdout, stderr } = await cli(['rbac', DEMO, '--user', 'alice', ...args]);
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr).toContain(message);
    },
  );
});
