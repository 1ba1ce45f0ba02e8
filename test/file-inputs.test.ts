// Every file a user hands kind-audit — each file input of each CLI command, and of the action —
// given a copy of /etc/passwd with lines of its own: the command refuses it, or reads nothing from
// it, and no line of it appears in what it prints (for the action: its job log, annotations
// included, which are its standard output) or in a file it writes. A file given by mistake, or
// a secrets file, must never end up in a public log.
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Job } from './support/action-runner.js';
import { cli } from './support/cli-in-process.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'file-inputs-'));
/** The passwd copy: its own first and last lines around the machine's. */
const PASSWD = path.join(dir, 'accounts');
const CANARY = 'zq7-passwd-canary';
writeFileSync(
  PASSWD,
  `${CANARY}-first:x:0:0:${CANARY} admin:/root:/bin/bash\n${readFileSync('/etc/passwd', 'utf8')}${CANARY}-last:x:1:1::/nonexistent:/usr/sbin/nologin\n`,
);
const LINES = readFileSync(PASSWD, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

/** A log of one request, for the commands that take a log beside the file under test. */
const LOG = path.join(dir, 'audit.log');
writeFileSync(
  LOG,
  `${JSON.stringify({ kind: 'Event', apiVersion: 'audit.k8s.io/v1', level: 'Metadata', auditID: 'a1', stage: 'ResponseComplete', requestURI: '/api/v1/pods', verb: 'list', user: { username: 'alice' }, objectRef: { resource: 'pods', apiVersion: 'v1' }, responseStatus: { code: 200 }, stageTimestamp: '2026-01-01T00:00:00.000000Z' })}\n`,
);
const EXPECT = path.join(dir, 'expect.yaml');
writeFileSync(EXPECT, '- {name: no deletes, forbid: {verb: delete}}\n');
/** A cluster folder whose state.json is the passwd copy. */
const STATE_DIR = path.join(dir, 'state');
mkdirSync(STATE_DIR);
copyFileSync(PASSWD, path.join(STATE_DIR, 'state.json'));

/**
 * `kind` and `docker` that answer the runner checks (`kind version`, `kind get clusters`,
 * `docker info`) and refuse everything else: nothing can be created, whatever a command gets past.
 */
const BIN = path.join(dir, 'bin');
mkdirSync(BIN);
for (const [name, answers] of [
  ['kind', 'version) echo "kind v0.32.0 go1.25.0 linux/amd64" ;;\nget) exit 0 ;;'],
  ['docker', 'info) echo 28.0.0 ;;'],
] as const) {
  writeFileSync(
    path.join(BIN, name),
    `#!/bin/sh\ncase "$1" in\n${answers}\n*) echo "test ${name}: refusing $*" >&2; exit 1 ;;\nesac\n`,
  );
  chmodSync(path.join(BIN, name), 0o755);
}

/** Every line of the passwd copy that `text` holds, and whether the canary is in it at all. */
function leaks(text: string): string[] {
  return [
    ...LINES.filter((line) => text.includes(line)),
    ...(text.includes(CANARY) ? [CANARY] : []),
  ];
}

/** The text of every file under `folder` (none when it does not exist). */
async function writtenText(folder: string): Promise<string> {
  const files = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const texts = await Promise.all(
    files.filter((f) => f.isFile()).map((f) => readFile(path.join(f.parentPath, f.name), 'utf8')),
  );
  return texts.join('\n');
}

describe('the CLI, given /etc/passwd as each file input', () => {
  const saved = { PATH: process.env.PATH, XDG_STATE_HOME: process.env.XDG_STATE_HOME };
  beforeAll(() => {
    process.env.PATH = `${BIN}:${process.env.PATH ?? ''}`;
    process.env.XDG_STATE_HOME = path.join(dir, 'xdg');
  });
  afterAll(() => {
    process.env.PATH = saved.PATH;
    if (saved.XDG_STATE_HOME === undefined) delete process.env.XDG_STATE_HOME;
    else process.env.XDG_STATE_HOME = saved.XDG_STATE_HOME;
  });

  /** argv with `P` for the passwd copy and `OUT` for a fresh folder; the code; what it prints. */
  const cases: [string, string[], number, RegExp][] = [
    [
      'render --policy-file',
      ['render', '--out', 'OUT', '--policy-file', 'P'],
      1,
      /would be rejected by kube-apiserver/,
    ],
    [
      'render --config',
      ['render', '--out', 'OUT', '--config', 'P'],
      2,
      /Option --config has the value .*expected a mapping \(a kind Cluster\)/,
    ],
    [
      'up --policy-file',
      ['up', '--dir', 'OUT', '--policy-file', 'P'],
      1,
      /would be rejected by kube-apiserver/,
    ],
    ['up --config', ['up', '--dir', 'OUT', '--config', 'P'], 2, /Option --config has the value/],
    [
      'up --expect',
      ['up', '--dir', 'OUT', '--expect', 'P'],
      2,
      /Option --expect has the value .*: the expectations has a text: write a list/,
    ],
    [
      'up --baseline',
      ['up', '--dir', 'OUT', '--baseline', 'P'],
      2,
      /Option --baseline has the value .* line 1: it has 1 tab-separated fields/,
    ],
    ['policy validate', ['policy', 'validate', 'P'], 1, /expected a mapping, found a string/],
    [
      'policy explain',
      ['policy', 'explain', 'P', '--verb', 'get', '--resource', 'pods'],
      1,
      /would reject this policy/,
    ],
    [
      'check --expect',
      ['check', '--expect', 'P', LOG],
      2,
      /The expectations in .* cannot be used:\n {2}the expectations has a text/,
    ],
    [
      'check LOG',
      ['check', '--expect', EXPECT, 'P'],
      2,
      /read 0 requests from .*accounts: 1 file, \d+ lines, none of them an audit event/,
    ],
    [
      'baseline --compare',
      ['baseline', '--compare', 'P', LOG],
      2,
      /--compare: .* line 1: it has 1 tab-separated fields/,
    ],
    [
      'baseline LOG',
      ['baseline', 'P'],
      2,
      /read 0 requests from .*accounts: 1 file, \d+ lines, none of them an audit event/,
    ],
    [
      'merge',
      ['merge', 'P', '--out', 'OUT/merged.jsonl'],
      2,
      /read 0 requests from .*accounts: 1 file, \d+ lines, none of them an audit event/,
    ],
    [
      'redact',
      ['redact', 'P', 'OUT/redacted.log'],
      2,
      /read 0 requests from .*accounts: 1 file, \d+ lines, none of them an audit event/,
    ],
    [
      'summarize',
      ['summarize', 'P'],
      2,
      /read 0 requests from .*accounts: 1 file, \d+ lines, none of them an audit event/,
    ],
    [
      'summarize --json',
      ['summarize', '--json', 'P'],
      2,
      /read 0 requests from .*accounts: 1 file, \d+ lines, none of them an audit event/,
    ],
    [
      'rbac',
      ['rbac', 'P', '--all', '--out', 'OUT'],
      2,
      /read 0 requests from .*accounts: 1 file, \d+ lines, none of them an audit event/,
    ],
    [
      'collect --dir (its state.json)',
      ['collect', '--out', 'OUT', '--dir', STATE_DIR],
      1,
      /The state file .* cannot be used: saved state is not JSON/,
    ],
    ['verify --dir (its state.json)', ['verify', '--dir', STATE_DIR], 1, /saved state is not JSON/],
  ];

  it.each(cases)('%s says what is wrong, never what is there', async (_, argv, code, says) => {
    const out = mkdtempSync(path.join(dir, 'out-'));
    const args = argv.map((a) => (a === 'P' ? PASSWD : a.replace(/^OUT/, out)));
    const result = await cli(args);
    expect(result.stdout + result.stderr).toMatch(says);
    expect(result.code).toBe(code);
    expect(leaks(result.stdout + result.stderr)).toEqual([]);
    expect(leaks(await writtenText(out))).toEqual([]);
  });
});

describe('the action, given /etc/passwd as each file input', () => {
  it.each([
    ['policy-file', /::error::The audit policy from .* would be rejected by kube-apiserver/],
    [
      'config',
      /::error::Input 'config' has the value "accounts": .*expected a mapping \(a kind Cluster\)/,
    ],
    [
      'expect-file',
      /::error::Input 'expect-file' has the value "accounts": the expectations has a text/,
    ],
    [
      'baseline',
      /::error::Input 'baseline' has the value "accounts": .* line 1: it has 1 tab-separated fields/,
    ],
  ])('%s fails main with an error that quotes none of it', async (input, says) => {
    const job = new Job({ env: { PATH: `${BIN}:${process.env.PATH ?? ''}` } });
    copyFileSync(PASSWD, path.join(job.workspace, 'accounts'));
    const main = await job.step('main', { [input]: 'accounts' });
    expect(main.stdout).toMatch(says);
    expect(main.code).toBe(1);
    expect(leaks(main.stdout + main.stderr + main.summary)).toEqual([]);
  });
});
