import {
  constants,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notCounted } from '../../../src/logs/pass/count.js';
import { summarizeFiles } from '../../../src/logs/summary/files.js';
import type { Summary } from '../../../src/logs/summary/shape.js';
import type { RunState } from '../../../src/state/run-state.js';
import { buildArtifact } from '../../../src/steps/post/artifact.js';
import type { CollectReport } from '../../../src/steps/post/collect.js';
import { CANARIES, canaryLines } from '../../fixtures/canaries/canary-events.js';
import { plainCount } from '../../support/plain-count.js';
import { recordingLogger } from '../../support/recording-logger.js';
import { runStateIn } from '../../support/run-state.js';

/** Every `open` of node:fs/promises, as [path, flags]: the readers of the logs open files with it. */
const opened = vi.hoisted(() => [] as [string, unknown][]);
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof actual.open = (file, flags, mode) => {
    opened.push([String(file), flags]);
    return actual.open(file, flags, mode);
  };
  return { ...actual, open, default: { ...actual, open } };
});

const LOGS = path.join(import.meta.dirname, '../../fixtures/audit-logs');
const FALCO = path.join(LOGS, 'falco-k8s-audit');
const NODE_A = 'kind-control-plane';
const NODE_B = 'kind-control-plane2';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'p2-artifact-'));
  opened.length = 0;
});
afterEach(() => {
  opened.length = 0;
});

const state = (): RunState =>
  runStateIn(dir, {
    policyPath: path.join(dir, 'none.yaml'),
    kindConfigPath: path.join(dir, 'none-kind.yaml'),
    policyOrigin: 'policy level Metadata',
    controlPlaneNodes: [NODE_A, NODE_B],
    verifiedNodes: [NODE_A, NODE_B],
  });

/** Node A: a rotated `.gz` with secrets planted, then the current file; node B: a real log. */
function collected(): CollectReport {
  const a = path.join(dir, 'collected', NODE_A);
  const b = path.join(dir, 'collected', NODE_B);
  const demo = readFileSync(path.join(LOGS, 'audit2rbac-demo.log'), 'utf8').split('\n');
  const half = Math.floor(demo.length / 2);
  const rotated = path.join(a, 'kube-apiserver-audit-2026-01-01T00-00-00.000.log.gz');
  const current = path.join(a, 'kube-apiserver-audit.log');
  const real = path.join(b, 'kube-apiserver-audit.log');
  const falco = readdirSync(FALCO)
    .sort()
    .map((n) => readFileSync(path.join(FALCO, n), 'utf8'))
    .join('\n');
  write(rotated, gzipSync(`${[...demo.slice(0, half), ...canaryLines()].join('\n')}\n`));
  write(current, demo.slice(half).join('\n'));
  write(real, falco);
  const file = (p: string) => ({ path: p, bytes: readFileSync(p).length, ...notCounted() });
  return {
    outDir: path.join(dir, 'collected'),
    files: [rotated, current, real],
    nodes: [
      {
        node: NODE_A,
        container: 'running',
        source: 'runner',
        files: [file(rotated), file(current)],
      },
      { node: NODE_B, container: 'gone', source: 'runner', files: [file(real)] },
    ],
  };
}

function write(file: string, data: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}

const isRead = (flags: unknown) =>
  flags === undefined ||
  flags === 'r' ||
  (typeof flags === 'number' && (flags & (constants.O_WRONLY | constants.O_RDWR)) === 0);

describe('buildArtifact', () => {
  it('reads each collected file once, and never reads a file of the artifact back', async () => {
    const report = collected();
    const outDir = path.join(dir, 'artifact');
    await buildArtifact(recordingLogger(), state(), report, outDir, {
      redact: true,
      rawFiles: true,
    });
    const reads = opened.filter(([, flags]) => isRead(flags)).map(([file]) => file);
    for (const file of report.files) expect(reads.filter((f) => f === file)).toHaveLength(1);
    expect(reads.filter((f) => f.startsWith(outDir))).toEqual([]);
  });

  it("fills summary.json's nodes with files, bytes, requests, first and last, raw files or not", async () => {
    for (const rawFiles of [true, false]) {
      const report = collected();
      const outDir = path.join(dir, `artifact-${rawFiles}`);
      const built = await buildArtifact(recordingLogger(), state(), report, outDir, {
        redact: true,
        rawFiles,
      });
      const onDisk = JSON.parse(readFileSync(path.join(outDir, 'summary.json'), 'utf8')) as Summary;
      expect(onDisk.nodes).toEqual(built.summary.nodes);
      for (const node of report.nodes) {
        // The reference: the node's own files summarised alone, by the summary's own reader.
        const alone = await summarizeFiles(node.files.map((f) => f.path));
        expect(built.summary.nodes[node.node]).toEqual({
          files: node.files.length,
          bytes: node.files.reduce((sum, f) => sum + f.bytes, 0),
          requests: alone.requests,
          first: alone.first,
          last: alone.last,
        });
        expect(alone.requests).toBeGreaterThan(0);
      }
      expect(readdirSync(outDir).includes(NODE_A)).toBe(rawFiles);
    }
  });

  it('counts the events of each collected file as it reads them', async () => {
    const report = collected();
    await buildArtifact(recordingLogger(), state(), report, path.join(dir, 'artifact'), {
      redact: true,
      rawFiles: false,
    });
    for (const file of report.nodes.flatMap((n) => n.files)) {
      const { events, requests, unreadable } = file;
      expect({ events, requests, unreadable }).toEqual(await plainCount(file.path));
      expect(events).toBeGreaterThan(0);
    }
  });

  it('writes raw copies redacted, .gz as .gz, and merges every event into audit.jsonl', async () => {
    const report = collected();
    const outDir = path.join(dir, 'artifact');
    const built = await buildArtifact(recordingLogger(), state(), report, outDir, {
      redact: true,
      rawFiles: true,
    });
    const gz = path.join(outDir, NODE_A, 'kube-apiserver-audit-2026-01-01T00-00-00.000.log.gz');
    const texts = [
      gunzipSync(readFileSync(gz)).toString(),
      readFileSync(path.join(outDir, NODE_A, 'kube-apiserver-audit.log'), 'utf8'),
      readFileSync(path.join(outDir, NODE_B, 'kube-apiserver-audit.log'), 'utf8'),
      readFileSync(path.join(outDir, 'audit.jsonl'), 'utf8'),
    ];
    for (const text of texts)
      for (const [where, value] of Object.entries(CANARIES))
        expect(text.includes(value), `${where} leaked`).toBe(false);
    expect(built.redaction?.values).toBeGreaterThan(20);
    const merged = texts[3]?.split('\n').filter(Boolean) ?? [];
    const events = report.nodes.flatMap((n) => n.files).reduce((sum, f) => sum + f.events, 0);
    expect(merged).toHaveLength(events);
    expect(built.merge.events).toBe(events);
    // Lines that are not events (a cut line, text) stay out of audit.jsonl but count as read.
    const unreadable = report.nodes.flatMap((n) => n.files).reduce((s, f) => s + f.unreadable, 0);
    expect(unreadable).toBeGreaterThan(0);
    expect(built.summary.skipped).toBe(unreadable);
    expect(built.summary.lines).toBe(events + unreadable);
    expect(built.summary.requests).toBe(
      built.summary.nodes[NODE_A]!.requests! + built.summary.nodes[NODE_B]!.requests!,
    );
  });

  it('with redaction off, keeps each raw copy byte for byte, compressed ones too', async () => {
    const report = collected();
    const outDir = path.join(dir, 'artifact');
    const built = await buildArtifact(recordingLogger(), state(), report, outDir, {
      redact: false,
      rawFiles: true,
    });
    expect(built.redaction).toBeUndefined();
    for (const node of report.nodes)
      for (const file of node.files)
        expect(readFileSync(path.join(outDir, node.node, path.basename(file.path)))).toEqual(
          readFileSync(file.path),
        );
  });

  /** One node whose file holds a ConfigMap's data, an exec command and a cut line. */
  function userSecrets(): CollectReport {
    const file = path.join(dir, 'collected', NODE_A, 'kube-apiserver-audit.log');
    const line = (fields: object) =>
      JSON.stringify({ kind: 'Event', auditID: 'x', stage: 'ResponseComplete', ...fields });
    write(
      file,
      [
        line({
          verb: 'create',
          objectRef: { resource: 'configmaps' },
          requestObject: { kind: 'ConfigMap', data: { release: 'kaRelease1x' } },
        }),
        line({
          verb: 'create',
          requestURI: '/api/v1/namespaces/a/pods/p/exec?command=kaCommand2x&stdin=true',
        }),
        // Cut off before the objectRef that would say what its data is.
        '{"kind":"Event","requestObject":{"data":{"password":"kaCut3x"}}',
        '',
      ].join('\n'),
    );
    const files = [{ path: file, bytes: readFileSync(file).length, ...notCounted() }];
    return {
      outDir: path.join(dir, 'collected'),
      files: [file],
      nodes: [{ node: NODE_A, container: 'running', source: 'runner', files }],
    };
  }

  it('applies the rules main saved and those the front end adds, to every file it writes', async () => {
    const outDir = path.join(dir, 'artifact');
    const texts = async (run: RunState, extra?: { patterns: string[] }) => {
      await buildArtifact(recordingLogger(), run, userSecrets(), outDir, {
        redact: true,
        rawFiles: true,
        ...(extra ? { redaction: { auditAnnotations: [], resources: [], ...extra } } : {}),
      });
      return ['audit.jsonl', `${NODE_A}/kube-apiserver-audit.log`]
        .map((name) => readFileSync(path.join(outDir, name), 'utf8'))
        .join('\n');
    };
    const plain = await texts(state());
    expect(plain).toContain('kaRelease1x');
    expect(plain).toContain('kaCommand2x');
    const redacted = await texts(
      { ...state(), redaction: { resources: ['configmaps'], auditAnnotations: [], patterns: [] } },
      { patterns: ['command=[^&]*'] },
    );
    for (const value of ['kaRelease1x', 'kaCommand2x', 'kaCut3x'])
      expect(redacted).not.toContain(value);
  });

  it('writes nothing when the rules main saved cannot be read', async () => {
    const outDir = path.join(dir, 'artifact-bad');
    const damaged = {
      ...state(),
      redaction: { resources: [], auditAnnotations: [], patterns: ['(a)\\1'] },
    };
    await expect(
      buildArtifact(recordingLogger(), damaged, userSecrets(), outDir, {
        redact: true,
        rawFiles: true,
      }),
    ).rejects.toThrow(/backreferences/);
    expect(() => readdirSync(outDir)).toThrow(/ENOENT/);
  });
});
