/**
 * Go duration strings: the form kind's `--wait` takes ("120s", "2m30s", "1.5h"), parsed here so a
 * bad value fails before kind runs instead of after a cluster was half created; and the form of
 * kube-apiserver's latency annotations, read for every event of a log.
 */
const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

const PART = /(\d+(?:\.\d+)?|\.\d+)(ns|us|µs|ms|s|m|h)/g;
const WHOLE = /^(?:(?:\d+(?:\.\d+)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/;

/** Milliseconds in a Go duration, or `undefined` when the text is not one. "0" is zero. */
export function parseDuration(text: string): number | undefined {
  if (text === '0') return 0;
  if (!WHOLE.test(text)) return undefined;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(PART)) {
    total += Number(amount) * (UNIT_MS[unit ?? ''] ?? 0);
  }
  return total;
}

/** One number and its unit: how nearly every latency annotation is written. */
const ONE_PART = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)$/;
/** A part that starts with a dot: Go's time.Duration.String never writes one. */
const BARE_FRACTION = /(^|[a-zµ])\./;

/**
 * Milliseconds in a latency annotation (`1.5ms`, `2m3.1s`), as time.Duration.String writes it; NaN
 * when the text is not one. Stricter than {@link parseDuration}: a bare `0` or a part without its
 * whole number (`.5s`), which Go's String never writes, are not latencies. One part, the common
 * case, takes one regular expression.
 */
export function goDurationMs(text: string): number {
  const one = ONE_PART.exec(text);
  if (one) return Number(one[1]) * (UNIT_MS[one[2] ?? ''] ?? NaN);
  if (text === '0' || BARE_FRACTION.test(text)) return NaN;
  return parseDuration(text) ?? NaN;
}
