import type { PartEnd, Summarizer } from './summarizer.js';

/**
 * Reads part `index` of a log, `bytes` of whole lines from `node`, into `summarizer`: what a
 * summary thread does with each chunk it is handed.
 */
export function summarizePart(
  summarizer: Summarizer,
  index: number,
  node: string,
  bytes: Buffer,
): PartEnd {
  summarizer.beginPart(index);
  let start = 0;
  let newline = bytes.indexOf(10);
  while (newline !== -1) {
    summarizer.add(bytes.subarray(start, newline), node);
    start = newline + 1;
    newline = bytes.indexOf(10, start);
  }
  if (start < bytes.length) summarizer.add(bytes.subarray(start), node);
  return summarizer.endPart();
}
