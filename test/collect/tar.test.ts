import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TarError, TarReader, type TarEntry } from '../../src/collect/tar.js';
import { END_OF_ARCHIVE, gnuTar, padded, ustarHeader } from '../support/tar.js';

interface Member {
  entry: TarEntry;
  content: Buffer;
  ended: boolean;
}

/** Reads a whole archive fed in chunks of `size` bytes: each member with its content. */
function readArchive(bytes: Buffer, size: number) {
  const reader = new TarReader();
  const members: (Member & { parts: Buffer[] })[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    for (const event of reader.push(bytes.subarray(i, i + size))) {
      const last = members.at(-1);
      if (event.kind === 'entry') {
        members.push({ entry: event.entry, content: Buffer.alloc(0), parts: [], ended: false });
      } else if (event.kind === 'data') {
        last?.parts.push(Buffer.from(event.bytes));
      } else if (last) {
        last.ended = true;
      }
    }
  }
  for (const m of members) m.content = Buffer.concat(m.parts);
  return { members, end: reader.finish() };
}

function byName(members: Member[], name: string): Member {
  const found = members.find((m) => m.entry.name.replace(/\/$/, '') === name);
  if (!found)
    throw new Error(`no member ${name} in ${members.map((m) => m.entry.name).join(', ')}`);
  return found;
}

let dir = '';
const LONG_NAME = `${'d'.repeat(120)}/${'f'.repeat(180)}.log`;
const LONG_TARGET = `/${'t'.repeat(150)}/target`;
const BIG = Buffer.alloc(200_000, 'event line\n');

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tar-test-'));
  const k = path.join(dir, 'kubernetes');
  fs.mkdirSync(path.join(k, 'd'.repeat(120)), { recursive: true });
  fs.writeFileSync(path.join(k, 'kube-apiserver-audit.log'), BIG);
  fs.writeFileSync(path.join(k, 'empty.log'), '');
  fs.writeFileSync(path.join(k, LONG_NAME), 'long\n');
  fs.symlinkSync('/etc/hostname', path.join(k, 'link.log'));
  fs.symlinkSync(LONG_TARGET, path.join(k, 'long-link.log'));
  fs.linkSync(path.join(k, 'kube-apiserver-audit.log'), path.join(k, 'zz-hard.log'));
  execFileSync('mkfifo', [path.join(k, 'fifo.log')]);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(['gnu', 'posix'] as const)('TarReader on GNU tar --format=%s', (format) => {
  const archive = () => gnuTar(dir, ['kubernetes'], format);

  it.each([1, 7, 512, 513, 65_536, 10_000_000])(
    'reads every member and its exact content, fed %i bytes at a time',
    (size) => {
      const { members, end } = readArchive(archive(), size);
      expect(end).toEqual({ complete: true, inside: undefined });
      const log = byName(members, 'kubernetes/kube-apiserver-audit.log');
      expect(log.entry.type).toBe('file');
      expect(log.content.equals(BIG)).toBe(true);
      expect(log.ended).toBe(true);
      expect(byName(members, 'kubernetes/empty.log')).toMatchObject({
        ended: true,
        content: Buffer.alloc(0),
      });
      expect(byName(members, 'kubernetes').entry.type).toBe('directory');
    },
  );

  it('keeps names longer than the 100 bytes of a header', () => {
    const { members } = readArchive(archive(), 4096);
    const long = byName(members, `kubernetes/${LONG_NAME}`);
    expect(long.entry.type).toBe('file');
    expect(long.content.toString()).toBe('long\n');
  });

  it('reports links, hard links and FIFOs with their targets, and no content', () => {
    const { members } = readArchive(archive(), 4096);
    expect(byName(members, 'kubernetes/link.log').entry).toMatchObject({
      type: 'symlink',
      linkName: '/etc/hostname',
      size: 0,
    });
    expect(byName(members, 'kubernetes/long-link.log').entry).toMatchObject({
      type: 'symlink',
      linkName: LONG_TARGET,
    });
    expect(byName(members, 'kubernetes/zz-hard.log').entry).toMatchObject({
      type: 'hardlink',
      linkName: 'kubernetes/kube-apiserver-audit.log',
      size: 0,
    });
    expect(byName(members, 'kubernetes/fifo.log').entry).toMatchObject({ type: 'fifo', size: 0 });
  });

  it('says which member a stream cut in the middle was in, with the bytes that came', () => {
    const bytes = archive();
    const marker = bytes.indexOf(BIG.subarray(0, 512));
    const cut = bytes.subarray(0, marker + 1000);
    const { members, end } = readArchive(cut, 333);
    expect(end.complete).toBe(false);
    expect(end.inside?.name).toBe('kubernetes/kube-apiserver-audit.log');
    const log = byName(members, 'kubernetes/kube-apiserver-audit.log');
    expect(log.ended).toBe(false);
    expect(log.content.equals(BIG.subarray(0, 1000))).toBe(true);
  });
});

describe('TarReader on hand-made members', () => {
  it('reports devices, which GNU tar can only archive as root', () => {
    const bytes = Buffer.concat([
      ustarHeader({ name: 'kubernetes/c.log', flag: '3' }),
      ustarHeader({ name: 'kubernetes/b.log', flag: '4' }),
      END_OF_ARCHIVE,
    ]);
    expect(readArchive(bytes, 512).members.map((m) => m.entry.type)).toEqual([
      'char-device',
      'block-device',
    ]);
  });

  it('reads a size written in base-256, as GNU tar does above 8 GiB', () => {
    const sizeField = Buffer.alloc(12);
    sizeField[0] = 0x80;
    sizeField.writeUInt16BE(1000, 10);
    const content = Buffer.alloc(1000, 'x');
    const bytes = Buffer.concat([
      ustarHeader({ name: 'big.log', flag: '0', sizeField }),
      padded(content),
      END_OF_ARCHIVE,
    ]);
    expect(readArchive(bytes, 100).members[0]?.content.equals(content)).toBe(true);
  });

  it('takes the size and path from a pax header over the ustar fields', () => {
    const records = '20 path=renamed.log\n10 size=5\n';
    const bytes = Buffer.concat([
      ustarHeader({ name: 'PaxHeaders/x', flag: 'x', size: records.length }),
      padded(Buffer.from(records)),
      ustarHeader({ name: 'original.log', flag: '0', size: 0 }),
      padded(Buffer.from('hello')),
      END_OF_ARCHIVE,
    ]);
    const { members, end } = readArchive(bytes, 512);
    expect(end.complete).toBe(true);
    expect(members).toHaveLength(1);
    expect(members[0]?.entry).toMatchObject({ name: 'renamed.log', size: 5 });
    expect(members[0]?.content.toString()).toBe('hello');
  });

  it('reads a global pax header without mistaking it for a member', () => {
    const withGlobal = execFileSync('tar', [
      '--format=posix',
      '--pax-option=comment=hello',
      '-cf',
      '-',
      '-C',
      dir,
      'kubernetes/empty.log',
    ]);
    expect(String.fromCharCode(withGlobal[156] ?? 0)).toBe('g');
    const { members } = readArchive(withGlobal, 512);
    expect(members.map((m) => m.entry.name)).toEqual(['kubernetes/empty.log']);
  });

  it.each([
    [
      'a damaged header',
      () => {
        const header = ustarHeader({ name: 'a.log', flag: '0' });
        header[0] = 0x62;
        return header;
      },
    ],
    ['bytes that are not a tar archive', () => Buffer.alloc(1024, '{"kind":"Event"}\n')],
    [
      'a pax header claiming 2 GiB',
      () => ustarHeader({ name: 'x', flag: 'x', size: 2 * 1024 ** 3 }),
    ],
    [
      'a malformed pax record',
      () =>
        Buffer.concat([
          ustarHeader({ name: 'x', flag: 'x', size: 12 }),
          padded(Buffer.from('99 path=a.l\n')),
        ]),
    ],
  ])('refuses %s', (_what, make) => {
    expect(() => readArchive(make(), 512)).toThrow(TarError);
  });
});
