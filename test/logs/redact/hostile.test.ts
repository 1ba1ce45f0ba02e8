// Redaction against a seeded generator of hostile lines (test/support/hostile-lines.ts): 100,000
// lines over two nodes, through post's pass (audit.jsonl and the raw copies), `redact` and `merge`.
// No canary may come out, in any spelling: each line written is also read back decoded.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeFiles } from '../../../src/logs/pass/merge-files.js';
import { passOverNodes } from '../../../src/logs/pass/one-pass.js';
import { redactFile } from '../../../src/logs/redact/index.js';
import { RedactionRules } from '../../../src/logs/redact/settings.js';
import { HOSTILE_RULES, hostileLines } from '../../support/hostile-lines.js';

const LINES = 100_000;
/** The machine is shared: room for a loaded one (each pass takes a few CPU seconds). */
const SLOW = { timeout: 120_000 };
const dir = mkdtempSync(path.join(os.tmpdir(), 'redact-hostile-'));
const rules = RedactionRules.compile(HOSTILE_RULES);
const CANARY = /kaC[0-9a-z]+Q[0-9a-z]+x|AKIA[0-9A-Z]{16}|\d{4}-\d{4}-\d{4}-\d{4}/g;

/** Every canary a text holds, raw and, for a JSON line, as its escapes decode. */
function canariesIn(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    found.push(...(line.match(CANARY) ?? []));
    if (!line.includes('\\')) continue;
    try {
      found.push(...(JSON.stringify(JSON.parse(line)).match(CANARY) ?? []));
    } catch {
      // Not JSON: its raw bytes were searched.
    }
  }
  return found;
}

const read = (file: string) => {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
};

const planted = new Set<string>();
const nodes = [
  { node: 'cp1', file: path.join(dir, 'cp1', 'kube-apiserver-audit.log') },
  {
    node: 'cp2',
    file: path.join(dir, 'cp2', 'kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz'),
  },
];

beforeAll(() => {
  const next = hostileLines(20);
  nodes.forEach(({ file }) => {
    const lines: string[] = [];
    for (let i = 0; i < LINES / nodes.length; i++) {
      const { text, canaries } = next();
      lines.push(text);
      for (const c of canaries) planted.add(c);
    }
    const body = `${lines.join('\n')}\n`;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, file.endsWith('.gz') ? gzipSync(body) : body);
  });
});

/** Fails naming the canaries that came out. */
function expectNoCanary(text: string): void {
  const leaked = canariesIn(text).filter((c) => planted.has(c));
  expect(leaked.slice(0, 5), `${leaked.length} canaries leaked`).toEqual([]);
}

describe(`redaction of ${LINES.toLocaleString('en-US')} hostile lines`, () => {
  it('plants canaries the output would show unredacted', SLOW, () => {
    const input = nodes.map((n) => read(n.file)).join('\n');
    expect(planted.size).toBeGreaterThan(50_000);
    // Most canaries are in the input as written; the rest behind escapes or in cut lines.
    expect(new Set(canariesIn(input)).size).toBeGreaterThan(planted.size * 0.8);
  });

  it("leaves none in post's audit.jsonl or its raw copies", SLOW, async () => {
    const raw = path.join(dir, 'post');
    mkdirSync(path.join(raw, 'cp1'), { recursive: true });
    mkdirSync(path.join(raw, 'cp2'), { recursive: true });
    const merged = path.join(raw, 'audit.jsonl');
    const result = await passOverNodes(
      nodes.map(({ node, file }) => ({ node, files: [file], rawDir: path.join(raw, node) })),
      merged,
      () => {},
      { redact: true, rules },
    );
    expect(result.redaction?.values).toBeGreaterThan(50_000);
    expectNoCanary(read(merged));
    for (const file of result.rawFiles) expectNoCanary(read(file));
  });

  it("leaves none in redact's copies", SLOW, async () => {
    for (const { file } of nodes) {
      const out = path.join(dir, `redacted-${path.basename(file)}`);
      const stats = await redactFile(file, out, { rules });
      expect(stats.lines).toBe(LINES / nodes.length);
      expectNoCanary(read(out));
    }
  });

  it("leaves none in merge's file", SLOW, async () => {
    const out = path.join(dir, 'merged.jsonl');
    await mergeFiles(
      nodes.map(({ node, file }) => ({ node, files: [file] })),
      out,
      { redact: true, rules },
    );
    expectNoCanary(read(out));
  });
});
