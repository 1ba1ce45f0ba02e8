import { createHash } from 'node:crypto';

/** Kept as they are: safe on every file system and in the artifact service. */
const KEPT = /^[a-z0-9._@+=,-]$/;
/** Windows device names, refused there with any extension. */
const DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/;
const MAX_STEM = 180;

const escaped = (char: string): string =>
  [...Buffer.from(char, 'utf8')]
    .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');

/**
 * The file of a subject's RBAC in the artifact, `rbac/<this>`: the artifact service refuses `:`
 * (which every service account has), `"`, `<`, `>`, `|`, `*`, `?`, `\`, `/` and line breaks, and
 * a download may land on a case-insensitive disk. So: lowercase letters, digits and `._@+=,-`
 * stay; `:` becomes `~`; every other character (capitals, `~` and `%` among them) becomes `%XX`
 * per UTF-8 byte, as does a leading `.` and the first letter of a Windows device name. The
 * mapping is reversible ({@link subjectOfFileName}) and two subjects never share a file. A name
 * longer than 180 characters is cut and ends in `%%` and a hash of the subject (`%%` cannot come
 * from the escaping), still unique but no longer reversible.
 * `system:serviceaccount:app:operator` → `system~serviceaccount~app~operator.yaml`.
 */
export function rbacFileName(subject: string): string {
  const parts = [...subject].map((c, i) =>
    c === ':' ? '~' : KEPT.test(c) && !(i === 0 && c === '.') ? c : escaped(c),
  );
  let stem = parts.join('');
  if (DEVICE.test(stem)) stem = escaped(stem.charAt(0)) + stem.slice(1);
  // The empty subject (never bound, but the mapping is total): `%` alone, which escaping never makes.
  if (stem === '') stem = '%';
  if (stem.length > MAX_STEM) {
    let cut = '';
    for (const part of parts) {
      if (cut.length + part.length > MAX_STEM - 18) break;
      cut += part;
    }
    stem = `${cut}%%${createHash('sha256').update(subject).digest('hex').slice(0, 16)}`;
  }
  return `${stem}.yaml`;
}

/** The subject a file name of {@link rbacFileName} stands for; undefined for a cut or foreign one. */
export function subjectOfFileName(file: string): string | undefined {
  if (!file.endsWith('.yaml')) return undefined;
  const stem = file.slice(0, -'.yaml'.length);
  if (stem === '%') return '';
  if (stem.includes('%%') || !/^([a-z0-9._@+=,~-]|%[0-9A-F]{2})*$/.test(stem)) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < stem.length; i++) {
    const c = stem.charAt(i);
    if (c === '%') {
      bytes.push(parseInt(stem.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(c === '~' ? ':' : c, 'utf8'));
  }
  const subject = Buffer.from(bytes).toString('utf8');
  return rbacFileName(subject) === file ? subject : undefined;
}
