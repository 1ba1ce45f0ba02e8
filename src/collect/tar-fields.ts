// The fields of a tar header and the records of a pax header, read strictly: a value that does not
// parse is a TarError, never a guess. Layout: POSIX ustar/pax (IEEE 1003.1-2017, "pax"); base-256
// numbers and signed checksums as GNU tar writes and accepts them.

const BLOCK = 512;

/** Thrown when the bytes are not a well-formed tar archive. */
export class TarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TarError';
  }
}

/** A NUL-terminated (or full-width) text field of a header. */
export function text(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
}

/** Octal, or GNU's base-256 for values that do not fit (the high bit of the first byte set). */
export function numeric(block: Buffer, start: number, length: number, what: string): number {
  const field = block.subarray(start, start + length);
  const first = field[0] ?? 0;
  if (first & 0x80) {
    if (first === 0xff) throw new TarError(`negative ${what} in a tar header`);
    let value = first & 0x7f;
    for (const byte of field.subarray(1)) value = value * 256 + byte;
    if (!Number.isSafeInteger(value)) throw new TarError(`${what} too large in a tar header`);
    return value;
  }
  const digits = field
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .replace(/^ +/, '');
  if (digits === '') return 0;
  if (!/^[0-7]+$/.test(digits))
    throw new TarError(`bad ${what} ${JSON.stringify(digits.slice(0, 12))} in a tar header`);
  return parseInt(digits, 8);
}

/** The header checksum: every byte summed, the checksum field counted as spaces. */
export function checksumMatches(block: Buffer): boolean {
  const stored = numeric(block, 148, 8, 'checksum');
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte; // some old writers summed signed chars
  }
  return stored === unsigned || stored === signed;
}

/** pax records: `<length> <key>=<value>\n`, the length counting the whole record. */
export function paxRecords(payload: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let pos = 0;
  while (pos < payload.length) {
    if (payload[pos] === 0) break; // padding some writers leave at the end
    const space = payload.indexOf(0x20, pos);
    const length = Number(payload.subarray(pos, space === -1 ? pos : space).toString('latin1'));
    const record = payload.subarray(pos, pos + length);
    if (space === -1 || !Number.isSafeInteger(length) || length <= space - pos + 1) {
      throw new TarError('malformed pax record');
    }
    if (record.length !== length || record[length - 1] !== 0x0a) {
      throw new TarError('malformed pax record');
    }
    const body = record.subarray(space - pos + 1, length - 1).toString('utf8');
    const eq = body.indexOf('=');
    if (eq <= 0) throw new TarError('malformed pax record');
    records.set(body.slice(0, eq), body.slice(eq + 1));
    pos += length;
  }
  return records;
}

/** The `size` record of a pax header: decimal, and it overrides the header's size field. */
export function paxSize(value: string): number {
  const size = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(size)) {
    throw new TarError(`bad pax size ${JSON.stringify(value.slice(0, 40))}`);
  }
  return size;
}
