import { execFileSync } from 'node:child_process';
import {
  chownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  claimNewDir,
  ensurePrivateDir,
  makeDirs,
  openForWriting,
  UnsafeTargetError,
  writeFileNoFollow,
} from '../../src/files/safe-fs.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'safe-fs-'));

describe('claimNewDir', () => {
  it('gives each use of a name a folder of its own', async () => {
    const base = tmp();
    const first = await claimNewDir(base, 'kind');
    const second = await claimNewDir(base, 'kind');
    const third = await claimNewDir(base, 'kind');
    expect([first, second, third]).toEqual([
      path.join(base, 'kind'),
      path.join(base, 'kind.2'),
      path.join(base, 'kind.3'),
    ]);
  });
});

describe('writeFileNoFollow', () => {
  it('refuses to write through a planted link, leaving its target untouched', async () => {
    const dir = tmp();
    const target = path.join(dir, 'precious');
    writeFileSync(target, 'keep me');
    symlinkSync(target, path.join(dir, 'audit-policy.yaml'));
    await expect(writeFileNoFollow(path.join(dir, 'audit-policy.yaml'), 'x')).rejects.toThrow(
      /is a link: refusing to write through it/,
    );
    expect(readFileSync(target, 'utf8')).toBe('keep me');
  });

  it('refuses a FIFO at once instead of hanging', async () => {
    const fifo = path.join(tmp(), 'kind-config.yaml');
    execFileSync('mkfifo', [fifo]);
    await expect(writeFileNoFollow(fifo, 'x')).rejects.toThrow(
      `${fifo} is not a regular file: refusing to write to it`,
    );
  });

  it('replaces the content of a regular file', async () => {
    const file = path.join(tmp(), 'f');
    writeFileSync(file, 'a much longer old content');
    await writeFileNoFollow(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
  });
});

describe('openForWriting', () => {
  it.each([
    [
      'a link to a file',
      (dir: string) => symlinkSync(path.join(dir, 'precious'), path.join(dir, 'out')),
      'a link',
    ],
    [
      'a dangling link',
      (dir: string) => symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'out')),
      'a link',
    ],
    ['a folder', (dir: string) => mkdirSync(path.join(dir, 'out')), 'not a regular file'],
    [
      'a FIFO',
      (dir: string) => execFileSync('mkfifo', [path.join(dir, 'out')]),
      'not a regular file',
    ],
  ])('refuses %s, naming the file and what it is', async (_, plant, what) => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'precious'), 'keep me');
    plant(dir);
    const error = await openForWriting(path.join(dir, 'out')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsafeTargetError);
    expect((error as UnsafeTargetError).what).toBe(what);
    expect(readFileSync(path.join(dir, 'precious'), 'utf8')).toBe('keep me');
  });

  it('refuses a device, which opens but is not a file', async () => {
    await expect(openForWriting('/dev/null')).rejects.toThrow(
      '/dev/null is not a regular file: refusing to write to it',
    );
  });
});

describe('ensurePrivateDir', () => {
  it('creates missing folders with mode 0700 and narrows a loose one of ours', async () => {
    const base = tmp();
    const made = path.join(base, 'a', 'b');
    await ensurePrivateDir(made);
    expect(lstatSync(made).mode & 0o777).toBe(0o700);
    const loose = path.join(base, 'loose');
    mkdirSync(loose, { mode: 0o777 });
    await ensurePrivateDir(loose);
    expect(lstatSync(loose).mode & 0o777).toBe(0o700);
  });

  it('refuses a link where the folder should be', async () => {
    const base = tmp();
    symlinkSync(tmp(), path.join(base, 'state'));
    await expect(ensurePrivateDir(path.join(base, 'state'))).rejects.toThrow(
      /is not a folder \(a link\)/,
    );
  });

  it.skipIf(process.getuid?.() !== 0)(
    'refuses a folder another user owns (needs root to set one up)',
    async () => {
      const other = path.join(tmp(), 'theirs');
      mkdirSync(other, { mode: 0o700 });
      chownSync(other, 4242, 4242);
      await expect(ensurePrivateDir(other)).rejects.toThrow(
        /belongs to user 4242, not to you \(0\)/,
      );
    },
  );
});

describe('makeDirs', () => {
  it("fails at once where no folder can be made (Node's recursive mkdir never returns under /proc)", async () => {
    await expect(makeDirs('/proc/kind-audit-test/x')).rejects.toThrow(/ENOENT/);
  });

  it('makes every missing parent', async () => {
    const deep = path.join(tmp(), 'x', 'y', 'z');
    await makeDirs(deep);
    expect(lstatSync(deep).isDirectory()).toBe(true);
  });
});
