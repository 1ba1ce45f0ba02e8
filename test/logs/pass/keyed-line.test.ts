import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyedEvent, keyedLine } from '../../../src/logs/pass/keyed-line.js';
import { redactLine } from '../../../src/logs/redact/line.js';
import { canaryLines } from '../../fixtures/canaries/canary-events.js';

const dir = new URL('../../fixtures/audit-logs/', import.meta.url);
const falco = new URL('falco-k8s-audit/', dir);
/** Every line of the real logs the repository carries, odd ones included. */
const realLines = [
  ...readFileSync(new URL('audit2rbac-demo.log', dir), 'utf8').split('\n'),
  ...readdirSync(falco).flatMap((name) => readFileSync(new URL(name, falco), 'utf8').split('\n')),
].filter((line) => line !== '');

/** The order key as JSON.parse reads it: `undefined` for a line that is no event. */
function plainKey(text: string) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const event = value as Record<string, unknown>;
  if (typeof event.stage !== 'string') return undefined;
  const textOf = (x: unknown) => (typeof x === 'string' ? x : undefined);
  return {
    time: textOf(event.stageTimestamp) ?? textOf(event.timestamp) ?? '',
    auditID: textOf(event.auditID) ?? '',
    stage: event.stage,
  };
}

describe('keyedEvent', () => {
  it('keys every real line by its time, auditID and stage, and parses the events among them', () => {
    let events = 0;
    for (const text of realLines) {
      const line = Buffer.from(text);
      const keyed = keyedEvent(line);
      expect(keyed.key, text.slice(0, 120)).toEqual(plainKey(text));
      expect(keyed.line).toBe(line);
      if (keyed.key) {
        events++;
        const whole = JSON.parse(text) as Record<string, unknown>;
        expect(keyed.request?.auditID).toBe(whole.auditID);
        expect(keyed.request?.verb).toEqual(whole.verb);
      } else expect(keyed.request).toBeUndefined();
    }
    expect(events).toBeGreaterThan(80);
  });

  it('keeps the request the event tells, not the event with its bodies, which no consumer reads', () => {
    const line = Buffer.from(
      JSON.stringify({
        auditID: 'a',
        stage: 'ResponseComplete',
        verb: 'create',
        requestObject: { kind: 'Secret', data: { password: 'c2VjcmV0' } },
        responseObject: { kind: 'Secret' },
        stageTimestamp: '2026-01-01T00:00:00.000000Z',
      }),
    );
    const keyed = keyedEvent(line);
    expect(keyed.request).toMatchObject({ auditID: 'a', verb: 'create' });
    expect(JSON.stringify(keyed)).not.toContain('c2VjcmV0');
  });

  it('gives no key and no event for what is not an event', () => {
    for (const text of ['not json', '{"kind":0}', '[1,2]', '{"stage":7}', '{"stage":"RequestRece'])
      expect(keyedEvent(Buffer.from(text))).toEqual({ line: Buffer.from(text), key: undefined });
  });
});

describe('keyedLine with the parse redaction made', () => {
  it('keys every real and canary line as a parse of the written line does', () => {
    let handed = 0;
    for (const text of [...realLines, ...canaryLines()]) {
      const { line, parsed } = redactLine(text);
      if (parsed) handed++;
      // Each side parses (or is handed) its own object: the bodies are let go in place.
      expect(keyedLine(line, parsed === undefined ? undefined : structuredClone(parsed))).toEqual(
        keyedLine(Buffer.from(line)),
      );
    }
    expect(handed).toBeGreaterThan(10);
  });
});
