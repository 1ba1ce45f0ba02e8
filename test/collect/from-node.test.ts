// collectNodeAuditFiles against the tar streams `docker cp <node>:<dir> -` writes, played by a
// fake stream runner from archives GNU tar makes of a folder laid out like a node's.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectNodeAuditFiles } from '../../src/collect/from-node.js';
import { END_OF_ARCHIVE, fakeStreamRunner, gnuTar, padded, ustarHeader } from '../support/tar.js';

const LOG = '/var/log/kubernetes/kube-apiserver-audit.log';
const ROTATED = 'kube-apiserver-audit-2026-01-01T00-00-00.000.log';
const OLDER = 'kube-apiserver-audit-2025-12-31T00-00-00.000.log.gz';

let tmp = '';
let node = ''; // plays the node's /var/log
let dest = '';
let secret = ''; // a file on the runner that a planted link points at

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'collect-test-'));
  node = path.join(tmp, 'node');
  dest = path.join(tmp, 'out', 'kind-control-plane');
  secret = path.join(tmp, 'runner-secret.txt');
  fs.mkdirSync(path.join(node, 'kubernetes'), { recursive: true });
  fs.writeFileSync(secret, 'RUNNER SECRET\n');
});

afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

function plant(name: string, content: string | Buffer): Buffer {
  const bytes = Buffer.from(content);
  fs.writeFileSync(path.join(node, 'kubernetes', name), bytes);
  return bytes;
}

const archive = (format: 'gnu' | 'posix' = 'gnu') => gnuTar(node, ['kubernetes'], format);

function listing(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

describe('collectNodeAuditFiles', () => {
  it.each(['gnu', 'posix'] as const)(
    'writes only the regular audit files, 0600, in write order (%s archive)',
    async (format) => {
      const current = plant('kube-apiserver-audit.log', '{"current":1}\n');
      const rotated = plant(ROTATED, '{"rotated":1}\n');
      const older = plant(OLDER, Buffer.from([0x1f, 0x8b, 1, 2, 3]));
      plant('other.txt', 'not an audit file\n');
      const stream = fakeStreamRunner({ stdout: archive(format) });

      const result = await collectNodeAuditFiles(stream, 'kind-control-plane', LOG, dest);

      expect(stream.calls).toEqual([
        ['docker', 'cp', 'kind-control-plane:/var/log/kubernetes', '-'],
      ]);
      expect(result.warnings).toEqual([]);
      expect(result.files.map((f) => [path.basename(f.path), f.bytes])).toEqual([
        [OLDER, older.length],
        [ROTATED, rotated.length],
        ['kube-apiserver-audit.log', current.length],
      ]);
      expect(fs.readFileSync(path.join(dest, 'kube-apiserver-audit.log'))).toEqual(current);
      expect(fs.readFileSync(path.join(dest, OLDER))).toEqual(older);
      expect(listing(dest)).toEqual([OLDER, ROTATED, 'kube-apiserver-audit.log']);
      expect(fs.statSync(path.join(dest, ROTATED)).mode & 0o777).toBe(0o600);
    },
  );

  it('skips links, FIFOs and folders with audit names, naming each and the link target', async () => {
    const current = plant('kube-apiserver-audit.log', '{"current":1}\n');
    const k = path.join(node, 'kubernetes');
    fs.symlinkSync(secret, path.join(k, ROTATED));
    execFileSync('mkfifo', [path.join(k, 'kube-apiserver-audit-2026-01-02T00-00-00.000.log')]);
    plant('aaa-notes', 'a node file\n');
    fs.linkSync(
      path.join(k, 'aaa-notes'),
      path.join(k, 'kube-apiserver-audit-2026-01-03T00-00-00.000.log'),
    );
    fs.mkdirSync(path.join(k, 'kube-apiserver-audit-2026-01-04T00-00-00.000.log'));
    fs.mkdirSync(path.join(k, 'sub'));
    fs.writeFileSync(path.join(k, 'sub', 'kube-apiserver-audit.log'), 'nested\n');

    const result = await collectNodeAuditFiles(
      fakeStreamRunner({ stdout: archive() }),
      'kind-control-plane',
      LOG,
      dest,
    );

    expect(listing(dest)).toEqual(['kube-apiserver-audit.log']);
    expect(fs.readFileSync(path.join(dest, 'kube-apiserver-audit.log'))).toEqual(current);
    expect(result.files).toHaveLength(1);
    expect(result.warnings).toEqual([
      `kind-control-plane: skipped /var/log/kubernetes/${ROTATED}, a symbolic link to ${JSON.stringify(secret)}: only regular files are collected.`,
      'kind-control-plane: skipped /var/log/kubernetes/kube-apiserver-audit-2026-01-02T00-00-00.000.log, a FIFO: only regular files are collected.',
      'kind-control-plane: skipped /var/log/kubernetes/kube-apiserver-audit-2026-01-03T00-00-00.000.log, a hard link to "/var/log/kubernetes/aaa-notes": only regular files are collected.',
      'kind-control-plane: skipped /var/log/kubernetes/kube-apiserver-audit-2026-01-04T00-00-00.000.log, a folder: only regular files are collected.',
    ]);
  });

  it('never writes through a link already sitting where a file goes', async () => {
    plant('kube-apiserver-audit.log', '{"from":"node"}\n');
    fs.mkdirSync(dest, { recursive: true });
    fs.symlinkSync(secret, path.join(dest, 'kube-apiserver-audit.log'));

    await collectNodeAuditFiles(fakeStreamRunner({ stdout: archive() }), 'n', LOG, dest);

    expect(fs.readFileSync(secret, 'utf8')).toBe('RUNNER SECRET\n');
    expect(fs.lstatSync(path.join(dest, 'kube-apiserver-audit.log')).isFile()).toBe(true);
    expect(fs.readFileSync(path.join(dest, 'kube-apiserver-audit.log'), 'utf8')).toBe(
      '{"from":"node"}\n',
    );
  });

  it('refuses a destination folder that is a link', async () => {
    plant('kube-apiserver-audit.log', '{}\n');
    const elsewhere = path.join(tmp, 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.symlinkSync(elsewhere, dest);

    await expect(
      collectNodeAuditFiles(fakeStreamRunner({ stdout: archive() }), 'n', LOG, dest),
    ).rejects.toThrow(/is not a folder/);
    expect(listing(elsewhere)).toEqual([]);
  });

  it('stops at the cap: keeps the part read, names the file and the cap, reads nothing after', async () => {
    const rotated = plant(ROTATED, Buffer.alloc(40 * 1024, 'r'));
    plant('kube-apiserver-audit.log', Buffer.alloc(200 * 1024, 'c'));
    const bytes = archive();
    const stream = fakeStreamRunner({ stdout: bytes });
    const cap = 64 * 1024;

    const result = await collectNodeAuditFiles(stream, 'kind-control-plane', LOG, dest, {
      maxBytes: cap,
    });

    // The archive is in name order: the folder's header, the rotated file, then the current one.
    const currentStart = bytes.indexOf(Buffer.alloc(512, 'c'));
    const kept = cap - currentStart;
    expect(result.files.map((f) => [path.basename(f.path), f.bytes])).toEqual([
      [ROTATED, rotated.length],
      ['kube-apiserver-audit.log', kept],
    ]);
    expect(fs.readFileSync(path.join(dest, ROTATED))).toEqual(rotated);
    expect(fs.statSync(path.join(dest, 'kube-apiserver-audit.log')).size).toBe(kept);
    expect(result.warnings).toEqual([
      `kind-control-plane: stopped reading /var/log/kubernetes at the 64 KiB per-node cap inside /var/log/kubernetes/kube-apiserver-audit.log: its first ${kept} bytes were kept; audit files after that point were not collected.`,
    ]);
  });

  it('reads a stream exactly as long as the cap without a warning', async () => {
    plant('kube-apiserver-audit.log', '{}\n');
    const bytes = archive();
    const result = await collectNodeAuditFiles(
      fakeStreamRunner({ stdout: bytes }),
      'n',
      LOG,
      dest,
      {
        maxBytes: bytes.length,
      },
    );
    expect(result.warnings).toEqual([]);
    expect(result.files).toHaveLength(1);
  });

  it('names the member the cap fell in when it is not collected', async () => {
    plant('aaa-big.bin', Buffer.alloc(100 * 1024, 'b'));
    plant('kube-apiserver-audit.log', '{}\n');
    const result = await collectNodeAuditFiles(
      fakeStreamRunner({ stdout: archive() }),
      'n',
      LOG,
      dest,
      {
        maxBytes: 8192,
      },
    );
    expect(result.files).toEqual([]);
    expect(result.warnings).toEqual([
      'n: stopped reading /var/log/kubernetes at the 8 KiB per-node cap inside "/var/log/kubernetes/aaa-big.bin"; audit files after that point were not collected.',
    ]);
  });

  it('does not count what follows the end of the archive as cut by the cap', async () => {
    const content = Buffer.from('{"kind":"Event"}\n');
    const archiveBytes = Buffer.concat([
      ustarHeader({ name: 'kubernetes/kube-apiserver-audit.log', flag: '0', size: content.length }),
      padded(content),
      END_OF_ARCHIVE,
    ]);
    const withPadding = Buffer.concat([archiveBytes, Buffer.alloc(9 * 512)]);
    const stream = fakeStreamRunner({ stdout: withPadding });
    const result = await collectNodeAuditFiles(stream, 'n', LOG, dest, {
      maxBytes: archiveBytes.length,
    });
    expect(result).toEqual({
      files: [{ path: path.join(dest, 'kube-apiserver-audit.log'), bytes: content.length }],
      warnings: [],
    });
  });

  it('collects nothing, silently, when the node or the folder is missing', async () => {
    for (const stderr of [
      'Error response from daemon: Could not find the file /var/log/kubernetes in container n\n',
      'Error response from daemon: No such container: n\n',
      'Error: No such container:path: n:/var/log/kubernetes\n',
    ]) {
      const result = await collectNodeAuditFiles(
        fakeStreamRunner({ stdout: Buffer.alloc(0), exit: { code: 1, stderr } }),
        'n',
        LOG,
        dest,
      );
      expect(result).toEqual({ files: [], warnings: [] });
    }
  });

  it('fails with the command and its error when docker cp fails before writing anything', async () => {
    const stream = fakeStreamRunner({
      stdout: Buffer.alloc(0),
      exit: {
        code: 1,
        stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock\n',
      },
    });
    await expect(collectNodeAuditFiles(stream, 'n', LOG, dest)).rejects.toThrow(
      /docker cp n:\/var\/log\/kubernetes -`.*code 1[\s\S]*Cannot connect/,
    );
  });

  it('keeps what came when the stream is cut inside a file, and says so', async () => {
    plant(ROTATED, '{"rotated":1}\n');
    plant('kube-apiserver-audit.log', Buffer.alloc(10_000, 'c'));
    const bytes = archive();
    const cut = bytes.subarray(0, bytes.indexOf(Buffer.alloc(512, 'c')) + 3000);
    const result = await collectNodeAuditFiles(
      fakeStreamRunner({ stdout: cut, exit: { code: 1, stderr: 'unexpected EOF\n' } }),
      'n',
      LOG,
      dest,
    );
    expect(result.files.map((f) => [path.basename(f.path), f.bytes])).toEqual([
      [ROTATED, 14],
      ['kube-apiserver-audit.log', 3000],
    ]);
    expect(result.warnings).toEqual([
      'n: `docker cp` of /var/log/kubernetes failed partway (exit code 1: unexpected EOF) inside /var/log/kubernetes/kube-apiserver-audit.log: its first 3000 bytes were kept; audit files after that point were not collected.',
    ]);
  });

  it('keeps the files before a damaged header and warns', async () => {
    plant(ROTATED, '{"rotated":1}\n');
    plant('kube-apiserver-audit.log', '{"current":1}\n');
    const bytes = Buffer.from(archive());
    const second = bytes.indexOf('kubernetes/kube-apiserver-audit.log');
    bytes[second] = 0x58; // the checksum no longer matches
    const result = await collectNodeAuditFiles(fakeStreamRunner({ stdout: bytes }), 'n', LOG, dest);
    expect(listing(dest)).toEqual([ROTATED]);
    expect(result.warnings).toEqual([
      'n: the copy of /var/log/kubernetes is damaged (tar header checksum mismatch); audit files after that point were not collected.',
    ]);
  });
});
