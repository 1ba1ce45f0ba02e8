// A redactor told which lines its listener parses (`StreamRedactor`'s `parses`) proves a line with
// nothing to redact whole by that one parse, and checks only its keys by their bytes: it must
// write exactly what the byte check writes — the same bytes, the same counts, damaged lines and
// repeated keys handled alike — and hand on, for each line it parsed, the object the line holds.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateLog, seeded } from '../../../bench/generate-log.js';
import { BUILT_IN_RULES, StreamRedactor } from '../../../src/logs/redact/index.js';
import { RedactionRules } from '../../../src/logs/redact/settings.js';
import { HOSTILE_RULES, hostileLines } from '../../support/hostile-lines.js';

interface Run {
  out: string;
  stats: unknown;
  /** Each line handed on: what was written, and the object handed with it. */
  lines: { written: string; parsed: object | undefined }[];
}

/** Redacts `text` in chunks of random sizes (lines then span chunks), by one of the two ways. */
function redact(
  text: string,
  rules: RedactionRules,
  parses: ((line: Buffer) => boolean) | undefined,
): Run {
  const lines: Run['lines'] = [];
  const redactor = new StreamRedactor(
    undefined,
    (written, _read, parsed) => lines.push({ written: written.toString('utf8'), parsed }),
    rules,
    parses,
  );
  const bytes = Buffer.from(text);
  const random = seeded(bytes.length);
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length;) {
    const size = 1 + Math.floor(random() * 64 * 1024);
    out.push(...redactor.push(Buffer.from(bytes.subarray(at, at + size))));
    at += size;
  }
  out.push(...redactor.end());
  return { out: Buffer.concat(out).toString('utf8'), stats: redactor.stats, lines };
}

/** Both ways agree, and the object handed with a line is what parsing that line gives. */
function expectSame(text: string, rules: RedactionRules = BUILT_IN_RULES): Run {
  const byCheck = redact(text, rules, undefined);
  const byParse = redact(text, rules, () => true);
  expect(byParse.out).toBe(byCheck.out);
  expect(byParse.stats).toEqual(byCheck.stats);
  expect(byParse.lines.map((l) => l.written)).toEqual(byCheck.lines.map((l) => l.written));
  for (const { written, parsed } of byParse.lines) {
    let value: unknown;
    try {
      value = JSON.parse(written);
    } catch {
      value = undefined;
    }
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    // A marker is written in place of a line that could not be parsed: nothing is handed on.
    if (isObject && !('redacted' in (value as object) && 'reason' in (value as object)))
      expect(parsed, written).toEqual(value);
  }
  return byParse;
}

describe('a redactor that proves lines by its listener’s parse', () => {
  it('writes what the byte check writes, on hostile lines with user rules', () => {
    const next = hostileLines(7);
    const text = Array.from({ length: 5000 }, () => next().text).join('\n');
    const run = expectSame(text, RedactionRules.compile(HOSTILE_RULES));
    // The hostile lines hold damaged ones, repeated keys and values to replace.
    expect(run.stats).toMatchObject({ unparseable: expect.any(Number) as number });
    expect((run.stats as { unparseable: number }).unparseable).toBeGreaterThan(0);
    expect((run.stats as { byLocation: Record<string, number> }).byLocation).toHaveProperty(
      'repeated-keys',
    );
  });

  it.each(['default', 'bodies'] as const)(
    'writes what the byte check writes, on the bench’s %s log',
    async (shape) => {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'parses-')), 'audit.log');
      await generateLog(file, 3 * 1024 * 1024, shape);
      const run = expectSame(readFileSync(file, 'utf8'));
      // Most lines were handed on with the object the one parse made.
      const handed = run.lines.filter((l) => l.parsed !== undefined).length;
      expect(handed).toBeGreaterThan(run.lines.length * 0.9);
    },
  );

  it('writes what the byte check writes, on a real log', () => {
    const real = readFileSync(
      fileURLToPath(new URL('../../fixtures/audit-logs/audit2rbac-demo.log', import.meta.url)),
      'utf8',
    );
    expectSame(real);
  });

  it.each([
    [
      'a key repeated in a line that spells no trigger word (kept)',
      '{"kind":"Event","verb":"get","verb":"delete"}',
      '{"kind":"Event","verb":"get","verb":"delete"}',
    ],
    [
      'a key repeated in a line that spells one',
      '{"kind":"Event","objectRef":{"resource":"secrets"},"verb":"get","verb":"delete"}',
      '{"kind":"Event","objectRef":{"resource":"secrets"},"verb":"delete"}',
    ],
    [
      'a key repeated behind a long string',
      `{"kind":"Event","objectRef":{"resource":"secrets"},"note":"${'x'.repeat(300)}\\\\","verb":"get","verb":"delete"}`,
      `{"kind":"Event","objectRef":{"resource":"secrets"},"note":"${'x'.repeat(300)}\\\\","verb":"delete"}`,
    ],
    ['a line cut off', '{"kind":"Event","verb":"g', undefined],
    ['an array', '[{"kind":"Event"}]', undefined],
    [
      'an escaped quote at the end of a long string',
      `{"kind":"Event","note":"${'y'.repeat(100)}\\"","verb":"get"}`,
      `{"kind":"Event","note":"${'y'.repeat(100)}\\"","verb":"get"}`,
    ],
  ])('%s', (_, line, written) => {
    const run = expectSame(`${line}\n`);
    if (written) expect(run.out).toBe(`${written}\n`);
    else expect(JSON.parse(run.out)).toMatchObject({ redacted: expect.any(String) as string });
  });
});
