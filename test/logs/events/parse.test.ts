import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLine, type ParsedLine } from '../../../src/logs/events/parse.js';
import { isEvent } from '../../../src/logs/events/request.js';
import { Summarizer } from '../../../src/logs/summary/summarizer.js';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/audit-logs');

/** The reference: the whole line through trim and JSON.parse, as the summary always did. */
function plain(text: string): ParsedLine {
  if (text.trim() === '') return { kind: 'blank' };
  try {
    const value: unknown = JSON.parse(text);
    return isEvent(value) ? { kind: 'event', event: value } : { kind: 'skipped' };
  } catch {
    return { kind: 'skipped' };
  }
}

function fixtureLines(): string[] {
  const falco = path.join(FIXTURES, 'falco-k8s-audit');
  return [
    path.join(FIXTURES, 'audit2rbac-demo.log'),
    ...readdirSync(falco).map((n) => path.join(falco, n)),
  ].flatMap((f) => readFileSync(f, 'utf8').split('\n'));
}

const ODD_LINES = [
  '',
  '   ',
  '\r',
  '\t \u00a0\ufeff',
  '{',
  '{}',
  '{"stage":1}',
  '{"stage":"ResponseComplete"}',
  ' {"stage":"ResponseComplete"}',
  '{"stage":"RequestReceived"} trailing',
  '[{"stage":"ResponseComplete"}]',
  '"just a string"',
  'null',
  '{"kind": 0}',
  '{"stage":"ResponseComplete","user":{"username":"ünïcödé 名前"}}',
];

describe('parseLine', () => {
  it('agrees with trim + JSON.parse on every line of the real logs and on odd lines, as bytes and as text', () => {
    const lines = [...fixtureLines(), ...ODD_LINES];
    expect(lines.length).toBeGreaterThan(90);
    for (const line of lines) {
      expect(parseLine(Buffer.from(line)), line).toEqual(plain(line));
      expect(parseLine(line), line).toEqual(plain(line));
    }
  });

  it('counts whitespace-only lines as nothing and lines that are not events as skipped', () => {
    const summarizer = new Summarizer();
    for (const line of ODD_LINES) summarizer.add(Buffer.from(line), 'n');
    const summary = summarizer.result();
    // Four lines are blank (whitespace of every kind trim knows); three are events.
    expect(summary.lines).toBe(ODD_LINES.length - 4);
    expect(summary.events).toBe(3);
    expect(summary.skipped).toBe(ODD_LINES.length - 4 - 3);
  });
});
