import { describe, expect, it } from 'vitest';
import {
  elapsedMs,
  sortableTime,
  timeMs,
  timeOrderValue,
} from '../../../src/logs/events/time-order.js';

const TIMES = [
  '2026-11-26T15:16:49.123456Z',
  '2026-11-26T15:16:49Z',
  '2026-11-26T15:16:49.5Z',
  '2026-11-26T16:16:49.123457+01:00',
  '2026-11-26T15:16:48.999999Z',
  '2026-11-26T15:16:50.000000Z',
  '1999-12-31T23:59:59.999999Z',
  '0050-01-01T00:00:00.000001Z',
  '9999-12-31T23:59:59.999999Z',
  'not a time',
  '',
];

describe('timeOrderValue', () => {
  it('orders times as their sortable text does, as exact microseconds', () => {
    for (const a of TIMES)
      for (const b of TIMES) {
        const [x, y] = [sortableTime(a), sortableTime(b)];
        const text = x < y ? -1 : x > y ? 1 : 0;
        expect(Math.sign(timeOrderValue(a) - timeOrderValue(b)) || 0, `${a} vs ${b}`).toBe(text);
      }
  });

  it('gives microseconds since the epoch, and -Infinity for what is no time', () => {
    expect(timeOrderValue('2026-11-26T15:16:49.123456Z')).toBe(
      Date.parse('2026-11-26T15:16:49Z') * 1000 + 123456,
    );
    expect(timeOrderValue('0050-01-01T00:00:00Z')).toBe(Date.parse('0050-01-01T00:00:00Z') * 1000);
    expect(timeOrderValue('not a time')).toBe(-Infinity);
    expect(timeOrderValue('2026-13-45T99:99:99.000000Z')).toBe(-Infinity);
  });

  it("is a number for every text, so the merge's order stays total (NaN compares false both ways)", () => {
    for (const hostile of [
      '2026-11-26T15:16:49.12a456Z',
      '2026-11-26T15:16:49.1 3456Z',
      '2026-11-26T15:16:49.1e3456Z',
      '2026-11-26T15:16:4x.123456Z',
      '2026-11-26T15:16:49,123456Z',
    ]) {
      expect(timeOrderValue(hostile), hostile).toBe(-Infinity);
      expect(sortableTime(hostile), hostile).toBe('');
    }
  });
});

describe('timeMs', () => {
  it.each([
    ...TIMES,
    '2026-02-29T00:00:00.000000Z',
    '2026-13-45T99:99:99.000000Z',
    '2026-11-26T15:16:49.999999Z',
    '2026-11-26T15:16:49.1234567Z',
    '2026-11-26T15:16:49.12a456Z',
    '2026-11-26 15:16:49',
    'Nov 26 2026',
  ])('is Date.parse of %j', (time) => {
    expect(timeMs(time)).toBe(Date.parse(time));
  });
});

describe('elapsedMs', () => {
  it.each([
    ['2026-11-27T10:00:00.000100Z', '2026-11-27T10:00:00.012345Z', 12.245],
    // Across a second, a minute and a day: read in full.
    ['2026-11-27T10:00:59.999000Z', '2026-11-27T10:01:00.001000Z', 2],
    ['2026-11-27T23:59:59.500000Z', '2026-11-28T00:00:00.250000Z', 750],
    // Other spellings of RFC 3339 are read in full too.
    ['2026-11-27T10:00:00Z', '2026-11-27T10:00:00.5Z', 500],
    ['2026-11-27T11:00:00.000000+01:00', '2026-11-27T10:00:00.001000Z', 1],
    // No figure: a fraction that is no number, a time that is none, or one that goes backwards.
    ['2026-11-27T10:00:00.000000Z', '2026-11-27T10:00:00.12a456Z', NaN],
    ['2026-11-27T10:00:00.1a0000Z', '2026-11-27T10:00:00.200000Z', NaN],
    ['yesterday', '2026-11-27T10:00:00.000000Z', NaN],
    ['2026-11-27T10:00:00.500000Z', '2026-11-27T10:00:00.400000Z', NaN],
    [undefined, '2026-11-27T10:00:00.400000Z', NaN],
  ])('%s → %s is %s ms', (from, to, ms) => {
    expect(elapsedMs(from, to)).toBe(ms);
  });
});
