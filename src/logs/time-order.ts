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
