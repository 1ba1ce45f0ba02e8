import { describe, expect, it } from 'vitest';
import { auditFilePattern, byWriteOrder } from '../../../src/logs/find/file-names.js';

describe('auditFilePattern', () => {
  const pattern = auditFilePattern('/var/log/kubernetes/kube-apiserver-audit.log');

  it.each([
    'kube-apiserver-audit.log',
    'kube-apiserver-audit-2026-11-26T15-16-49.123.log',
    'kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz',
  ])('collects %s', (name) => expect(pattern.test(name)).toBe(true));

  it.each([
    'kube-apiserver-audit.log.swp',
    'other.log',
    'kube-apiserver-audit-old.log',
    'xkube-apiserver-audit.log',
    'kube-apiserver-auditXlog',
  ])('leaves %s', (name) => expect(pattern.test(name)).toBe(false));
});

describe('byWriteOrder', () => {
  it('puts rotated files oldest first and the current file last', () => {
    expect(
      byWriteOrder([
        'kube-apiserver-audit.log',
        'kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz',
        'kube-apiserver-audit-2026-11-26T09-00-00.000.log',
      ]),
    ).toEqual([
      'kube-apiserver-audit-2026-11-26T09-00-00.000.log',
      'kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz',
      'kube-apiserver-audit.log',
    ]);
  });
});
