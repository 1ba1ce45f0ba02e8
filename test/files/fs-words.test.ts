import { describe, expect, it } from 'vitest';
import { fsProblem } from '../../src/files/fs-words.js';
import { count } from '../../src/text/plural.js';

const errno = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('fsProblem: a file-system error in words', () => {
  it.each([
    [
      'ELOOP',
      "ELOOP: too many symbolic links encountered, open 'out-link.log'",
      'it is a symbolic link',
    ],
    ['ENOENT', "ENOENT: no such file or directory, open 'x'", 'there is no such file or folder'],
    ['EACCES', "EACCES: permission denied, open 'x'", 'permission denied'],
    ['ENOTDIR', "ENOTDIR: not a directory, open 'a/b'", 'a part of its path is not a folder'],
    [
      'ENXIO',
      "ENXIO: no such device or address, open 'fifo'",
      'it is a FIFO or socket that nothing is connected to',
    ],
  ])('%s reads as words, never errno text', (code, message, words) => {
    const text = fsProblem(errno(code, message));
    expect(text).toBe(words);
    expect(text).not.toContain(code);
  });

  it("keeps the words of an error it has no wording for, without Node's code and syscall", () => {
    expect(fsProblem(errno('EWHATEVER', "EWHATEVER: something odd happened, open 'x'"))).toBe(
      'something odd happened',
    );
  });
});

describe('count: a number and a noun that agree', () => {
  it.each([
    [0, 'file', '0 files'],
    [1, 'file', '1 file'],
    [2, 'file', '2 files'],
    [1234, 'request', '1,234 requests'],
  ])('%d %s', (n, noun, text) => {
    expect(count(n, noun)).toBe(text);
  });

  it('takes an irregular plural', () => {
    expect(count(2, 'entry', 'entries')).toBe('2 entries');
  });
});
