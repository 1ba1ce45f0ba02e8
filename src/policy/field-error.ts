/**
 * kube's `field.Error` message shapes (k8s.io/apimachinery `pkg/util/validation/field`), so our
 * errors read exactly like the ones kube-apiserver prints when it refuses a policy file.
 */

/** `path: Required value`. */
export function required(path: string): string {
  return `${path}: Required value`;
}

/** `path: Invalid value: <value>: detail`; strings are Go-quoted, lists printed as compact JSON. */
export function invalid(path: string, value: string | readonly string[], detail: string): string {
  const shown = typeof value === 'string' ? goQuote(value) : goJsonStrings(value);
  return `${path}: Invalid value: ${shown}: ${detail}`;
}

/** `path: Unsupported value: "v": supported values: "a", "b"`. */
export function notSupported(path: string, value: string, supported: readonly string[]): string {
  const list = supported.map(goQuote).join(', ');
  return `${path}: Unsupported value: ${goQuote(value)}: supported values: ${list}`;
}

/** Go's `%q` for a string: printable characters stay as they are, the rest are escaped. */
export function goQuote(value: string): string {
  let out = '"';
  for (const ch of value) {
    out += goEscape(ch, false);
  }
  return out + '"';
}

/** Go's `json.Marshal` of a `[]string`, which HTML-escapes `<`, `>` and `&`. */
export function goJsonStrings(values: readonly string[]): string {
  const items = values.map((v) => {
    let out = '"';
    for (const ch of v) out += goEscape(ch, true);
    return out + '"';
  });
  return `[${items.join(',')}]`;
}

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function goEscape(ch: string, json: boolean): string {
  const short = SHORT_ESCAPES[ch];
  if (short !== undefined) return short;
  const code = ch.codePointAt(0) ?? 0;
  if (json) {
    if (ch === '<' || ch === '>' || ch === '&' || code === 0x2028 || code === 0x2029 || code < 0x20)
      return `\\u${code.toString(16).padStart(4, '0')}`;
    return ch;
  }
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
  return ch;
}

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN}$`);
const DNS1123_SUBDOMAIN_MAX = 253;

/**
 * kube's `IsDNS1123Subdomain` messages for `value` (none when valid), joined with "," as the
 * audit validation joins them. Wording from k8s.io/apimachinery 1.36 (`validation/content`).
 */
export function dnsSubdomainProblems(value: string): string {
  const msgs: string[] = [];
  // Go measures length in bytes, not UTF-16 units.
  if (Buffer.byteLength(value, 'utf8') > DNS1123_SUBDOMAIN_MAX) {
    msgs.push(`must be no more than ${DNS1123_SUBDOMAIN_MAX} characters`);
  }
  if (!DNS1123_SUBDOMAIN_RE.test(value)) {
    msgs.push(
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'" +
        ", and must start and end with an alphanumeric character (e.g. 'example.com', regex used" +
        ` for validation is '${DNS1123_SUBDOMAIN}')`,
    );
  }
  return msgs.join(',');
}
