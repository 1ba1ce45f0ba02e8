import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorizerOf } from '../insight/rbac/rbac-evaluator.js';
import { cli } from '../support/cli-in-process.js';

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
