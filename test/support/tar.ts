import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import type { CommandStream, StreamExit, StreamRunner } from '../../src/process/exec.js';

/**
 * Archives `members` of `dir` with GNU tar, as `docker cp` would stream them: names relative, in
 * name order (Docker walks folders in lexical order, which decides which of two hard-linked names
 * carries the content).
 */
export function gnuTar(dir: string, members: string[], format: 'gnu' | 'posix'): Buffer {
  const args = [`--format=${format}`, '--sort=name', '-cf', '-', '-C', dir, ...members];
  return execFileSync('tar', args, {
    maxBuffer: 1024 ** 3,
  });
}

export interface HeaderFields {
  name: string;
  /** The type flag character: '0' file, '1' hard link, '2' symlink, '3' char device, … */
  flag: string;
  size?: number;
  linkName?: string;
  /** Overrides the size field's 12 bytes (e.g. base-256). */
  sizeField?: Buffer;
}

/** A 512-byte ustar header with a correct checksum, for members GNU tar cannot make here. */
export function ustarHeader(fields: HeaderFields): Buffer {
  const block = Buffer.alloc(512);
  block.write(fields.name, 0, 100, 'utf8');
  block.write('0000644\0', 100, 'latin1');
  block.write('0000000\0', 108, 'latin1');
  block.write('0000000\0', 116, 'latin1');
  if (fields.sizeField) fields.sizeField.copy(block, 124);
  else block.write(`${(fields.size ?? 0).toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  block.write('00000000000\0', 136, 'latin1');
  block.write(fields.flag, 156, 'latin1');
  block.write(fields.linkName ?? '', 157, 100, 'utf8');
  block.write('ustar\x0000', 257, 'latin1');
  block.fill(0x20, 148, 156);
  const sum = block.reduce((total, byte) => total + byte, 0);
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return block;
}

/** Content padded to whole 512-byte blocks, as it follows a header. */
export function padded(content: Buffer): Buffer {
  const pad = (512 - (content.length % 512)) % 512;
  return Buffer.concat([content, Buffer.alloc(pad)]);
}

/** The end of an archive: two zero blocks. */
export const END_OF_ARCHIVE = Buffer.alloc(1024);

/** `bytes` in chunks of `size`, as a pipe would deliver them. */
export async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) {
    await Promise.resolve();
    yield bytes.subarray(i, i + size);
  }
}

export interface FakeCopy {
  /** What the command writes on stdout. */
  stdout: Buffer;
  /** How it exits once its output has been read or it was stopped. */
  exit?: StreamExit;
}

/**
 * A stream runner that plays `docker cp … -` from a script: each call writes the scripted bytes
 * and exits as scripted. Like a real process, it only exits once its output has been read to the
 * end or it was stopped (then with code 143, as after SIGTERM). Records the command lines.
 */
export function fakeStreamRunner(copy: FakeCopy): StreamRunner & { calls: string[][] } {
  const calls: string[][] = [];
  const runner = (cmd: string, args: readonly string[]): CommandStream => {
    calls.push([cmd, ...args]);
    let settle: (exit: StreamExit) => void = () => undefined;
    const exited = new Promise<StreamExit>((resolve) => (settle = resolve));
    const stdout = Readable.from(chunked(copy.stdout, 64 * 1024), { objectMode: false });
    stdout.on('end', () => settle(copy.exit ?? { code: 0, stderr: '' }));
    return {
      stdout,
      exited,
      stop: () => {
        stdout.destroy();
        settle({ code: 143, stderr: '' });
      },
    };
  };
  return Object.assign(runner, { calls });
}
