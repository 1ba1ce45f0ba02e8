import { describe, expect, it } from 'vitest';
import { auditFilePattern } from '../../src/logs/find/file-names.js';
import { judgeEntry, quoted } from '../../src/collect/select.js';
import type { TarEntry, TarEntryType } from '../../src/collect/tar.js';

const LOG = '/var/log/kubernetes/kube-apiserver-audit.log';
const DIR = '/var/log/kubernetes';
const pattern = auditFilePattern(LOG);
const ROTATED = 'kube-apiserver-audit-2026-01-01T00-00-00.000.log';

function entry(name: string, type: TarEntryType, linkName = ''): TarEntry {
  return { name, type, flag: '?', size: 0, linkName };
}

describe('judgeEntry', () => {
  it.each([
    ['kubernetes/kube-apiserver-audit.log', 'kube-apiserver-audit.log'],
    [`kubernetes/${ROTATED}`, ROTATED],
    [`./kubernetes/${ROTATED}.gz`, `${ROTATED}.gz`],
  ])('collects the regular file %s', (name, as) => {
    expect(judgeEntry(entry(name, 'file'), DIR, pattern)).toEqual({ action: 'collect', name: as });
  });

  it.each([
    ['the folder itself', 'kubernetes/', 'directory'],
    ['another file', 'kubernetes/notes.txt', 'file'],
    ['an audit name in a sub-folder', 'kubernetes/sub/kube-apiserver-audit.log', 'file'],
    ['an audit name outside the folder', 'kube-apiserver-audit.log', 'file'],
    ['a climbing name', 'kubernetes/../kube-apiserver-audit.log', 'file'],
    ['a link without an audit name', 'kubernetes/other', 'symlink'],
  ] as const)('ignores %s', (_what, name, type) => {
    expect(judgeEntry(entry(name, type), DIR, pattern)).toEqual({ action: 'ignore' });
  });

  it.each([
    [
      entry(`kubernetes/${ROTATED}`, 'symlink', '/home/runner/secret'),
      'a symbolic link to "/home/runner/secret"',
    ],
    [
      entry(`kubernetes/${ROTATED}`, 'hardlink', 'kubernetes/notes.txt'),
      'a hard link to "/var/log/kubernetes/notes.txt"',
    ],
    [entry(`kubernetes/${ROTATED}`, 'fifo'), 'a FIFO'],
    [entry(`kubernetes/${ROTATED}`, 'char-device'), 'a character device'],
    [entry(`kubernetes/${ROTATED}`, 'block-device'), 'a block device'],
    [entry(`kubernetes/${ROTATED}/`, 'directory'), 'a folder'],
  ])('refuses an audit name that is no regular file: %s', (e, what) => {
    expect(judgeEntry(e, DIR, pattern)).toEqual({ action: 'refuse', name: ROTATED, what });
  });

  it('refuses the folder when it is a link: nothing behind it is read', () => {
    expect(judgeEntry(entry('kubernetes', 'symlink', '/etc'), DIR, pattern)).toEqual({
      action: 'refuse',
      name: '',
      what: 'a symbolic link to "/etc"',
    });
  });
});

describe('quoted', () => {
  it('escapes line breaks and control characters a crafted link target could carry', () => {
    expect(quoted('/x\n::error::fake\r\u0085')).toBe('"/x\\n::error::fake\\r\\u0085"');
  });

  it('cuts a long target', () => {
    expect(quoted('a'.repeat(500))).toBe(`"${'a'.repeat(200)}…"`);
  });
});
