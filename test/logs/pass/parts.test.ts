// The pass with its lines keyed in parts (file-in-parts.ts: cut here, keyed on the pass threads or
// on this thread) against the one-thread reader it stands in for: the same audit.jsonl, raw
// copies, counts, redaction figures and the same requests handed on in the same order, on
// generated logs of both shapes, hostile lines with user rules, real fixtures, and the edges of a
// part (a line longer than a part, one over the line limit, no newline at the end, an empty file).
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLog } from '../../../bench/generate-log.js';
import { passOverNodes, type PassOptions } from '../../../src/logs/pass/one-pass.js';
import { MAX_LINE_BYTES, RedactionRules } from '../../../src/logs/redact/index.js';
import { HOSTILE_RULES, hostileLines } from '../../support/hostile-lines.js';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/audit-logs');
const THREAD_SCRIPT = path.join(import.meta.dirname, '../../../dist/post/pass-thread/index.js');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pass-parts-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Node {
  node: string;
  files: string[];
}

/** Everything a pass gives that a user could see: files written, figures, requests handed on. */
async function passed(nodes: readonly Node[], options: PassOptions, raw: boolean, name: string) {
  const out = path.join(dir, name);
  mkdirSync(out);
  if (raw) for (const n of nodes) mkdirSync(path.join(out, n.node));
  const heard: string[] = [];
  const problems: string[] = [];
  const result = await passOverNodes(
    nodes.map((n) => (raw ? { ...n, rawDir: path.join(out, n.node) } : n)),
    path.join(out, 'audit.jsonl'),
    (line, node, request) => heard.push(`${node} ${line.length} ${JSON.stringify(request)}`),
    {
      ...options,
      onProblem: (file, message) => problems.push(`${path.basename(file)}: ${message}`),
    },
  );
  const rawCopies = result.rawFiles.map((file) => [path.basename(file), readFileSync(file)]);
  return {
    merged: readFileSync(path.join(out, 'audit.jsonl')),
    rawCopies,
    heard,
    problems,
    merge: result.merge,
    redaction: result.redaction,
    counts: [...result.counts].map(([file, counts]) => [path.basename(file), counts]),
  };
}

let round = 0;
/** Passes `nodes` one line at a time and in parts, each way asked for; expects the same of all. */
async function expectSameInParts(nodes: readonly Node[], options: PassOptions, raw = true) {
  const tag = round++;
  const plain = await passed(nodes, options, raw, `plain-${tag}`);
  // The threads' bundle is committed (CI checks it is current): never skipped for want of it.
  expect(existsSync(THREAD_SCRIPT), THREAD_SCRIPT).toBe(true);
  const ways: PassOptions['parts'][] = [
    { inThread: true },
    { script: pathToFileURL(THREAD_SCRIPT), threads: 2 },
  ];
  for (const [i, parts] of ways.entries()) {
    const inParts = await passed(nodes, { ...options, parts }, raw, `parts-${tag}-${i}`);
    expect(inParts.merged.equals(plain.merged), 'audit.jsonl').toBe(true);
    expect(inParts.rawCopies.length).toBe(plain.rawCopies.length);
    for (const [j, [name, bytes]] of plain.rawCopies.entries()) {
      const [otherName, other] = inParts.rawCopies[j] as [string, Buffer];
      expect(otherName).toBe(name);
      expect(other.equals(bytes as Buffer), `raw copy ${String(name)}`).toBe(true);
    }
    expect(inParts.heard).toEqual(plain.heard);
    expect(inParts.problems).toEqual(plain.problems);
    expect(inParts.merge).toEqual(plain.merge);
    expect(inParts.redaction).toEqual(plain.redaction);
    expect(inParts.counts).toEqual(plain.counts);
  }
  return plain;
}

/** A Secret created at Request level, its `data` holding `value`: a line redaction changes. */
function secretEvent(auditID: string, value: string): string {
  return JSON.stringify({
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: 'Request',
    auditID,
    stage: 'ResponseComplete',
    verb: 'create',
    objectRef: { resource: 'secrets', namespace: 'app', name: 's' },
    requestObject: { kind: 'Secret', metadata: { name: 's' }, data: { key: value } },
    stageTimestamp: '2030-01-01T00:00:00.000000Z',
  });
}

function write(name: string, text: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('the pass keyed in parts', () => {
  it('gives what the one-thread reader gives on a generated log of each shape, redacted or not', async () => {
    for (const shape of ['default', 'bodies'] as const) {
      const file = path.join(dir, `generated-${shape}.log`);
      await generateLog(file, 5 * 1024 * 1024, shape);
      const plain = await expectSameInParts([{ node: 'kind-control-plane', files: [file] }], {
        redact: true,
      });
      expect(plain.merge.events).toBeGreaterThan(500);
      if (shape === 'bodies') expect(plain.redaction?.changed).toBeGreaterThan(100);
      await expectSameInParts(
        [{ node: 'kind-control-plane', files: [file] }],
        { redact: false },
        false,
      );
    }
  }, 120_000);

  it('redacts hostile lines with user rules as the one-thread reader does', async () => {
    const next = hostileLines(31);
    const lines: string[] = [];
    for (let size = 0; size < 3 * 1024 * 1024;) {
      const { text } = next();
      lines.push(text);
      size += text.length + 1;
    }
    const file = write('hostile.log', `${lines.join('\n')}\n`);
    const plain = await expectSameInParts([{ node: 'n', files: [file] }], {
      redact: true,
      rules: RedactionRules.compile(HOSTILE_RULES),
    });
    expect(plain.redaction?.values).toBeGreaterThan(100);
  }, 60_000);

  it('merges several nodes and rotated files, the real fixtures among them', async () => {
    const generated = path.join(dir, 'rotated.log');
    await generateLog(generated, 2 * 1024 * 1024);
    const fixtures = [
      'audit2rbac-demo.log',
      'falco-k8s-audit/create_secret.json',
      'falco-k8s-audit/exec_pod.json',
    ]
      .map((name) => path.join(FIXTURES, name))
      .filter((file) => existsSync(file));
    expect(fixtures).toHaveLength(3);
    await expectSameInParts(
      [
        { node: 'kind-control-plane', files: [generated, ...fixtures] },
        { node: 'kind-control-plane2', files: fixtures },
      ],
      { redact: true },
    );
  }, 60_000);

  it('keeps the edges of a part: long lines, blank lines, no newline at the end, an empty file', async () => {
    const event = (id: string, pad: number) =>
      JSON.stringify({
        kind: 'Event',
        apiVersion: 'audit.k8s.io/v1',
        level: 'Request',
        auditID: id,
        stage: 'ResponseComplete',
        verb: 'create',
        user: { username: 'alice' },
        objectRef: { resource: 'configmaps', namespace: 'app' },
        requestObject: { kind: 'ConfigMap', data: { big: 'x'.repeat(pad) } },
        stageTimestamp: `2026-11-26T15:16:00.${id.padStart(6, '0')}Z`,
      });
    const secret = JSON.stringify({
      kind: 'Event',
      auditID: 's',
      stage: 'ResponseComplete',
      objectRef: { resource: 'secrets', namespace: 'app' },
      requestObject: { kind: 'Secret', data: { password: 'c2VjcmV0' } },
      stageTimestamp: '2026-11-26T15:16:01.000000Z',
    });
    const long = write(
      'long.log',
      [
        event('1', 10),
        event('2', 3 * 1024 * 1024),
        '',
        '   ',
        secret,
        'not json',
        event('3', 100),
      ].join('\n'),
    );
    const empty = write('empty.log', '');
    const newlines = write('newlines.log', '\n\n\n');
    const plain = await expectSameInParts([{ node: 'n', files: [long, empty, newlines] }], {
      redact: true,
    });
    expect(plain.redaction?.values).toBeGreaterThan(0);
    await expectSameInParts(
      [{ node: 'n', files: [long, empty, newlines] }],
      { redact: false },
      false,
    );
  }, 60_000);

  it('replaces a line over the limit unread, as the one-thread reader does', async () => {
    const over = Buffer.alloc(MAX_LINE_BYTES + 10, 'a');
    const event =
      '{"kind":"Event","auditID":"a","stage":"ResponseComplete","stageTimestamp":"2026-11-26T15:16:00.000000Z"}';
    const file = write(
      'over.log',
      Buffer.concat([Buffer.from(`${event}\n`), over, Buffer.from(`\n${event}\n`), over]),
    );
    const plain = await expectSameInParts([{ node: 'n', files: [file] }], { redact: true });
    expect(plain.redaction?.unparseable).toBe(2);
    const unredacted = await expectSameInParts(
      [{ node: 'n', files: [file] }],
      { redact: false },
      false,
    );
    expect(unredacted.problems).toEqual([
      `over.log: a line longer than ${MAX_LINE_BYTES} bytes was left out of the merge`,
      `over.log: a line longer than ${MAX_LINE_BYTES} bytes was left out of the merge`,
    ]);
  }, 120_000);

  it('writes a raw copy from the first part redaction changes: the front before it is the file, unchanged', async () => {
    const secret = secretEvent('late-secret', 'bGF0ZS1zZWNyZXQ=');
    // Three parts and more with nothing to redact, then the Secret, then more clean lines.
    const clean = path.join(dir, 'clean-front.log');
    await generateLog(clean, 3 * 1024 * 1024 + 12_345);
    const front = readFileSync(clean);
    const file = write(
      'late-secret.log',
      Buffer.concat([front, Buffer.from(`${secret}\n`), front]),
    );
    const plain = await expectSameInParts([{ node: 'n', files: [file] }], { redact: true });
    expect(plain.redaction?.changed).toBe(1);
    const [, copy] = plain.rawCopies[0] as [string, Buffer];
    expect(copy.subarray(0, front.length).equals(front)).toBe(true);
    expect(copy.includes('bGF0ZS1zZWNyZXQ=')).toBe(false);

    // Nothing to redact: the raw copy is the file's bytes, in a file of its own.
    const out = path.join(dir, 'unchanged-out');
    mkdirSync(out);
    const script = { script: pathToFileURL(THREAD_SCRIPT), threads: 2 };
    const run = () =>
      passOverNodes(
        [{ node: 'n', files: [clean], rawDir: out }],
        path.join(out, 'audit.jsonl'),
        () => {},
        { redact: true, parts: script },
      );
    const [rawFile] = (await run()).rawFiles as [string];
    expect(readFileSync(rawFile).equals(front)).toBe(true);
    expect(statSync(rawFile).ino).not.toBe(statSync(clean).ino);
    expect(statSync(rawFile).mode & 0o777).toBe(0o644);
    // A second pass into the same folder replaces the copy; a link there is refused, not followed.
    writeFileSync(rawFile, 'an earlier run');
    await run();
    expect(readFileSync(rawFile).equals(front)).toBe(true);
    rmSync(rawFile);
    const elsewhere = write('not-to-be-written.txt', 'kept');
    symlinkSync(elsewhere, rawFile);
    await expect(run()).rejects.toThrow(`${rawFile} is a link: refusing to write through it`);
    expect(readFileSync(elsewhere, 'utf8')).toBe('kept');
  }, 60_000);

  it('moves a file it owns into the artifact when redaction leaves it unchanged, and copies it otherwise', async () => {
    const clean = path.join(dir, 'own-clean-source.log');
    await generateLog(clean, 2 * 1024 * 1024 + 777);
    const bytes = readFileSync(clean);
    const script = { script: pathToFileURL(THREAD_SCRIPT), threads: 2 };
    const passOwn = async (file: string, rawDir: string) => {
      mkdirSync(rawDir, { recursive: true });
      const result = await passOverNodes(
        [{ node: 'n', files: [file], rawDir, ownFiles: true }],
        path.join(rawDir, 'audit.jsonl'),
        () => {},
        { redact: true, parts: script },
      );
      return { rawFile: result.rawFiles[0] as string };
    };

    // Nothing to redact: the very file, moved (its inode), readable as the artifact's files are.
    const own = write('own-clean.log', bytes);
    chmodSync(own, 0o600);
    const inode = statSync(own).ino;
    const moved = await passOwn(own, path.join(dir, 'own-out'));
    expect(existsSync(own)).toBe(false);
    expect(statSync(moved.rawFile).ino).toBe(inode);
    expect(readFileSync(moved.rawFile).equals(bytes)).toBe(true);
    expect(statSync(moved.rawFile).mode & 0o777).toBe(0o644);

    // A Secret in it: redacted into a new file, and the file read stays where it was, unchanged.
    const secretLine = secretEvent('own-secret', 'b3duLXNlY3JldA==');
    const withSecret = Buffer.concat([bytes, Buffer.from(`${secretLine}\n`)]);
    const ownSecret = write('own-secret.log', withSecret);
    const redacted = await passOwn(ownSecret, path.join(dir, 'own-secret-out'));
    expect(readFileSync(ownSecret).equals(withSecret)).toBe(true);
    expect(statSync(redacted.rawFile).ino).not.toBe(statSync(ownSecret).ino);
    expect(readFileSync(redacted.rawFile).subarray(0, bytes.length).equals(bytes)).toBe(true);
    expect(readFileSync(redacted.rawFile).includes('b3duLXNlY3JldA==')).toBe(false);

    // Another file system: no rename can move it, so the kernel copy stands in; the file stays.
    const shm = '/dev/shm';
    expect(statSync(shm).dev, `${shm} is on the tests' own file system`).not.toBe(
      statSync(dir).dev,
    );
    const elsewhere = mkdtempSync(path.join(shm, 'pass-own-'));
    try {
      const across = write('own-across.log', bytes);
      const copied = await passOwn(across, path.join(elsewhere, 'out'));
      expect(existsSync(across)).toBe(true);
      expect(readFileSync(copied.rawFile).equals(bytes)).toBe(true);
      expect(statSync(copied.rawFile).mode & 0o777).toBe(0o644);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }

    // A link where the copy goes is refused, not followed, and the file is not moved.
    const linkedOut = path.join(dir, 'own-link-out');
    mkdirSync(linkedOut);
    const kept = write('own-not-to-be-written.txt', 'kept');
    symlinkSync(kept, path.join(linkedOut, 'own-linked.log'));
    const ownLinked = write('own-linked.log', bytes);
    await expect(passOwn(ownLinked, linkedOut)).rejects.toThrow(
      'is a link: refusing to write through it',
    );
    expect(readFileSync(kept, 'utf8')).toBe('kept');
    expect(readFileSync(ownLinked).equals(bytes)).toBe(true);
  }, 60_000);

  it('fails, instead of waiting, when a pass thread fails', async () => {
    const broken = write('broken-thread.mjs', 'throw new Error("this thread cannot start");\n');
    const file = path.join(dir, 'for-broken.log');
    await generateLog(file, 3 * 1024 * 1024);
    const out = path.join(dir, 'broken-out');
    mkdirSync(out);
    const pass = passOverNodes(
      [{ node: 'n', files: [file] }],
      path.join(out, 'audit.jsonl'),
      () => {},
      {
        redact: true,
        parts: { script: pathToFileURL(broken), threads: 2 },
      },
    );
    await expect(pass).rejects.toThrow('this thread cannot start');
  });
});
