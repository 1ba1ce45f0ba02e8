import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REDACTED, redactFile } from '../../../src/logs/redact/index.js';
import {
  CANARIES,
  canaryLines,
  cutCanaryLine,
  leakForms,
} from '../../fixtures/canaries/canary-events.js';

const realLogs = fileURLToPath(new URL('../../fixtures/audit-logs/', import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'redact-canaries-'));

/** A real Metadata-level event: it holds nothing secret and must come out byte for byte. */
const realLine =
  readFileSync(path.join(realLogs, 'audit2rbac-demo.log'), 'utf8').split('\n')[0] ?? '';
/** A real Request-level event with a body (a ConfigMap create), from falco's traces. */
const realBodyLine = readFileSync(
  path.join(realLogs, 'falco-k8s-audit', 'create_configmap.json'),
  'utf8',
).trimEnd();

/** The log: clean real lines around every canary line, a cut line last (no newline). */
function canaryLog(): string {
  return [realLine, ...canaryLines(), realBodyLine, cutCanaryLine()].join('\n');
}

/** The artifact's bytes as a reader sees them: `.gz` decompressed. */
function readOut(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

function hashes(value: string): string[] {
  return ['md5', 'sha1', 'sha256', 'sha512'].flatMap((algorithm) => {
    const digest = createHash(algorithm).update(value).digest();
    return [digest.toString('hex'), digest.toString('base64')];
  });
}

describe.each([
  ['plain', 'kube-apiserver-audit.log'],
  ['gzip', 'kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz'],
])('redactFile on planted canaries (%s)', (_, name) => {
  const input = path.join(dir, name);
  const output = path.join(dir, `out-${name}`);
  const text = canaryLog();
  writeFileSync(input, name.endsWith('.gz') ? gzipSync(text) : text);
  const done = redactFile(input, output);

  // The cut line holds only part of its canary: the next test looks for that part.
  const whole = Object.entries(CANARIES).filter(([key]) => key !== 'cutLine');
  it.each(whole)('leaves no trace of %s in the output', async (_, value) => {
    await done;
    const out = readOut(output);
    for (const form of leakForms(value)) expect(out).not.toContain(form);
    // The input did hold it, so the test would fail without redaction.
    expect(text.includes(value) || text.includes(Buffer.from(value).toString('base64'))).toBe(true);
  });

  it('leaves no part of a line cut off inside a Secret', async () => {
    await done;
    const cut = Buffer.from(CANARIES.cutLine).toString('base64').slice(0, 12);
    expect(text).toContain(cut);
    expect(readOut(output)).not.toContain(cut);
  });

  it('replaces values by the fixed marker, never by a hash of them', async () => {
    await done;
    const out = readOut(output);
    expect(out).toContain(REDACTED);
    for (const value of Object.values(CANARIES))
      for (const hash of hashes(value)) expect(out).not.toContain(hash);
  });

  it('keeps lines with nothing secret byte for byte, in place', async () => {
    await done;
    const lines = readOut(output).split('\n');
    expect(lines[0]).toBe(realLine);
    expect(lines.at(-2)).toBe(realBodyLine);
    expect(lines).toHaveLength(text.split('\n').length);
  });

  it('says how many values were redacted, and where', async () => {
    const stats = await done;
    expect(stats.byLocation).toEqual({
      // Two in a create, one in a Table row, one in a List, five in the bootstrap token, one
      // behind a JSON escape.
      'secrets.data': 10,
      'secrets.stringData': 1,
      // The JSON patch, the merge patch's two, the strategic one's data and its
      // $setElementOrder directive (a patch keeps only where it changes a Secret).
      'secrets.requestObject': 5,
      'last-applied-configuration': 2,
      'secretList.items.data': 1,
      'watch.object.data': 1,
      'serviceaccounts/token.status.token': 2,
      'tokenreviews.spec.token': 2,
      'secrets.webhookPatch': 1,
    });
    expect(stats.values).toBe(Object.values(stats.byLocation).reduce((a, b) => a + b, 0));
    expect(stats.unparseable).toBe(2); // the legacy text line and the cut line
    expect(stats.lines).toBe(text.split('\n').length);
  });
});

describe('redactFile on the real logs the repository carries', () => {
  it('changes nothing: they hold no secret material (secrets are logged at Metadata)', async () => {
    const files = [
      path.join(realLogs, 'audit2rbac-demo.log'),
      ...readdirSync(path.join(realLogs, 'falco-k8s-audit')).map((n) =>
        path.join(realLogs, 'falco-k8s-audit', n),
      ),
    ];
    for (const file of files) {
      const output = path.join(dir, `real-${path.basename(file)}`);
      const stats = await redactFile(file, output);
      expect(readFileSync(output)).toEqual(readFileSync(file));
      expect(stats.changed).toBe(0);
    }
  });
});
