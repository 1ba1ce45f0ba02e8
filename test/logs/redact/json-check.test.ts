// The byte check that proves a line whole without parsing it (src/logs/redact/json-check.ts) must say "clean"
// only of a line JSON.parse takes as an object with no key repeated, and "invalid" exactly of what
// JSON.parse refuses: here on real lines, their cuts, random damage and hostile spellings.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seeded } from '../../../bench/generate-log.js';
import { checkJsonObject, JSON_CHECK } from '../../../src/logs/redact/json-check.js';

const real = readFileSync(
  fileURLToPath(new URL('../../fixtures/audit-logs/audit2rbac-demo.log', import.meta.url)),
  'utf8',
)
  .split('\n')
  .filter((l) => l !== '');

/** Keys in the text (strings followed by a colon) against keys in the parsed tree. */
function repeatsKeys(text: string, parsed: unknown): boolean {
  // Strings in order from the first quote: each match starts at an opening quote.
  const inText = [...text.matchAll(/"(?:[^"\\]|\\.)*"(\s*:)?/g)].filter((m) => m[1]).length;
  let inTree = 0;
  const stack: unknown[] = [parsed];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (!Array.isArray(node)) inTree += Object.keys(node).length;
    stack.push(...(Object.values(node) as unknown[]));
  }
  return inText > inTree;
}

/** What the check must say of `bytes`, decided by JSON.parse. */
function expected(bytes: Buffer): number[] {
  let parsed: unknown;
  const text = bytes.toString('utf8');
  try {
    parsed = JSON.parse(text);
  } catch {
    return [JSON_CHECK.invalid];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return [JSON_CHECK.invalid];
  // A key spelled with an escape cannot be compared by its bytes: "maybe" is a right answer.
  return repeatsKeys(text, parsed)
    ? [JSON_CHECK.maybeRepeated]
    : [JSON_CHECK.clean, JSON_CHECK.maybeRepeated];
}

function mutate(line: string, random: () => number): string {
  const at = Math.floor(random() * line.length);
  const roll = random();
  if (roll < 0.3) return line.slice(0, at); // cut off
  if (roll < 0.45) return line.slice(0, at) + line.slice(at + 1); // a byte lost
  const pieces = [
    '"',
    '\\',
    '\\u00',
    '\\u0041',
    '\\x',
    ',',
    ':',
    '{',
    '}',
    '[',
    ']',
    ' ',
    '\t',
    '\u0001',
    '1',
    '-',
    '0.',
    '1e',
    'true',
    'nul',
    'null',
    '\u00e9',
    '\uffff',
    '"a":1,',
    ',"a":1',
  ];
  const piece = pieces[Math.floor(random() * pieces.length)] ?? '';
  if (roll < 0.8) return line.slice(0, at) + piece + line.slice(at); // something added
  return line.slice(0, at) + piece + line.slice(at + 1); // a byte replaced
}

describe('checkJsonObject', () => {
  it('calls every real line clean', () => {
    for (const line of real)
      expect(checkJsonObject(Buffer.from(line), 0, Buffer.byteLength(line))).toBe(JSON_CHECK.clean);
  });

  it('agrees with JSON.parse on real lines cut, damaged and added to at random', () => {
    const random = seeded(4);
    let invalid = 0;
    for (let n = 0; n < 20_000; n++) {
      let line = real[Math.floor(random() * real.length)] ?? '';
      for (let k = Math.floor(random() * 3); k >= 0; k--) line = mutate(line, random);
      // Within a larger buffer, as lines come in chunks: bytes around must not be read.
      const bytes = Buffer.from(`}"\\${line}\\"{`);
      const got = checkJsonObject(bytes, 3, bytes.length - 3);
      expect(expected(bytes.subarray(3, bytes.length - 3)), line).toContain(got);
      if (got === JSON_CHECK.invalid) invalid++;
    }
    expect(invalid).toBeGreaterThan(5000);
    expect(invalid).toBeLessThan(19_000);
  });

  it("says the same of a line JSON.parse took when told so, finding its long strings' ends by search", () => {
    const random = seeded(5);
    // Escapes around where a string stops being read byte by byte (64 bytes in), and runs of
    // backslashes before a quote: `\\"` ends a string (an escaped backslash, then the quote),
    // `\\\"` does not.
    const pieces = ['a', 'é', '\\\\', '\\"', '\\\\\\"', '\\u0041', '\\n', ':', ',', '{'];
    const longString = () => {
      let text = '';
      for (let n = 40 + Math.floor(random() * 120); n > 0; n--)
        text += pieces[Math.floor(random() * pieces.length)] ?? '';
      return text;
    };
    let compared = 0;
    for (let n = 0; n < 20_000; n++) {
      let line = real[Math.floor(random() * real.length)] ?? '';
      for (let k = Math.floor(random() * 3); k > 0; k--) line = mutate(line, random);
      if (random() < 0.6) line = `{"${longString()}":"${longString()}",${line.slice(1)}`;
      const bytes = Buffer.from(`}"\\${line}\\"{`);
      if (expected(bytes.subarray(3, bytes.length - 3))[0] === JSON_CHECK.invalid) continue;
      compared++;
      expect(checkJsonObject(bytes, 3, bytes.length - 3, true), line).toBe(
        checkJsonObject(bytes, 3, bytes.length - 3),
      );
    }
    expect(compared).toBeGreaterThan(8000);
  });

  it.each([
    ['{"a":1,"a":2}', JSON_CHECK.maybeRepeated],
    ['{"a":{"b":1},"c":{"b":1}}', JSON_CHECK.clean],
    ['{"a":{"b":1,"b":2}}', JSON_CHECK.maybeRepeated],
    ['{"a":1,"\\u0061":2}', JSON_CHECK.maybeRepeated],
    // managedFields' keys hold escaped quotes: told apart as decoded.
    ['{"k:{\\"a\\":1}":{},"k:{\\"b\\":1}":{}}', JSON_CHECK.clean],
    ['{"k:{\\"a\\":1}":{},"k:{\\u0022a\\":1}":{}}', JSON_CHECK.maybeRepeated],
    ['{"\u00ff":1,"\u00fe":2}', JSON_CHECK.maybeRepeated],
    ['{"a":[{"x":1},{"x":2}]}', JSON_CHECK.clean],
    [' {"a" : [ 1 , -2.5e+3 , true , false , null , "\\n\\"" ] } ', JSON_CHECK.clean],
    ['{"a":1}{"b":2}', JSON_CHECK.invalid],
    ['{"a":01}', JSON_CHECK.invalid],
    ['{"a":"\t"}', JSON_CHECK.invalid],
    ['{"a":1,}', JSON_CHECK.invalid],
    ['[1]', JSON_CHECK.invalid],
    ['{"a":1]', JSON_CHECK.invalid],
    [`{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, JSON_CHECK.clean],
    [`{"a":${'['.repeat(100_000)}${']'.repeat(99_999)}}`, JSON_CHECK.invalid],
  ])('%s', (text, want) => {
    const bytes = Buffer.from(text, 'latin1');
    expect(checkJsonObject(bytes, 0, bytes.length)).toBe(want);
  });

  it('leaves keys it cannot tell apart by their bytes to the full check', () => {
    // Two different invalid UTF-8 bytes both decode to U+FFFD: one key once parsed.
    const bytes = Buffer.from([
      ...Buffer.from('{"'),
      0xff,
      ...Buffer.from('":1,"'),
      0xfe,
      ...Buffer.from('":2}'),
    ]);
    expect(checkJsonObject(bytes, 0, bytes.length)).toBe(JSON_CHECK.maybeRepeated);
    expect(Object.keys(JSON.parse(bytes.toString('utf8')) as object)).toHaveLength(1);
    // An object of many keys is not compared key by key.
    const wide = `{${Array.from({ length: 100 }, (_, i) => `"k${i}":1`).join(',')}}`;
    expect(checkJsonObject(Buffer.from(wide), 0, wide.length)).toBe(JSON_CHECK.maybeRepeated);
  });
});
