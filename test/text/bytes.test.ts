import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/text/bytes.js';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1023, '1,023 B'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [64 * 1024, '64 KiB'],
    [200 * 1024 * 1024, '200 MiB'],
    [117.7 * 1024 * 1024 + 1, '117.7 MiB'],
    [312_000_000, '297.5 MiB'],
    [4 * 1024 ** 3, '4 GiB'],
    [1_234_000_000, '1.1 GiB'],
  ])('%d bytes are %s', (n, text) => expect(formatBytes(n)).toBe(text));
});
