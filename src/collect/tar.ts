// A streaming reader of tar archives, just enough for `docker cp <container>:<path> -`: ustar,
// GNU long names (`L`/`K`) and pax headers (`x`/`g`). It never buffers file contents, so memory
// stays flat at any archive size, and it checks every header, so a damaged or hostile stream is
// an error rather than a misread name. Format: POSIX pax/ustar (IEEE 1003.1-2017, "pax") and
// GNU tar's manual, "Basic Tar Format"; which types carry no data follows Go's archive/tar,
// which is what Docker writes the stream with.

import { checksumMatches, numeric, paxRecords, paxSize, TarError, text } from './tar-fields.js';

export { TarError } from './tar-fields.js';

const BLOCK = 512;
/** Long names and pax records are kept in memory: real ones are a few KiB at most. */
const META_MAX = 1024 * 1024;

export type TarEntryType =
  'file' | 'hardlink' | 'symlink' | 'char-device' | 'block-device' | 'directory' | 'fifo' | 'other';

/** One archive member, with long-name and pax records already applied. */
export interface TarEntry {
  /** The path as stored in the archive (e.g. `kubernetes/kube-apiserver-audit.log`). */
  name: string;
  type: TarEntryType;
  /** The raw type flag, for messages about `other` entries. */
  flag: string;
  /** Bytes of content that follow the header. Always 0 for links, folders, FIFOs and devices. */
  size: number;
  /** Where a symbolic or hard link points; empty for anything else. */
  linkName: string;
}

/** What the reader found in a chunk: a member starts, some of its content, or it is complete. */
export type TarEvent =
  { kind: 'entry'; entry: TarEntry } | { kind: 'data'; bytes: Buffer } | { kind: 'entry-end' };

const TYPES: Record<string, TarEntryType> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file', // "contiguous file": a regular file everywhere that matters
  '1': 'hardlink',
  '2': 'symlink',
  '3': 'char-device',
  '4': 'block-device',
  '5': 'directory',
  '6': 'fifo',
};
const META_FLAGS = new Set(['L', 'K', 'x', 'g']);

type State = 'header' | 'data' | 'meta' | 'padding' | 'end';

/**
 * Push parser: feed chunks in order with {@link TarReader.push}, act on the events each one
 * yields (content arrives as slices of the chunk, valid until the next push), then call
 * {@link TarReader.finish}. Throws {@link TarError} on a damaged header.
 */
export class TarReader {
  private state: State = 'header';
  private readonly header = Buffer.alloc(BLOCK);
  private headerFill = 0;
  /** Content (or padding) bytes still to come for the current member. */
  private remaining = 0;
  private padding = 0;
  private metaFlag = '';
  private metaParts: Buffer[] = [];
  private longName: string | undefined;
  private longLink: string | undefined;
  private pax = new Map<string, string>();
  private paxGlobal = new Map<string, string>();
  /** The member whose content is being read, if any. */
  current: TarEntry | undefined;
  /** Content bytes of {@link current} read so far. */
  currentRead = 0;

  /** Events found in `chunk`. Consume them before pushing the next chunk. */
  *push(chunk: Buffer): Generator<TarEvent> {
    let offset = 0;
    while (offset < chunk.length) {
      const available = chunk.length - offset;
      switch (this.state) {
        case 'header': {
          let block: Buffer;
          if (this.headerFill === 0 && available >= BLOCK) {
            block = chunk.subarray(offset, offset + BLOCK);
            offset += BLOCK;
          } else {
            const n = Math.min(BLOCK - this.headerFill, available);
            chunk.copy(this.header, this.headerFill, offset, offset + n);
            this.headerFill += n;
            offset += n;
            if (this.headerFill < BLOCK) break;
            this.headerFill = 0;
            block = this.header;
          }
          yield* this.onHeader(block);
          break;
        }
        case 'data': {
          const n = Math.min(this.remaining, available);
          this.remaining -= n;
          this.currentRead += n;
          yield { kind: 'data', bytes: chunk.subarray(offset, offset + n) };
          offset += n;
          if (this.remaining === 0) yield* this.endMember();
          break;
        }
        case 'meta': {
          const n = Math.min(this.remaining, available);
          this.metaParts.push(Buffer.from(chunk.subarray(offset, offset + n)));
          this.remaining -= n;
          offset += n;
          if (this.remaining === 0) this.onMeta();
          break;
        }
        case 'padding': {
          const n = Math.min(this.padding, available);
          this.padding -= n;
          offset += n;
          if (this.padding === 0) this.state = 'header';
          break;
        }
        case 'end':
          return; // anything after the end-of-archive block is not part of it
      }
    }
  }

  /** Whether the archive ended properly; when not, what it was in the middle of. */
  finish(): { complete: boolean; inside: TarEntry | undefined } {
    return { complete: this.state === 'end', inside: this.current };
  }

  private *onHeader(block: Buffer): Generator<TarEvent> {
    if (block.every((byte) => byte === 0)) {
      this.state = 'end'; // the first zero block ends the archive, as GNU tar reads it
      return;
    }
    if (!checksumMatches(block)) throw new TarError('tar header checksum mismatch');
    const flag = String.fromCharCode(block[156] ?? 0);
    const headerSize = numeric(block, 124, 12, 'size');
    const padding = (BLOCK - (headerSize % BLOCK)) % BLOCK;
    if (META_FLAGS.has(flag)) {
      if (headerSize > META_MAX) {
        throw new TarError(`a tar metadata member of ${headerSize} bytes is larger than allowed`);
      }
      this.metaFlag = flag;
      this.metaParts = [];
      this.remaining = headerSize;
      this.padding = padding;
      this.state = 'meta';
      if (headerSize === 0) this.onMeta();
      return;
    }
    const magic = block.toString('latin1', 257, 263);
    // Only POSIX ustar has a prefix field; GNU's magic ("ustar  ") uses those bytes otherwise.
    const prefix = magic === 'ustar\0' ? text(block, 345, 155) : '';
    const headerName = prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100);
    const type = TYPES[flag] ?? 'other';
    const headerOnly = type !== 'file' && type !== 'other';
    const paxValue = (key: string) => this.pax.get(key) ?? this.paxGlobal.get(key);
    const sizeText = paxValue('size');
    const size = headerOnly ? 0 : sizeText ? paxSize(sizeText) : headerSize;
    const entry: TarEntry = {
      name: paxValue('path') || this.longName || headerName,
      type,
      flag,
      size,
      linkName: paxValue('linkpath') || this.longLink || text(block, 157, 100),
    };
    this.pax = new Map();
    this.longName = undefined;
    this.longLink = undefined;
    this.current = entry;
    this.currentRead = 0;
    this.remaining = size;
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
    yield { kind: 'entry', entry };
    if (size === 0) yield* this.endMember();
    else this.state = 'data';
  }

  private *endMember(): Generator<TarEvent> {
    this.current = undefined;
    this.state = this.padding > 0 ? 'padding' : 'header';
    yield { kind: 'entry-end' };
  }

  private onMeta(): void {
    const payload = Buffer.concat(this.metaParts);
    this.metaParts = [];
    if (this.metaFlag === 'L' || this.metaFlag === 'K') {
      const end = payload.indexOf(0);
      const value = payload.subarray(0, end === -1 ? payload.length : end).toString('utf8');
      if (this.metaFlag === 'L') this.longName = value;
      else this.longLink = value;
    } else {
      const records = paxRecords(payload);
      const target = this.metaFlag === 'g' ? this.paxGlobal : this.pax;
      for (const [key, value] of records) target.set(key, value);
    }
    this.state = this.padding > 0 ? 'padding' : 'header';
  }
}
