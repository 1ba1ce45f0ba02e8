/**
 * Audit times as strings that sort in time order. kube writes `stageTimestamp` as RFC 3339 in UTC
 * with microseconds (`2026-11-26T15:16:49.123456Z`: a `metav1.MicroTime`, k8s.io/apiserver
 * `pkg/apis/audit/v1/types.go`), which already sorts as text and is returned as it is. Other
 * spellings — v1beta1's whole seconds (`…:49Z`, which as text would sort after `…:49.5Z`), fewer or
 * more digits, an offset — are brought to that form. A time that is not RFC 3339 becomes '' and so
 * sorts first: it cannot be placed, and is not held back.
 */
const CANONICAL_LENGTH = 27;
const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;

/** kube's spelling, `2026-11-26T15:16:49.123456Z`: what each position holds ('0' for a digit). */
const CANONICAL_FORM = '0000-00-00T00:00:00.000000Z';

/**
 * Whether `time` is spelled exactly as kube writes it: every digit a digit (a hostile
 * `…:49.12a456Z` must not pass for a time: its fraction is no number).
 */
function isCanonical(time: string): boolean {
  if (time.length !== CANONICAL_LENGTH) return false;
  for (let i = 0; i < CANONICAL_LENGTH; i++) {
    const c = time.charCodeAt(i);
    const form = CANONICAL_FORM.charCodeAt(i);
    if (form === 0x30 ? c < 0x30 || c > 0x39 : c !== form) return false;
  }
  return true;
}

/** `time` in the one spelling that sorts as text: UTC, six fraction digits, `Z`. */
export function sortableTime(time: string): string {
  if (isCanonical(time)) return time;
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

/** The last whole second read, and its ms: consecutive events share their second. */
let cachedSecond = '';
let cachedMs = 0;

/** `YYYY-MM-DDTHH:MM:SS` (UTC) in ms since the epoch, as `Date.parse` reads it; NaN if no time. */
function secondMs(second: string): number {
  if (second !== cachedSecond) {
    cachedMs = Date.parse(`${second}Z`);
    cachedSecond = second;
  }
  return cachedMs;
}

/**
 * `time` as microseconds since the epoch, for the merge to compare as a number (far cheaper than
 * the text, which shares its first 20 characters with its neighbours); -Infinity for a time that
 * is not RFC 3339 (or no real date), which sorts first like the '' of {@link sortableTime}.
 * Microseconds of any time in years 0–9999 stay below 2^53, so the number is exact.
 */
export function timeOrderValue(time: string): number {
  const canonical = sortableTime(time);
  const ms = canonical === '' ? NaN : secondMs(canonical.slice(0, 19));
  return Number.isNaN(ms) ? -Infinity : ms * 1000 + Number(canonical.slice(20, 26));
}

/**
 * `Date.parse(time)`, with kube's own spelling (`2026-11-26T15:16:49.123456Z`) read through its
 * second, which consecutive events share: most calls cost a comparison. Any other spelling goes
 * to `Date.parse` itself, so the result is the same for every string.
 */
export function timeMs(time: string): number {
  if (!isCanonical(time)) return Date.parse(time);
  return secondMs(time.slice(0, 19)) + Number(time.slice(20, 23));
}

/** The six fraction digits of a time in kube's spelling as microseconds; NaN if one is no digit. */
function fractionMicros(time: string): number {
  let micros = 0;
  for (let i = 20; i < 26; i++) {
    const digit = time.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return NaN;
    micros = micros * 10 + digit;
  }
  return micros;
}

/**
 * Whether two times are spelled as kube writes them (`2026-11-26T15:16:49.123456Z`, 27
 * characters) and fall in the same whole second: their first 19 characters are the same.
 */
function sameSecond(a: string, b: string): boolean {
  if (a.length !== CANONICAL_LENGTH || b.length !== CANONICAL_LENGTH) return false;
  if (a.charCodeAt(19) !== 0x2e || b.charCodeAt(19) !== 0x2e) return false;
  if (a.charCodeAt(26) !== 0x5a || b.charCodeAt(26) !== 0x5a) return false;
  for (let i = 0; i < 19; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/**
 * Milliseconds from `from` to `to` (both RFC 3339), to the microsecond kube writes; NaN when
 * either is no time or `to` comes first. Most requests start and end within one second: two
 * times of kube's spelling in the same second are compared by their fractions alone, read in
 * place (this runs for every request the summary counts). Others are read in full.
 */
export function elapsedMs(from: unknown, to: unknown): number {
  if (typeof from !== 'string' || typeof to !== 'string') return NaN;
  const micros = sameSecond(from, to)
    ? fractionMicros(to) - fractionMicros(from)
    : timeOrderValue(to) - timeOrderValue(from);
  return Number.isFinite(micros) && micros >= 0 ? micros / 1000 : NaN;
}
