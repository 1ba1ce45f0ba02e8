import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  BaselineBuilder,
  BaselineError,
  baselineText,
  compareBaselines,
  escapeField,
  formatLine,
  parseBaseline,
  parseFoldGlobs,
  parseLine,
  readBaseline,
  unescapeField,
  type BaselineOptions,
} from '../../src/insight/baseline/index.js';
import { readRequests } from '../../src/insight/read-requests.js';
import { requestOf, type Request } from '../../src/logs/events/request.js';
import type { AuditEvent } from '../../src/logs/events/event.js';

const DEMO = new URL('../fixtures/audit-logs/audit2rbac-demo.log', import.meta.url).pathname;
const FALCO = new URL('../fixtures/audit-logs/falco-k8s-audit', import.meta.url).pathname;

async function baseline(paths: string[], options: BaselineOptions = {}) {
  const builder = new BaselineBuilder(options);
  for await (const request of readRequests(paths)) builder.add(request);
  return builder.result();
}

const req = (event: AuditEvent): Request => requestOf({ stage: 'ResponseComplete', ...event });

describe('BaselineBuilder', () => {
  test("audit2rbac's demo log: one sorted line per subject, verb, resource and scope, denials included", async () => {
    const { lines, dropped } = await baseline([DEMO]);
    expect(dropped).toBe(0);
    expect(lines.filter((l) => !l.startsWith('bob\tget\t/'))).toEqual([
      'alice\tlist\tconfigmaps\tns1',
      'alice\tlist\tpods\tns1',
      'alice\tlist\tsecrets\tns1',
      'bob\tlist\tnodes\t-',
      'bob\tlist\tpods\tdefault',
      'bob\tlist\tpods\tns1',
      'system:serviceaccount:ns1:sa1\tlist\tnodes\t-',
      'system:serviceaccount:ns1:sa1\tlist\tpods\t-',
      'system:serviceaccount:ns1:sa1\tlist\tpods\tdefault',
    ]);
    // Discovery: a path each, without the query string, cluster scope.
    const discovery = lines.filter((l) => l.startsWith('bob\tget\t/'));
    expect(discovery).toHaveLength(23);
    expect(discovery.slice(0, 3)).toEqual([
      'bob\tget\t/api\t-',
      'bob\tget\t/api/v1\t-',
      'bob\tget\t/apis\t-',
    ]);
    expect([...lines].sort()).toEqual(lines);
    expect(baselineText(lines).split('\n')).toHaveLength(lines.length + 1);
  });

  test("falco's logs: components left out, subresources and groups spelled as kubectl does", async () => {
    const { lines } = await baseline([FALCO]);
    expect(lines).toContain('minikube-user\tcreate\tpods/exec\tdefault');
    expect(lines).toContain('minikube-user\tcreate\tclusterroles.rbac.authorization.k8s.io\t-');
    expect(lines).toContain('minikube-user\tcreate\tdeployments.extensions\tdefault');
    expect(
      lines.some((l) =>
        /^system:(node:|kube-controller-manager|serviceaccount:kube-system:)/.test(l),
      ),
    ).toBe(false);
  });

  test('folds namespaces a glob matches, in scopes and service account names', () => {
    const builder = new BaselineBuilder({ foldNamespaces: parseFoldGlobs('e2e-*, test-*-x') });
    for (const ns of ['e2e-abc12', 'e2e-zz9', 'test-1-x', 'prod'])
      builder.add(
        req({
          verb: 'get',
          user: { username: `system:serviceaccount:${ns}:op` },
          objectRef: { resource: 'configmaps', namespace: ns },
        }),
      );
    expect(builder.result().lines).toEqual([
      'system:serviceaccount:e2e-*:op\tget\tconfigmaps\te2e-*',
      'system:serviceaccount:prod:op\tget\tconfigmaps\tprod',
      'system:serviceaccount:test-*-x:op\tget\tconfigmaps\ttest-*-x',
    ]);
  });

  test('hostile names are escaped; requests without a subject or verb are left out', () => {
    const builder = new BaselineBuilder();
    builder.add(req({ verb: 'get', user: { username: 'a\tb\nc\\d\u001b[31m' }, requestURI: '/x' }));
    builder.add(
      req({
        verb: 'get',
        user: { username: 'ns' },
        objectRef: { resource: 'pods', namespace: '-' },
      }),
    );
    builder.add(req({ verb: 'get', requestURI: '/x' }));
    builder.add(req({ user: { username: 'u' }, requestURI: '/x' }));
    const { lines } = builder.result();
    expect(lines).toEqual(['a\\tb\\nc\\\\d\\x1b[31m\tget\t/x\t-', 'ns\tget\tpods\t\\-']);
    expect(lines.map(parseLine)).toEqual([
      { subject: 'a\tb\nc\\d\u001b[31m', verb: 'get', resource: '/x', scope: '' },
      { subject: 'ns', verb: 'get', resource: 'pods', scope: '-' },
    ]);
  });

  test('requests whose fields join into the same text still get their own lines', () => {
    const builder = new BaselineBuilder();
    builder.add(req({ verb: 'get', user: { username: 'ab' }, requestURI: '/c' }));
    builder.add(req({ verb: 'bget', user: { username: 'a' }, requestURI: '/c' }));
    builder.add(req({ verb: 'get', user: { username: 'ab' }, requestURI: '/c' }));
    expect(builder.result().lines).toEqual(['a\tbget\t/c\t-', 'ab\tget\t/c\t-']);
  });

  test('keeps at most maxLines distinct lines and counts the rest', () => {
    const builder = new BaselineBuilder({ maxLines: 2 });
    for (const verb of ['get', 'list', 'watch', 'get', 'watch'])
      builder.add(req({ verb, user: { username: 'u' }, requestURI: '/x' }));
    expect(builder.result()).toEqual({ lines: ['u\tget\t/x\t-', 'u\tlist\t/x\t-'], dropped: 1 });
  });
});

describe('fields and lines', () => {
  test.each([
    'plain',
    'a\tb',
    'new\nline',
    'back\\slash',
    '\r\u0000\u007f\u0085',
    '-',
    '',
    '\\x41',
  ])('escapes and unescapes %j unchanged', (value) => {
    const escaped = escapeField(value);
    expect(escaped).not.toMatch(/[\t\n\r]/);
    expect(unescapeField(escaped)).toBe(value);
    const entry = { subject: `s${value}`, verb: 'get', resource: value, scope: `n${value}` };
    expect(parseLine(formatLine(entry))).toEqual(entry);
  });

  test.each([
    ['a\tb\tc', 'it has 3 tab-separated fields'],
    ['a\tb\tc\td\te', 'it has 5 tab-separated fields'],
    ['a\\q\tget\tpods\t-', 'a backslash that starts no escape'],
    ['a\\x4\tget\tpods\t-', 'a backslash that starts no escape'],
    ['a\tget\tpods\tns\\', 'a backslash that starts no escape'],
    ['\tget\tpods\t-', 'its subject or verb is empty'],
  ])('refuses the line %j', (line, wanted) => {
    expect(parseLine(line)).toEqual({ error: expect.stringContaining(wanted) as string });
  });
});

describe('parseFoldGlobs', () => {
  test('comma- or newline-separated; a bad glob is an InputError naming it', () => {
    expect(parseFoldGlobs('e2e-*,\n kind-*\n').map((g) => g.text)).toEqual(['e2e-*', 'kind-*']);
    expect(() => parseFoldGlobs('e2e-*, E2E_*')).toThrow(
      `Input 'fold-namespaces' has the value "e2e-*, E2E_*": "E2E_*" is not a namespace glob`,
    );
  });
});

describe('compare', () => {
  test('parses a file, tolerating CRLF and blank lines; a malformed line is named by number', () => {
    expect(parseBaseline('a\tget\tpods\t-\r\n\nb\tget\t/x\t-\n', 'f')).toEqual([
      'a\tget\tpods\t-',
      'b\tget\t/x\t-',
    ]);
    expect(() => parseBaseline('a\tget\tpods\t-\nsubject verb pods -\n', 'base.tsv')).toThrow(
      new BaselineError(
        'base.tsv',
        'line 2: it has 1 tab-separated fields; a line has 4: subject, verb, resource, scope',
      ),
    );
  });

  test('added and gone, sorted; none when equal', () => {
    expect(compareBaselines(['a', 'b', 'c'], ['d', 'b', 'a'])).toEqual({
      added: ['d'],
      gone: ['c'],
    });
    expect(compareBaselines(['a'], ['a'])).toEqual({ added: [], gone: [] });
  });

  test('a run compared with its own baseline matches; one more request is added', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'baseline-'));
    const file = path.join(dir, 'baseline.tsv');
    const { lines } = await baseline([DEMO]);
    await writeFile(file, baselineText(lines));
    expect(compareBaselines(await readBaseline(file), lines)).toEqual({ added: [], gone: [] });
    const both = await baseline([DEMO, FALCO]);
    const diff = compareBaselines(await readBaseline(file), both.lines);
    expect(diff.gone).toEqual([]);
    expect(diff.added).toContain('minikube-user\tcreate\tpods/exec\tdefault');
  });

  test('a missing, folder or oversized baseline file is a BaselineError', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'baseline-'));
    await expect(readBaseline(path.join(dir, 'none.tsv'))).rejects.toThrow(
      /none\.tsv does not exist; a baseline must be a regular file/,
    );
    await expect(readBaseline(dir)).rejects.toThrow(/is a directory/);
    const big = path.join(dir, 'big.tsv');
    await writeFile(big, Buffer.alloc(16 * 1024 * 1024 + 1, 0x61));
    await expect(readBaseline(big)).rejects.toThrow(/holds 16777217 bytes/);
  });
});

describe('docs/baseline.md', () => {
  test('its example lines are valid baseline lines', () => {
    const page = readFileSync(new URL('../../docs/baseline.md', import.meta.url), 'utf8');
    const block = /```\n([\s\S]*?)```/.exec(page)?.[1] ?? '';
    expect(parseBaseline(block, 'docs/baseline.md').map(parseLine)).toEqual([
      { subject: 'alice', verb: 'list', resource: 'secrets', scope: 'ns1' },
      { subject: 'bob', verb: 'get', resource: '/apis', scope: '' },
      {
        subject: 'system:serviceaccount:app:operator',
        verb: 'create',
        resource: 'events',
        scope: 'app',
      },
    ]);
  });
});
