/**
 * Audit times as strings that sort in time order. kube writes `stageTimestamp` as RFC 3339 in UTC
 * with microseconds (`2026-11-26T15:16:49.123456Z`, FACTS §4), which already sorts as text and is
 * returned as it is. Other spellings — v1beta1's whole seconds (`…:49Z`, which as text would sort
 * after `…:49.5Z`), fewer or more digits, an offset — are brought to that form. A time that is
 * not RFC 3339 becomes '' and so sorts first: it cannot be placed, and is not held back.
 */
const CANONICAL_LENGTH = 27;
const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;

/** `time` in the one spelling that sorts as text: UTC, six fraction digits, `Z`. */
export function sortableTime(time: string): string {
  if (
    time.length === CANONICAL_LENGTH &&
    time.charCodeAt(19) === 0x2e &&
    time.charCodeAt(26) === 0x5a &&
    time.charCodeAt(10) === 0x54
  ) {
    return time;
  }
  const match = RFC3339.exec(time);
  if (!match) return '';
  const [, date, clock, fraction = '', zone = 'Z'] = match;
  const micros = fraction.padEnd(6, '0').slice(0, 6);
  let seconds = `${date}T${clock}`;
  if (zone !== 'Z' && zone !== 'z') {
    const ms = Date.parse(`${seconds}${zone}`);
    if (Number.isNaN(ms)) return '';
    seconds = new Date(ms).toISOString().slice(0, 19);
  }
  return `${seconds}.${micros}Z`;
}

/** 400 Gregorian years in ms: Date.UTC reads years 0–99 as 1900–1999, so years are shifted by it. */
const FOUR_CENTURIES_MS = 12_622_780_800_000;

/** The last whole second turned into ms: consecutive events share it, and Date.UTC is not free. */
let cachedSecond = '';
let cachedMs = 0;

/**
 * `time` as microseconds since the epoch, for the merge to compare as a number (far cheaper than
 * the text, which shares its first 20 characters with its neighbours); -Infinity for a time that
 * is not RFC 3339, which sorts first like the '' of {@link sortableTime}. Microseconds of any time
 * in years 0–9999 stay below 2^53, so the number is exact.
 */
export function timeOrderValue(time: string): number {
  const canonical = sortableTime(time);
  if (canonical === '') return -Infinity;
  const second = canonical.slice(0, 19);
  if (second !== cachedSecond) {
    cachedMs =
      Date.UTC(
        Number(second.slice(0, 4)) + 400,
        Number(second.slice(5, 7)) - 1,
        Number(second.slice(8, 10)),
        Number(second.slice(11, 13)),
        Number(second.slice(14, 16)),
        Number(second.slice(17, 19)),
      ) - FOUR_CENTURIES_MS;
    cachedSecond = second;
  }
  return cachedMs * 1000 + Number(canonical.slice(20, 26));
}
