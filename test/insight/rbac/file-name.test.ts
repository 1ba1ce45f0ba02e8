import { describe, expect, it } from 'vitest';
import { rbacFileName, subjectOfFileName } from '../../../src/insight/rbac/file-name.js';

/** What the artifact service refuses in a path, and what a file name cannot hold. */
const REFUSED = /[":<>|*?\r\n\\/]/;

describe('rbac/<subject>.yaml file names', () => {
  const subjects = [
    'alice',
    'system:serviceaccount:app:operator',
    'Alice',
    'kubernetes-admin',
    'a~b',
    'a:b',
    'a%3Ab',
    '..',
    '.hidden',
    'con',
    'CON',
    'nul.x',
    'x/../../etc/passwd',
    'tab\there\nnewline',
    'naïve 名前 🙂',
    'oidc:https://issuer.example/#sub',
    'a"b<c>d|e*f?g\\h',
    '%',
    '',
  ];

  it('are safe for the artifact and any file system, and map back to the subject', () => {
    for (const subject of subjects) {
      const file = rbacFileName(subject);
      expect(file, subject).not.toMatch(REFUSED);
      expect(file, subject).toMatch(/\.yaml$/);
      expect(file.startsWith('.'), subject).toBe(false);
      expect(file, subject).toBe(file.normalize('NFC'));
      expect(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(file), subject).toBe(false);
      expect(/[^\x21-\x7e]/.test(file), subject).toBe(false);
      expect(subjectOfFileName(file), subject).toBe(subject);
    }
    expect(rbacFileName('system:serviceaccount:app:operator')).toBe(
      'system~serviceaccount~app~operator.yaml',
    );
    expect(rbacFileName('alice')).toBe('alice.yaml');
  });

  it('never give two subjects one file, even on a case-insensitive disk', () => {
    const files = subjects.map((s) => rbacFileName(s).toLowerCase());
    expect(new Set(files).size).toBe(subjects.length);
  });

  it('cut a long subject, ending in a hash, still unique', () => {
    const long = 'system:serviceaccount:' + 'x'.repeat(500);
    const a = rbacFileName(long);
    const b = rbacFileName(long + 'y');
    expect(a.length).toBeLessThanOrEqual(200);
    expect(a).toMatch(/%%[0-9a-f]{16}\.yaml$/);
    expect(a).not.toBe(b);
    expect(subjectOfFileName(a)).toBeUndefined();
    expect(rbacFileName('é'.repeat(300)).length).toBeLessThanOrEqual(200);
  });

  it('refuse to read foreign names as subjects', () => {
    expect(subjectOfFileName('Alice.yaml')).toBeUndefined();
    expect(subjectOfFileName('a%zz.yaml')).toBeUndefined();
    expect(subjectOfFileName('alice.yml')).toBeUndefined();
  });
});
