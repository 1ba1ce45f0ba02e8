import { describe, expect, it } from 'vitest';
import { goDurationMs, parseDuration } from '../../src/text/duration.js';

describe('goDurationMs', () => {
  it.each([
    ['1.5ms', 1.5],
    ['250us', 0.25],
    ['2m3s', 123_000],
    ['1h', 3_600_000],
    ['fast', NaN],
    ['', NaN],
    ['007ms', 7],
    ['2.5µs', 0.0025],
    ['1.ms', NaN],
    ['1.5', NaN],
    ['ms', NaN],
    ['15constructor', NaN],
    ['15toString', NaN],
    // parseDuration takes these (kind's --wait); time.Duration.String never writes them.
    ['0', NaN],
    ['.5s', NaN],
    ['1s.5ms', NaN],
    ['1m0.5s', 60_500],
  ])('%s is %d ms', (text, ms) => {
    expect(goDurationMs(text)).toBe(ms);
  });
});

describe('parseDuration', () => {
  it.each([
    ['120s', 120_000],
    ['2m30s', 150_000],
    ['1.5h', 5_400_000],
    ['.5s', 500],
    ['0', 0],
    ['5', undefined],
    ['', undefined],
  ])('%s is %s ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });
});
