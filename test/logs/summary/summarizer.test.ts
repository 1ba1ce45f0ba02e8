import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Summarizer, SUMMARY_CAPS } from '../../../src/logs/summary/summarizer.js';
import { InputPathError, summarizeFiles } from '../../../src/logs/summary/files.js';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/audit-logs');

/** An event line with sensible defaults; `over` replaces or adds fields. */
function event(over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: 'Metadata',
    auditID: Math.random().toString(36).slice(2),
    stage: 'ResponseComplete',
    requestURI: '/api/v1/namespaces/default/pods',
    verb: 'list',
    user: { username: 'kubernetes-admin', groups: ['system:masters'] },
    userAgent: 'kubectl/v1.36.1',
    objectRef: { resource: 'pods', namespace: 'default', apiVersion: 'v1' },
    responseStatus: { code: 200 },
    stageTimestamp: '2026-11-27T10:00:00.000000Z',
    ...over,
  });
}

const summarize = (lines: string[], node = 'kind-control-plane') => {
  const s = new Summarizer();
  for (const line of lines) s.add(Buffer.from(line), node);
  return s.result();
};

describe('Summarizer', () => {
  it('counts a request once, at its final stage, whatever stages the log wrote', () => {
    const s = summarize([
      event({ auditID: 'a', stage: 'RequestReceived', responseStatus: undefined }),
      event({ auditID: 'b', stage: 'RequestReceived', verb: 'watch' }),
      event({ auditID: 'a', stage: 'ResponseComplete', responseStatus: { code: 403 } }),
      event({
        auditID: 'b',
        stage: 'ResponseStarted',
        verb: 'watch',
        responseStatus: { code: 200 },
      }),
    ]);
    expect(s.events).toBe(4);
    expect(s.requests).toBe(2);
    expect(s.byCode).toEqual({ '403': 1, '200': 1 });
    expect(s.byVerb).toEqual({ list: 1, watch: 1 });
  });

  it('counts non-empty lines, and skips what is not an event: text, cut-off JSON, other objects', () => {
    const s = summarize([
      event(),
      '',
      '  ',
      'I1127 legacy text',
      '{"kind":"Event","stage":"Resp',
      '{"kind": 0}',
      '[1]',
    ]);
    expect(s).toMatchObject({ lines: 5, skipped: 4, requests: 1 });
  });

  it('never throws on events whose fields have the wrong types', () => {
    const s = summarize([
      event({
        user: 'x',
        objectRef: 5,
        annotations: [],
        responseStatus: { code: '500' },
        impersonatedUser: { username: 7 },
      }),
      event({ stageTimestamp: { not: 'a time' }, verb: 3, auditID: 9 }),
    ]);
    expect(s.requests).toBe(2);
    expect(s.byCode).toEqual({ '(none)': 1, '200': 1 });
  });

  it('keeps names such as __proto__ as keys like any other, in summary.json too', () => {
    // A client chooses its user agent, and a certificate's CN or an impersonation its user name.
    const names = ['__proto__', 'constructor', 'toString'];
    const s = summarize(
      names.map((name) => event({ verb: name, user: { username: name }, userAgent: name })),
      '__proto__',
    );
    const json = JSON.parse(JSON.stringify(s)) as typeof s;
    for (const table of [json.byVerb, json.byUser, json.byUserAgent, json.whoDidWhat])
      expect(Object.keys(table).sort()).toEqual(names);
    expect(Object.keys(json.nodes)).toEqual(['__proto__']);
    expect(Object.keys(json.timeline.nodes)).toEqual(['__proto__']);
    expect(json.byUser.__proto__).toBe(1);
  });

  it('tables spell resources as kubectl does, name the subject, and count namespaces, codes and agents', () => {
    const s = summarize([
      event({
        objectRef: {
          resource: 'deployments',
          apiGroup: 'apps',
          subresource: 'scale',
          namespace: 'ns1',
        },
      }),
      event({ impersonatedUser: { username: 'alice' }, userAgent: 'curl/8' }),
      event({ objectRef: undefined, requestURI: '/healthz?verbose=1', verb: 'get' }),
    ]);
    expect(s.byResource).toEqual({ 'deployments.apps/scale': 1, pods: 1, '/healthz': 1 });
    expect(s.byUser).toEqual({ 'kubernetes-admin': 2, alice: 1 });
    expect(s.byNamespace).toEqual({ default: 1, ns1: 1, '(cluster)': 1 });
    expect(s.byUserAgent).toEqual({ 'kubectl/v1.36.1': 2, 'curl/8': 1 });
  });

  it('caps every table with an (other) key and keeps the total', () => {
    const lines = Array.from({ length: SUMMARY_CAPS.table + 50 }, (_, i) =>
      event({ verb: `verb${i}` }),
    );
    const s = summarize(lines);
    expect(Object.keys(s.byVerb)).toHaveLength(SUMMARY_CAPS.table + 1);
    expect(s.byVerb['(other)']).toBe(50);
    expect(Object.values(s.byVerb).reduce((a, b) => a + b)).toBe(s.requests);
  });

  it('counts a row longer than a table keeps under its cut form, every time it comes', () => {
    // Verb, resource and namespace fit alone; joined into who-did-what's row key, they do not.
    const long = event({ objectRef: { resource: 'r'.repeat(200), namespace: 'n'.repeat(200) } });
    const s = summarize([long, long, long]);
    expect(s.whoDidWhat['kubernetes-admin']?.requests).toBe(3);
    expect(s.whoDidWhat['kubernetes-admin']?.rows.map((r) => r.count)).toEqual([3]);
  });

  it('lists denied requests with the reason, 5xx, deprecated callers and the slowest, capped with totals', () => {
    const denied = Array.from({ length: SUMMARY_CAPS.list + 5 }, (_, i) =>
      event({
        responseStatus: { code: 403 },
        objectRef: { resource: 'secrets', namespace: 'ns1', name: `s${i}` },
        annotations: { 'authorization.k8s.io/reason': 'no RBAC policy matched' },
      }),
    );
    const s = summarize([
      ...denied,
      event({ responseStatus: { code: 503, message: 'etcd down' } }),
      event({
        annotations: { 'k8s.io/deprecated': 'true', 'k8s.io/removed-release': '1.25' },
        objectRef: { resource: 'cronjobs', apiGroup: 'batch', apiVersion: 'v1beta1' },
      }),
      event({ annotations: { 'apiserver.latency.k8s.io/total': '1.5s' }, verb: 'slow' }),
      event({ annotations: { 'apiserver.latency.k8s.io/total': '2m0.5s' }, verb: 'slower' }),
    ]);
    expect(s.deniedTotal).toBe(SUMMARY_CAPS.list + 5);
    expect(s.denied).toHaveLength(SUMMARY_CAPS.list);
    expect(s.denied[0]).toEqual({
      time: '2026-11-27T10:00:00.000000Z',
      user: 'kubernetes-admin',
      verb: 'list',
      resource: 'secrets',
      namespace: 'ns1',
      name: 's0',
      reason: 'no RBAC policy matched',
    });
    expect(s.errors5xx).toEqual([expect.objectContaining({ code: 503, message: 'etcd down' })]);
    expect(s.deprecated).toEqual([
      { user: 'kubernetes-admin', api: 'batch/v1beta1 cronjobs', removedRelease: '1.25', count: 1 },
    ]);
    expect(s.slowest.map((r) => [r.verb, r.latencyMs])).toEqual([
      ['slower', 120_500],
      ['slow', 1500],
    ]);
  });

  it('times the slowest requests by their two timestamps, the annotation first, watches and exec left out', () => {
    const timed = (received: string, done: string, over: Record<string, unknown> = {}) =>
      event({ requestReceivedTimestamp: received, stageTimestamp: done, ...over });
    const s = summarize([
      timed('2026-11-27T10:00:00.000100Z', '2026-11-27T10:00:00.012345Z', { verb: 'get' }),
      timed('2026-11-27T09:59:59.990000Z', '2026-11-27T10:00:00.240000Z', { verb: 'create' }),
      // kube-apiserver's own figure wins over the timestamps when it wrote one.
      timed('2026-11-27T10:00:00.000000Z', '2026-11-27T10:00:00.001000Z', {
        verb: 'update',
        annotations: { 'apiserver.latency.k8s.io/total': '750ms' },
      }),
      // Long-running: open by design, never "slow".
      timed('2026-11-27T10:00:00.000000Z', '2026-11-27T10:05:00.000000Z', { verb: 'watch' }),
      timed('2026-11-27T10:00:00.000000Z', '2026-11-27T10:01:00.000000Z', {
        verb: 'create',
        objectRef: { resource: 'pods', subresource: 'exec', namespace: 'default' },
      }),
      // No time to measure from, or times that go backwards: no figure.
      timed('not a time', '2026-11-27T10:00:00.000000Z', { verb: 'patch' }),
      timed('2026-11-27T10:00:01.000000Z', '2026-11-27T10:00:00.000000Z', { verb: 'delete' }),
      event({ verb: 'deletecollection' }),
    ]);
    expect(s.slowest.map((r) => [r.verb, r.latencyMs, r.latencyFrom])).toEqual([
      ['update', 750, 'annotation'],
      ['create', 250, 'timestamps'],
      ['get', 12.245, 'timestamps'],
    ]);
  });

  it('times the real logs: every request of the falco traces that is not long-running', async () => {
    const s = await summarizeFiles([path.join(FIXTURES, 'falco-k8s-audit')]);
    expect(s.slowest.length).toBeGreaterThan(10);
    expect(s.slowest.every((r) => r.latencyFrom === 'timestamps')).toBe(true);
    // delete services/nginx, 2018-10-26T13:11:02.021214Z → 13:11:02.065150Z.
    expect(s.slowest[0]).toMatchObject({ verb: 'delete', name: 'nginx', latencyMs: 43.936 });
    // The exec and attach requests (code 101) stay open as long as the session: not listed.
    expect(s.slowest.some((r) => r.resource.endsWith('/exec'))).toBe(false);
  });

  it('folds who did what for subjects that are not Kubernetes components', () => {
    const s = summarize([
      event(),
      event(),
      event({ verb: 'get', objectRef: { resource: 'nodes' } }),
      event({ user: { username: 'system:kube-scheduler' } }),
      event({ user: { username: 'system:serviceaccount:kube-system:coredns' } }),
      event({ user: { username: 'system:serviceaccount:app:runner' } }),
    ]);
    expect(Object.keys(s.whoDidWhat)).toEqual([
      'kubernetes-admin',
      'system:serviceaccount:app:runner',
    ]);
    expect(s.whoDidWhat['kubernetes-admin']).toEqual({
      requests: 3,
      rows: [
        { verb: 'list', resource: 'pods', namespace: 'default', count: 2 },
        { verb: 'get', resource: 'nodes', namespace: '', count: 1 },
      ],
      otherRequests: 0,
    });
  });

  it('gives first and last as the log wrote them, per node too, and a timeline per minute', () => {
    const s = new Summarizer();
    s.add(event({ stageTimestamp: '2026-11-27T10:02:30.5Z' }), 'cp1');
    s.add(event({ stageTimestamp: '2026-11-27T10:00:01Z' }), 'cp1');
    s.add(event({ stageTimestamp: '2026-11-27T10:01:00Z' }), 'cp2');
    s.add(event({ stageTimestamp: undefined, timestamp: '2026-11-27T10:00:59Z' }), 'cp2');
    s.addFile('cp1', 1000);
    const r = s.result();
    expect([r.first, r.last]).toEqual(['2026-11-27T10:00:01Z', '2026-11-27T10:02:30.5Z']);
    expect(r.nodes.cp1).toEqual({
      files: 1,
      bytes: 1000,
      requests: 2,
      first: '2026-11-27T10:00:01Z',
      last: '2026-11-27T10:02:30.5Z',
    });
    expect(r.timeline).toEqual({
      start: '2026-11-27T10:00:00.000Z',
      bucketMinutes: 1,
      nodes: { cp1: [1, 0, 1], cp2: [1, 1, 0] },
      unplaced: 0,
    });
  });

  it('folds a long timeline into at most 60 buckets', () => {
    const s = summarize(
      Array.from({ length: 240 }, (_, i) =>
        event({ stageTimestamp: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() }),
      ),
    );
    expect(s.timeline.bucketMinutes).toBe(4);
    expect(s.timeline.nodes['kind-control-plane']).toEqual(new Array(60).fill(4));
  });

  it('keeps memory bounded: a request that never ends counts once, even past the pending cap', () => {
    const s = new Summarizer();
    for (let i = 0; i < SUMMARY_CAPS.pending + 10; i++)
      s.add(event({ auditID: `w${i}`, stage: 'RequestReceived' }));
    expect(s.result().requests).toBe(SUMMARY_CAPS.pending + 10);
  });
});

describe('summarizeFiles', () => {
  const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'summarize-'));

  it('reads the real logs: audit2rbac demo and the falco events (one malformed)', async () => {
    const demo = await summarizeFiles([path.join(FIXTURES, 'audit2rbac-demo.log')]);
    expect(demo).toMatchObject({ lines: 37, skipped: 0, requests: 37, deniedTotal: 11 });
    expect(demo.byUser.bob).toBeGreaterThan(0);
    const falco = await summarizeFiles([path.join(FIXTURES, 'falco-k8s-audit')]);
    // 52 events, of which exec and attach were only logged at ResponseStarted; one file is not an event.
    expect(falco).toMatchObject({ lines: 52, skipped: 1, events: 51, requests: 51 });
    expect(falco.byCode['101']).toBe(2);
  });

  it('reads .gz and rotated files in write order, per node folder, counting files and bytes', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'cp1'));
    mkdirSync(path.join(dir, 'cp2'));
    const rotated = gzipSync(`${event({ auditID: 'x', stage: 'RequestReceived' })}\n`);
    writeFileSync(
      path.join(dir, 'cp1', 'kube-apiserver-audit-2026-11-27T10-00-00.000.log.gz'),
      rotated,
    );
    writeFileSync(
      path.join(dir, 'cp1', 'kube-apiserver-audit.log'),
      `${event({ auditID: 'x' })}\n${event()}`,
    );
    writeFileSync(path.join(dir, 'cp2', 'kube-apiserver-audit.log'), `${event()}\n`);
    writeFileSync(path.join(dir, 'cp2', 'kube-apiserver.log'), 'I1127 not events\n');
    symlinkSync('/etc/passwd', path.join(dir, 'cp2', 'linked.log'));
    const s = await summarizeFiles([dir]);
    expect(s).toMatchObject({ lines: 4, skipped: 0, requests: 3 });
    expect(s.nodes.cp1).toMatchObject({ files: 2, requests: 2 });
    expect(s.nodes.cp2).toMatchObject({ files: 1, requests: 1 });
  });

  it('reads an artifact through audit.jsonl alone: raw copies give files and bytes, not requests twice', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'kind-control-plane'));
    const lines = `${event()}\n${event()}\n`;
    writeFileSync(path.join(dir, 'audit.jsonl'), lines);
    writeFileSync(path.join(dir, 'summary.json'), '{}');
    writeFileSync(path.join(dir, 'kind-control-plane', 'kube-apiserver-audit.log'), lines);
    const s = await summarizeFiles([dir]);
    expect(s.requests).toBe(2);
    expect(s.nodes).toEqual({
      'kind-control-plane': {
        files: 1,
        bytes: lines.length,
        requests: null,
        first: null,
        last: null,
      },
    });
  });

  it('survives a .gz cut off mid-write, keeping what was read and saying so', async () => {
    const dir = tmp();
    const whole = gzipSync(Array.from({ length: 2000 }, () => event()).join('\n'));
    writeFileSync(path.join(dir, 'a.log.gz'), whole.subarray(0, whole.length - 200));
    const s = await summarizeFiles([path.join(dir, 'a.log.gz')]);
    expect(s.requests).toBeGreaterThan(1000);
    expect(s.warnings.join()).toContain('read stopped early');
  });

  it('refuses a path that is missing or not a file or folder', async () => {
    await expect(summarizeFiles(['/no/such/log'])).rejects.toThrow(InputPathError);
    await expect(summarizeFiles(['/dev/null'])).rejects.toThrow(
      '/dev/null: it is neither a regular file nor a folder',
    );
  });
});
