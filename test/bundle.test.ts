import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATE_KEY } from '../src/inputs/names.js';
import { serializeState } from '../src/state/run-state.js';
import { Job, NODE24, ROOT } from './support/action-runner.js';
import { runStateIn } from './support/run-state.js';

/** Runs the CLI bundle under Node 24, as `kind-audit …`. */
function cli(...args: string[]) {
  return spawnSync(NODE24, [path.join(ROOT, 'dist/cli/index.js'), ...args], { encoding: 'utf8' });
}

// These run the committed bundles, as GitHub does: a green source build can hide a broken bundle.
describe('built bundles under Node 24', () => {
  it('main fails a bad input with a clear message, before writing anything', async () => {
    const job = new Job();
    const result = await job.step('main', { 'policy-level': 'Verbose' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `::error::Input 'policy-level' has the value "Verbose": allowed levels are None, Metadata, Request, RequestResponse`,
    );
    expect(readdirSync(job.temp).filter((f) => !f.startsWith('_cmd-'))).toEqual([]);
    expect(result.state).toEqual({});
  });

  it('main reports every bad input at once, one line each', async () => {
    const job = new Job();
    const result = await job.step('main', { 'policy-level': 'Verbose', upload: 'yes' });
    expect(result.code).toBe(1);
    // The runner's command escapes the newlines of one message.
    expect(result.stdout).toContain(
      `::error::2 inputs have bad values:%0AInput 'policy-level' has the value "Verbose": allowed levels are None, Metadata, Request, RequestResponse (case-sensitive, as kube-apiserver reads them).%0AInput 'upload' has the value "yes": expected true or false.`,
    );
    expect(result.state).toEqual({});
  });

  it('post with no state says there is nothing to collect and succeeds', async () => {
    const result = await new Job().step('post');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /::notice title=kind-audit::kind-audit created no cluster in this job/,
    );
  });

  it('post fails the job when a verified log reads no request, naming the file', async () => {
    const job = new Job();
    const dir = path.join(job.temp, 'kind-audit-kind');
    const node = 'kind-control-plane';
    const state = runStateIn(dir, { controlPlaneNodes: [node], verifiedNodes: [node] });
    mkdirSync(path.join(state.logDir, node), { recursive: true });
    // The runner folder that was the node's log folder: overwritten with text, no event left.
    writeFileSync(path.join(state.logDir, node, 'kube-apiserver-audit.log'), 'overwritten\n');
    const artifact = {
      name: 'kind-audit-e2e-kind-0',
      retentionDays: undefined,
      upload: false,
      overwrite: false,
      redact: true,
      rawFiles: true,
      compressionLevel: 6,
      jobSummary: false,
    };
    const result = await job.step(
      'post',
      {},
      { [STATE_KEY]: serializeState({ ...state, artifact }) },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `::error::Read 0 requests from ${node}/kube-apiserver-audit.log (12 bytes, no audit event), although main had proven the audit log of ${node} live`,
    );
  });

  it('the CLI renders the guide files and creates nothing', () => {
    const job = new Job();
    const out = path.join(job.workspace, 'files');
    const result = cli('render', '--out', out);
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['audit-policy.yaml', 'kind-config.yaml']);
    const badOut = path.join(job.workspace, 'bad');
    const bad = cli('render', '--out', badOut, '--name', 'Bad_Name');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`Option --name has the value "Bad_Name"`);
    expect(existsSync(badOut)).toBe(false);
  });

  it('the CLI validates a policy: exit 0 with warnings on stderr, exit 1 with kube errors one per line', () => {
    const job = new Job();
    const good = path.join(job.workspace, 'good.yaml');
    writeFileSync(
      good,
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n  verbs: [GET]\n',
    );
    const ok = cli('policy', 'validate', good);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(new RegExp(`^${good}:5: warning`));
    const bad = path.join(job.workspace, 'bad.yaml');
    writeFileSync(
      bad,
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: metadata\n- nonResourceURLs: [healthz]\n  level: None\n',
    );
    const rejected = cli('policy', 'validate', bad);
    expect(rejected.status).toBe(1);
    expect(rejected.stdout.trim().split('\n')).toEqual([
      'rules[0].level: Unsupported value: "metadata": supported values: "None", "Metadata", "Request", "RequestResponse"',
      `rules[1].nonResourceURLs[0]: Invalid value: "healthz": non-resource URL rules must begin with a '/' character`,
    ]);
  });

  it('the CLI explains which rule decides a request', () => {
    const job = new Job();
    expect(cli('render', '--out', job.workspace, '--preset', 'recommended').status).toBe(0);
    const policy = path.join(job.workspace, 'audit-policy.yaml');
    const secret = cli(
      'policy',
      'explain',
      policy,
      '--verb',
      'get',
      '--resource',
      'secrets',
      '--namespace',
      'default',
      '--name',
      'db',
    );
    expect(secret.status).toBe(0);
    expect(secret.stdout).toMatch(/^level: Metadata\nrule: rules\[5\] /);
    const health = cli('policy', 'explain', policy, '--verb', 'get', '--path', '/healthz');
    expect(health.stdout).toMatch(/^level: None\nrule: rules\[0\] /);
    const missing = cli('policy', 'explain', policy, '--resource', 'pods');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--verb is required');
  });
});
