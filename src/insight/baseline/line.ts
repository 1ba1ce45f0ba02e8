/** One permission used: who, how, on what, where. A line of `baseline.tsv`. */
export interface BaselineEntry {
  subject: string;
  verb: string;
  /** kubectl's spelling (`deployments.apps/scale`), or a non-resource request's path. */
  resource: string;
  /** The namespace; '' for cluster scope and non-resource requests (written `-`). */
  scope: string;
}

/** How the file writes the scope of a request without a namespace. */
export const CLUSTER_SCOPE = '-';

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};
/** Backslash and the control characters (C0, DEL, C1): what {@link escapeField} rewrites. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for.
const NEEDS_ESCAPE = /[\\\x00-\x1f\x7f-\x9f]/;
const UNESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\',
  t: '\t',
  n: '\n',
  r: '\r',
  '-': '-',
};

/**
 * A field as the file holds it: backslash, tab, newline and carriage return escaped as `\\`, `\t`,
 * `\n`, `\r`, any other control character as `\xHH` (names come from a hostile log and the file
 * is read on terminals and in diffs), and a field that is exactly `-` written `\-` so it cannot be
 * taken for cluster scope.
 */
export function escapeField(value: string): string {
  if (value === CLUSTER_SCOPE) return '\\-';
  // Nearly every name needs nothing: a plain test is much cheaper than a Unicode replace.
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(
    /[\\\t\n\r]|\p{Cc}/gu,
    (c) => ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** Reverses {@link escapeField}; undefined for an escape it never writes. */
export function unescapeField(field: string): string | undefined {
  let out = '';
  for (let i = 0; i < field.length; i++) {
    const c = field[i] ?? '';
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = field[i + 1] ?? '';
    if (next === 'x') {
      const hex = field.slice(i + 2, i + 4);
      if (!/^[0-9a-f]{2}$/.test(hex)) return undefined;
      out += String.fromCharCode(parseInt(hex, 16));
      i += 3;
    } else if (next in UNESCAPES) {
      out += UNESCAPES[next] ?? '';
      i += 1;
    } else return undefined;
  }
  return out;
}

/** The line for an entry: four escaped fields joined by tabs, cluster scope written `-`. */
export function formatLine(e: BaselineEntry): string {
  const scope = e.scope === '' ? CLUSTER_SCOPE : escapeField(e.scope);
  return [escapeField(e.subject), escapeField(e.verb), escapeField(e.resource), scope].join('\t');
}

/** The entry a line holds, or why it is malformed. */
export function parseLine(line: string): BaselineEntry | { error: string } {
  const fields = line.split('\t');
  if (fields.length !== 4)
    return {
      error: `it has ${fields.length} tab-separated fields; a line has 4: subject, verb, resource, scope`,
    };
  const [subject, verb, resource, scope] = fields.map((f, i) =>
    i === 3 && f === CLUSTER_SCOPE ? '' : unescapeField(f),
  );
  if (subject === undefined || verb === undefined || resource === undefined || scope === undefined)
    return {
      error: 'it holds a backslash that starts no escape (\\\\, \\t, \\n, \\r, \\-, \\xHH)',
    };
  if (subject === '' || verb === '') return { error: 'its subject or verb is empty' };
  return { subject, verb, resource, scope };
}
