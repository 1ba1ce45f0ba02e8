import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { redactParsed } from '../../../src/logs/redact/line.js';
import {
  REDACTED,
  redactFile,
  redactLine,
  StreamRedactor,
} from '../../../src/logs/redact/index.js';
import { canaryLines, cutCanaryLine } from '../../fixtures/canaries/canary-events.js';

const realLogs = fileURLToPath(new URL('../../fixtures/audit-logs/', import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'redact-line-'));

/** Every line of the real logs the repository carries. */
function realLines(): string[] {
  const falco = path.join(realLogs, 'falco-k8s-audit');
  return [
    ...readFileSync(path.join(realLogs, 'audit2rbac-demo.log'), 'utf8').split('\n'),
    ...readdirSync(falco).flatMap((n) => readFileSync(path.join(falco, n), 'utf8').split('\n')),
  ].filter((l) => l.trim() !== '');
}

const secretEvent = (data: Record<string, string>) =>
  JSON.stringify({
    kind: 'Event',
    stage: 'ResponseComplete',
    objectRef: { resource: 'secrets', name: 'x' },
    responseObject: { kind: 'Secret', data },
  });

describe('redactLine', () => {
  it('returns a line with nothing to redact as the very same Buffer', () => {
    const line = Buffer.from(realLines()[0] ?? '');
    expect(redactLine(line).line).toBe(line);
    // A secrets event at Metadata level takes the full check and still comes back untouched.
    const metadata = Buffer.from('{"kind":"Event","objectRef":{"resource":"secrets"}}');
    expect(redactLine(metadata)).toEqual({
      line: metadata,
      redacted: 0,
      locations: [],
      unparseable: false,
      // What the full check parsed, handed on so the pass does not parse the line again.
      parsed: JSON.parse(metadata.toString()) as object,
    });
    expect(redactLine(metadata).line).toBe(metadata);
  });

  it('agrees with a full parse on every real line and every canary line', () => {
    for (const text of [...realLines(), ...canaryLines()]) {
      const fast = redactLine(text);
      const full = redactParsed(Buffer.from(text));
      expect(fast.line.toString()).toBe(full.line.toString());
      expect(fast.locations).toEqual(full.locations);
    }
  });

  it('replaces a line that is not a JSON object by a marker that gives its length', () => {
    for (const text of [
      '{"kind":"Event","objectRef":{"resource":"secr',
      'AUDIT: id="1"',
      '[1,2]',
    ]) {
      const result = redactLine(text);
      expect(result.unparseable).toBe(true);
      expect(JSON.parse(result.line.toString())).toMatchObject({
        redacted: REDACTED,
        bytes: Buffer.byteLength(text),
      });
    }
  });

  it('looks behind a JSON escape that spells a letter, but not behind those Go writes', () => {
    const hidden = secretEvent({ k: 'c2VjcmV0' }).replace('"secrets"', '"secr\\u0065ts"');
    expect(redactLine(hidden.replace('"Secret"', '"S\\u0065cret"')).redacted).toBe(1);
    // A client's patch logged as sent: the Secret inside the last-applied annotation of a
    // ConfigMap, its quotes spelled `\u0022`.
    const quote = '\\u0022';
    const applied = `{${quote}kind${quote}:${quote}Secret${quote},${quote}data${quote}:{}}`;
    const patch = `{"kind":"Event","objectRef":{"resource":"configmaps"},"requestObject":{"metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"${applied}"}}}}`;
    expect(redactLine(patch).locations).toEqual(['last-applied-configuration']);
    const goEscapes = '{"kind":"Event","requestURI":"/api?a=1\\u0026b=\\u003c2\\u003e"}';
    const line = Buffer.from(goEscapes);
    expect(redactLine(line).line).toBe(line);
  });

  it('is idempotent: a redacted line redacts to itself', () => {
    for (const text of canaryLines()) {
      const once = redactLine(text).line;
      const twice = redactLine(once);
      expect(twice.line.toString()).toBe(once.toString());
      expect(twice.redacted).toBe(0);
    }
  });

  it('keeps the keys of Secret data and replaces only the values', () => {
    const out = JSON.parse(
      redactLine(secretEvent({ password: 'aHVudGVyMg==' })).line.toString(),
    ) as { responseObject: { data: unknown } };
    expect(out.responseObject.data).toEqual({ password: REDACTED });
  });

  it('redacts the last-applied annotation of non-Secrets only when it holds a Secret', () => {
    const annotated = (kind: string, applied: object) =>
      JSON.stringify({
        kind: 'Event',
        objectRef: { resource: 'configmaps' },
        requestObject: {
          kind,
          metadata: {
            annotations: {
              'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify(applied),
            },
          },
        },
      });
    const configMap = Buffer.from(annotated('ConfigMap', { kind: 'ConfigMap', data: { a: 'b' } }));
    expect(redactLine(configMap).line).toBe(configMap);
    const holdsSecret = annotated('List', { kind: 'Secret', data: { a: 'c2VjcmV0' } });
    expect(redactLine(holdsSecret).locations).toEqual(['last-applied-configuration']);
    // A client's patch is logged as sent, so the annotation may be no text at all: then a Secret
    // in it is found by its kind, and anything else is kept as it was.
    const patched = (applied: object) =>
      Buffer.from(
        JSON.stringify({
          kind: 'Event',
          objectRef: { resource: 'configmaps' },
          requestObject: {
            metadata: {
              annotations: { 'kubectl.kubernetes.io/last-applied-configuration': applied },
            },
          },
        }),
      );
    const notText = patched({ data: { a: 'b' } });
    expect(redactLine(notText).line).toBe(notText);
    expect(redactParsed(notText).line).toBe(notText);
    expect(redactLine(patched({ kind: 'Secret', data: { a: 'c2VjcmV0' } })).locations).toEqual([
      'secrets.data',
    ]);
  });

  it('replaces a hostile nesting too deep to walk instead of failing', () => {
    const deep = `{"kind":"Event","objectRef":{"resource":"secrets"},"responseObject":{"kind":"Status","x":${'['.repeat(5000)}${']'.repeat(5000)}}}`;
    const result = redactLine(deep);
    expect(result.locations).toEqual(['too-deep']);
  });
});

describe('StreamRedactor', () => {
  const text = [...realLines().slice(0, 20), ...canaryLines(), ''].join('\n') + cutCanaryLine();

  it('gives the same bytes whatever the chunk boundaries', () => {
    const whole = new StreamRedactor();
    const expected = Buffer.concat([...whole.push(Buffer.from(text)), ...whole.end()]);
    for (const size of [1, 7, 100, 4096]) {
      const redactor = new StreamRedactor();
      const parts: Buffer[] = [];
      const bytes = Buffer.from(text);
      for (let i = 0; i < bytes.length; i += size)
        parts.push(...redactor.push(bytes.subarray(i, i + size)));
      parts.push(...redactor.end());
      expect(Buffer.concat(parts).toString()).toBe(expected.toString());
      expect(redactor.stats).toEqual(whole.stats);
    }
  });

  it('replaces a line longer than the limit unread, keeping memory bounded', () => {
    const redactor = new StreamRedactor(1000);
    const long = secretEvent({ k: 'x'.repeat(5000) });
    const out = Buffer.concat([
      ...redactor.push(Buffer.from(`${long.slice(0, 3000)}`)),
      ...redactor.push(Buffer.from(`${long.slice(3000)}\n{"kind":"Event"}\n`)),
      ...redactor.end(),
    ]).toString();
    const [marker, next] = out.split('\n');
    expect(JSON.parse(marker ?? '')).toMatchObject({ bytes: long.length });
    expect(next).toBe('{"kind":"Event"}');
    expect(redactor.stats).toMatchObject({ lines: 2, changed: 1, unparseable: 1 });
  });
});

describe('redactFile', () => {
  it('writes what it could read of a cut .gz, and a marker for the damaged tail', async () => {
    const lines = [realLines()[0] ?? '', secretEvent({ k: 'c2VjcmV0' })];
    const gz = gzipSync(Buffer.from(`${lines.join('\n')}\n${lines.join('\n')}\n`));
    const input = path.join(dir, 'cut.log.gz');
    writeFileSync(input, gz.subarray(0, gz.length - 30));
    const output = path.join(dir, 'cut-out.log.gz');
    const stats = await redactFile(input, output);
    const out = gunzipSync(readFileSync(output)).toString();
    expect(out.startsWith(`${lines[0]}\n`)).toBe(true);
    expect(out).not.toContain('c2VjcmV0');
    expect(stats.unparseable).toBeGreaterThanOrEqual(1);
  });

  it('never writes through a link planted at the output path', async () => {
    const input = path.join(dir, 'in.log');
    writeFileSync(input, `${realLines()[0]}\n`);
    const target = path.join(dir, 'target');
    writeFileSync(target, 'untouched');
    const link = path.join(dir, 'link.log');
    symlinkSync(target, link);
    await expect(redactFile(input, link)).rejects.toThrow(/ELOOP/);
    expect(readFileSync(target, 'utf8')).toBe('untouched');
  });
});
