import type { Readable } from 'node:stream';

/** A line longer than this is not an event the summary can use: it is skipped, not held. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/**
 * Calls `onLine` with every line of a byte stream, without its `\n` (a `\r` before it stays; JSON
 * ignores it). Chunks are split with `Buffer.indexOf`; only a line that spans chunks is copied.
 * A line over `maxLine` bytes is reported to `onOversized` and its bytes dropped as they come, so
 * memory stays bounded whatever the stream holds. The last line needs no newline.
 */
export async function forEachLine(
  stream: Readable,
  onLine: (line: Buffer) => void,
  onOversized: () => void = () => {},
  maxLine = MAX_LINE_BYTES,
): Promise<void> {
  let carry: Buffer[] = [];
  let carried = 0;
  let dropping = false;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    let end = chunk.indexOf(10, start);
    while (end !== -1) {
      if (dropping) dropping = false;
      else if (carried > 0) {
        carry.push(chunk.subarray(start, end));
        onLine(Buffer.concat(carry, carried + end - start));
      } else onLine(chunk.subarray(start, end));
      carry = [];
      carried = 0;
      start = end + 1;
      end = chunk.indexOf(10, start);
    }
    if (start < chunk.length && !dropping) {
      carry.push(chunk.subarray(start));
      carried += chunk.length - start;
      if (carried > maxLine) {
        onOversized();
        dropping = true;
        carry = [];
        carried = 0;
      }
    }
  }
  if (carried > 0) onLine(Buffer.concat(carry, carried));
}
