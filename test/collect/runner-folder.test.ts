import { execFileSync } from 'node:child_process';
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFromRunnerFolder, prepareLogFolders } from '../../src/collect/runner-folder.js';

const LOG = '/var/log/kubernetes/kube-apiserver-audit.log';
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'runner-folder-'));

describe('prepareLogFolders', () => {
  it("makes a folder per node holding an empty log the runner's user owns and anyone may read", async () => {
    const root = path.join(tmp(), 'logs');
    const folders = await prepareLogFolders(root, ['c-control-plane', 'c-control-plane2'], LOG);
    expect(folders).toEqual([
      path.join(root, 'c-control-plane'),
      path.join(root, 'c-control-plane2'),
    ]);
    for (const folder of folders) {
      const log = statSync(path.join(folder, 'kube-apiserver-audit.log'));
      expect(log.size).toBe(0);
      expect(log.mode & 0o777).toBe(0o644);
      expect(log.uid).toBe(process.getuid?.());
      expect(statSync(folder).mode & 0o777).toBe(0o755);
    }
  });

  it('refuses to reuse a folder that already exists', async () => {
    const root = path.join(tmp(), 'logs');
    mkdirSync(path.join(root, 'c-control-plane'), { recursive: true });
    await expect(prepareLogFolders(root, ['c-control-plane'], LOG)).rejects.toThrow(/EEXIST/);
  });
});

describe('collectFromRunnerFolder', () => {
  it('copies the regular audit files in write order, and nothing else', async () => {
    const folder = tmp();
    writeFileSync(path.join(folder, 'kube-apiserver-audit.log'), 'current\n');
    writeFileSync(path.join(folder, 'kube-apiserver-audit-2026-11-26T09-00-00.000.log'), 'old\n');
    writeFileSync(path.join(folder, 'other.log'), 'not audit\n');
    const dest = path.join(tmp(), 'out');
    const { files, warnings } = await collectFromRunnerFolder('n', folder, LOG, dest, 1024);
    expect(warnings).toEqual([]);
    expect(files.map((f) => path.basename(f.path))).toEqual([
      'kube-apiserver-audit-2026-11-26T09-00-00.000.log',
      'kube-apiserver-audit.log',
    ]);
    expect(readFileSync(path.join(dest, 'kube-apiserver-audit.log'), 'utf8')).toBe('current\n');
    expect(readdirSync(dest).sort()).toEqual(files.map((f) => path.basename(f.path)).sort());
  });

  it('skips, with a warning naming each, a link to a runner file, a hard link, a FIFO and a folder', async () => {
    const folder = tmp();
    const secret = path.join(tmp(), 'runner-secret');
    writeFileSync(secret, 'runner secret\n');
    writeFileSync(path.join(folder, 'kube-apiserver-audit.log'), 'real\n');
    symlinkSync(secret, path.join(folder, 'kube-apiserver-audit-2026-01-01T00-00-00.000.log'));
    linkSync(
      path.join(folder, 'kube-apiserver-audit.log'),
      path.join(folder, 'kube-apiserver-audit-2026-01-02T00-00-00.000.log'),
    );
    execFileSync('mkfifo', [path.join(folder, 'kube-apiserver-audit-2026-01-03T00-00-00.000.log')]);
    mkdirSync(path.join(folder, 'kube-apiserver-audit-2026-01-04T00-00-00.000.log'));
    const dest = path.join(tmp(), 'out');
    const { files, warnings } = await collectFromRunnerFolder('n', folder, LOG, dest, 1024);
    expect(files).toEqual([]);
    expect(warnings).toHaveLength(5);
    expect(warnings.join('\n')).toMatch(/01T00-00-00.000.log" was skipped: it is a symbolic link/);
    expect(warnings.join('\n')).toMatch(/03T00-00-00.000.log" was skipped: it is a FIFO/);
    expect(warnings.join('\n')).toMatch(/04T00-00-00.000.log" was skipped: it is a folder/);
    expect(warnings.filter((w) => w.includes('a hard link'))).toHaveLength(2);
    const copied = readdirSync(dest).map((n) => readFileSync(path.join(dest, n), 'utf8'));
    expect(copied.join('')).not.toContain('runner secret');
  });

  it('stops at the cap, keeping the part copied, and says so', async () => {
    const folder = tmp();
    writeFileSync(path.join(folder, 'kube-apiserver-audit.log'), 'x'.repeat(5000));
    const dest = path.join(tmp(), 'out');
    const { files, warnings } = await collectFromRunnerFolder('n', folder, LOG, dest, 1024);
    expect(files).toEqual([{ path: path.join(dest, 'kube-apiserver-audit.log'), bytes: 1024 }]);
    expect(statSync(files[0]?.path ?? '').size).toBe(1024);
    expect(warnings).toEqual([
      expect.stringContaining('stopped at the 1 KiB per-node cap; its first 1024 bytes were kept'),
    ]);
  });

  it('copies each file whole and exact, readable by the runner alone, and cuts the one that meets the cap', async () => {
    const folder = tmp();
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 'abc\n');
    writeFileSync(path.join(folder, 'kube-apiserver-audit-2026-11-26T09-00-00.000.log'), big, {
      mode: 0o644,
    });
    writeFileSync(path.join(folder, 'kube-apiserver-audit.log'), 'y'.repeat(5000));
    const dest = path.join(tmp(), 'out');
    const cap = big.length + 1000;
    const { files, warnings } = await collectFromRunnerFolder('n', folder, LOG, dest, cap);
    expect(files.map((f) => f.bytes)).toEqual([big.length, 1000]);
    expect(readFileSync(files[0]?.path ?? '').equals(big)).toBe(true);
    expect(readFileSync(files[1]?.path ?? '', 'utf8')).toBe('y'.repeat(1000));
    for (const file of files) expect(statSync(file.path).mode & 0o777).toBe(0o600);
    expect(warnings).toHaveLength(1);
  });
});
