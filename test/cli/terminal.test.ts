import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paintFor } from '../../src/cli/colour.js';
import { terminalLogger } from '../../src/cli/logger.js';
import {
  bytesReadByProcess,
  progressText,
  startProgress,
  StatusLine,
} from '../../src/cli/progress.js';
import { StdinCopy } from '../../src/cli/stdin-copy.js';

/** A stream that records what is written to it, a terminal or not. */
function stream(isTTY: boolean, columns = 80) {
  const written: string[] = [];
  return {
    isTTY,
    columns,
    written,
    write: (text: string) => written.push(text) > 0,
    text: () => written.join(''),
  };
}

const ESC = '\u001b';

describe('paintFor: colour for verdicts only where it can be seen', () => {
  it.each([
    ['a terminal', true, {}, true],
    ['a pipe or file', false, {}, false],
    ['NO_COLOR set', true, { NO_COLOR: '1' }, false],
    ['NO_COLOR empty (unset, per no-color.org)', true, { NO_COLOR: '' }, true],
    ['TERM=dumb', true, { TERM: 'dumb' }, false],
  ])('%s', (_name, isTTY, env, coloured) => {
    const paint = paintFor({ isTTY }, env);
    expect(paint.enabled).toBe(coloured);
    expect(paint.bad('VIOLATED').includes(ESC)).toBe(coloured);
    expect(paint.ok('ok').replaceAll(`${ESC}[32m`, '').replaceAll(`${ESC}[39m`, '')).toBe('ok');
  });
});

describe('StatusLine and progress', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws nothing unless stderr is a terminal', () => {
    vi.useFakeTimers();
    const pipe = stream(false);
    const progress = startProgress(new StatusLine(pipe), 'big.log', { bytesRead: () => 0 });
    progress.setTotal(1000);
    vi.advanceTimersByTime(10_000);
    progress.stop();
    expect(pipe.written).toEqual([]);
  });

  it('waits about 2 s, then shows bytes read of the total, and erases itself at the end', () => {
    vi.useFakeTimers();
    const tty = stream(true);
    let read = 5_000;
    let now = 0;
    const progress = startProgress(new StatusLine(tty), 'big.log', {
      bytesRead: () => read,
      now: () => now,
    });
    progress.setTotal(1_200_000_000);
    now = 1_900;
    vi.advanceTimersByTime(1_900);
    expect(tty.written).toEqual([]);
    read += 312_000_000;
    now = 2_000;
    vi.advanceTimersByTime(100);
    expect(tty.text()).toBe(`\r${ESC}[Kreading big.log: 297.5 MiB of 1.1 GiB (26%), 2 s`);
    progress.stop();
    expect(tty.written.at(-1)).toBe(`\r${ESC}[K`);
  });

  it('puts messages above the line and draws it again below them', () => {
    const tty = stream(true);
    const line = new StatusLine(tty);
    line.show('reading x: 1 MB');
    terminalLogger(false, line, paintFor({ isTTY: false })).warning('a .gz was cut off');
    expect(tty.written).toEqual([
      `\r${ESC}[Kreading x: 1 MB`,
      `\r${ESC}[K`,
      'warning: a .gz was cut off\n',
      `\r${ESC}[Kreading x: 1 MB`,
    ]);
  });

  it("cuts the line to the terminal's width, so it never wraps", () => {
    const tty = stream(true, 20);
    new StatusLine(tty).show('reading a/very/long/path/to/a/log: 1 MB');
    expect(tty.text()).toBe(`\r${ESC}[Kreading a/very/lon…`);
  });

  it.each([
    [undefined, undefined, 'reading x… 3 s'],
    [1_500, undefined, 'reading x: 1.5 KiB, 3 s'],
    [2_000, 1_000, 'reading x: 1,000 B of 1,000 B (100%), 3 s'],
  ])('words %s bytes of %s', (read, total, text) => {
    expect(progressText('x', read, total, 3_400)).toBe(text);
  });

  it.skipIf(process.platform !== 'linux')(
    'measures the bytes this process reads, whichever thread reads them',
    () => {
      const before = bytesReadByProcess() ?? 0;
      readFileSync(new URL('../fixtures/audit-logs/audit2rbac-demo.log', import.meta.url));
      expect((bytesReadByProcess() ?? 0) - before).toBeGreaterThan(10_000);
    },
  );
});

describe('StdinCopy: standard input as a file', () => {
  it('copies what comes in, named .gz when it is gzip, and removes the copy', async () => {
    const plain = new StdinCopy(Readable.from([Buffer.from('{"a":'), Buffer.from('1}\n')]));
    const file = await plain.file();
    expect(path.basename(file)).toBe('stdin');
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
    plain.remove();
    expect(existsSync(path.dirname(file))).toBe(false);

    const zipped = gzipSync('{"a":1}\n');
    // The magic bytes split across chunks still tell gzip.
    const gz = new StdinCopy(Readable.from([zipped.subarray(0, 1), zipped.subarray(1)]));
    const gzFile = await gz.file();
    expect(path.basename(gzFile)).toBe('stdin.gz');
    expect(readFileSync(gzFile)).toEqual(zipped);
    gz.remove();
  });

  it('refuses a terminal: a command would wait for a log nobody types', async () => {
    const terminal = Object.assign(Readable.from([]), { isTTY: true });
    await expect(new StdinCopy(terminal).file()).rejects.toThrow(
      '-: standard input is a terminal: pipe a log in',
    );
  });
});
