/**
 * The fast check: which lines can be proven, from a few bytes, to need no redaction.
 *
 * Every rule in `redact-rules.ts` fires only on one of these, spelled out in a JSON object:
 * - `"secrets"`: an objectRef about secrets (the patch, Table and webhook-annotation rules);
 * - `"Secret`: the kind `Secret` or `SecretList`, and a last-applied annotation that holds one
 *   (inside that string the kind is written `\"Secret\"`, which contains `"Secret` too);
 * - `"token"`: the key of every token the rules replace (TokenRequest `status.token`,
 *   TokenReview `spec.token`); without the key there is no token to replace.
 * JSON can spell a letter or a quote as `\uXXXX`, which would hide a needle from a byte search, so
 * a line with such an escape is checked in full. (A quote matters inside a string: the last-applied
 * annotation holds JSON, whose `"Secret` a client's patch may spell `\u0022Secret`, and
 * kube-apiserver logs a patch's bytes as sent.) Go's encoder only escapes `<`, `>`, `&`, control
 * characters and U+2028/9, so real lines almost never do. A line that is not `{…}` is checked in
 * full too: it may be cut off or not JSON, and then it cannot be shown to hold nothing.
 */
/**
 * Each needle is searched by a part that starts with a byte rare in audit logs, then confirmed by
 * the bytes before it: a search led by `"`, the commonest byte in JSON, runs several times slower.
 */
const NEEDLES: readonly { search: Buffer; before: Buffer }[] = [
  ['"', 'Secret'],
  ['"to', 'ken"'],
  ['"se', 'crets"'],
].map(([before = '', search = '']) => ({
  search: Buffer.from(search),
  before: Buffer.from(before),
}));
const ESCAPE = Buffer.from('\\u');

const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/**
 * True when the `\u` at `at` may spell a byte of a needle: an ASCII letter or a quote (or it is
 * malformed: then let JSON.parse judge).
 */
export function escapeMayHideNeedle(buf: Buffer, at: number): boolean {
  let code = 0;
  for (let i = 2; i < 6; i++) {
    const digit = hexValue(buf[at + i]);
    if (digit < 0) return true;
    code = code * 16 + digit;
  }
  const lower = code | 0x20;
  return code === QUOTE || (lower >= 0x61 && lower <= 0x7a);
}

/**
 * Finds, across a region of many lines, the next place that forces a full check, so that each
 * needle is searched once per occurrence rather than once per line.
 */
export class SuspectFinder {
  private readonly next: number[];
  private nextEscape = -1;

  constructor(private readonly buf: Buffer) {
    this.next = NEEDLES.map(() => -1);
  }

  /** The first confirmed match of needle `i` at or after `from`, -2 when there is none. */
  private find(i: number, from: number): number {
    const { search, before } = NEEDLES[i] as { search: Buffer; before: Buffer };
    for (let at = this.buf.indexOf(search, from); at >= 0; at = this.buf.indexOf(search, at + 1)) {
      const lead = at - before.length;
      if (lead >= 0 && this.buf.compare(before, 0, before.length, lead, at) === 0) return at;
    }
    return -2;
  }

  /** True when `buf[start, end)` contains a needle or an escape that may hide one. */
  suspect(start: number, end: number): boolean {
    for (let i = 0; i < NEEDLES.length; i++) {
      let at = this.next[i] ?? -1;
      if (at !== -2 && at < start) {
        at = this.find(i, start);
        this.next[i] = at;
      }
      if (at >= 0 && at < end) return true;
    }
    while (this.nextEscape !== -2) {
      if (this.nextEscape < start) {
        const at = this.buf.indexOf(ESCAPE, start);
        this.nextEscape = at < 0 ? -2 : at;
        continue;
      }
      if (this.nextEscape >= end) return false;
      if (escapeMayHideNeedle(this.buf, this.nextEscape)) return true;
      const at = this.buf.indexOf(ESCAPE, this.nextEscape + 2);
      this.nextEscape = at < 0 ? -2 : at;
    }
    return false;
  }
}

/**
 * True when `buf[start, end)` (one line, without its newline) provably needs no change: it looks
 * like a whole JSON object and mentions nothing any redaction rule acts on.
 */
export function provablyClean(
  buf: Buffer,
  start = 0,
  end = buf.length,
  finder = new SuspectFinder(buf),
): boolean {
  if (end - start < 2 || buf[start] !== OPEN_BRACE || buf[end - 1] !== CLOSE_BRACE) return false;
  return !finder.suspect(start, end);
}
