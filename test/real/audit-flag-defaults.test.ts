// The rotation defaults of the audit log, read from the real kube-apiserver of each built version
// (`--help`), so a version bump that changes them fails here and the README's statement with it.
// k8s.io/apiserver pkg/server/options/audit.go: 1.36 set MaxSize 100, MaxAge 366 and MaxBackups
// 100 in NewAuditOptions; before, all three were 0, and 0 meant lumberjack's own 100 MB for
// maxsize, and no limit for maxbackup and maxage.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseKubeVersion, atLeast } from '../../src/kubernetes/version.js';
import { kubernetesDir, requireRealParts } from '../support/real-parts.js';

const real = await requireRealParts();
const execFileAsync = promisify(execFile);

/** What `--help` says of one flag: its default (none printed means the Go zero value) and text. */
function flagHelp(help: string, flag: string): { default: string; text: string } {
  const line = help.split('\n').find((l) => l.trimStart().startsWith(`--${flag} `));
  if (!line) throw new Error(`kube-apiserver --help does not list --${flag}`);
  const given = /\(default ([^)]*)\)\s*$/.exec(line);
  return { default: given?.[1] ?? '0', text: line.trim() };
}

/** Whether `version` has 1.36's defaults. */
function from136(version: string): boolean {
  const v = parseKubeVersion(version);
  if (!v) throw new Error(`${version} is not a Kubernetes version`);
  return atLeast(v, 1, 36);
}

/** The defaults this project's README states, by the version that introduced them. */
function expected(version: string): Record<string, string> {
  if (from136(version))
    return { 'audit-log-maxsize': '100', 'audit-log-maxbackup': '100', 'audit-log-maxage': '366' };
  return { 'audit-log-maxsize': '0', 'audit-log-maxbackup': '0', 'audit-log-maxage': '0' };
}

describe.skipIf(!real.available)('audit log rotation defaults of the real kube-apiserver', () => {
  it.each(real.kubernetes)('%s', async (version) => {
    const { stdout } = await execFileAsync(
      path.join(kubernetesDir(version), 'kube-apiserver'),
      ['--help'],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const found = Object.fromEntries(
      Object.keys(expected(version)).map((flag) => [flag, flagHelp(stdout, flag).default]),
    );
    expect(found).toEqual(expected(version));
    // What 0 means is part of the help from 1.36 on; before, 0 for maxsize is lumberjack's own
    // 100 MB (gopkg.in/natefinch/lumberjack.v2 lumberjack.go, defaultMaxSize).
    expect(flagHelp(stdout, 'audit-log-maxbackup').text).toContain(
      "Setting a value of 0 will mean there's no restriction on the number of files",
    );
    if (from136(version))
      expect(flagHelp(stdout, 'audit-log-maxsize').text).toContain(
        'Setting to 0 disables rotation',
      );
  });
});
