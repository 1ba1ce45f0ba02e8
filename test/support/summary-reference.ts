import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { forEachLine } from '../../src/logs/lines/splitter.js';
import { Summarizer } from '../../src/logs/summary/summarizer.js';
import type { Summary } from '../../src/logs/summary/shape.js';

/**
 * The summary of `files` (each counted for the node of its folder) by one reader going through
 * every line in order, as post's one pass feeds it: what a summary read in parts must equal.
 */
export async function oneReader(files: string[]): Promise<Summary> {
  const summarizer = new Summarizer();
  const nodeOf = (file: string) => path.basename(path.dirname(path.resolve(file)));
  for (const file of files) summarizer.addFile(nodeOf(file), statSync(file).size);
  for (const file of files) {
    const raw = createReadStream(file);
    await forEachLine(file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw, (line) =>
      summarizer.add(line, nodeOf(file)),
    );
  }
  return summarizer.result();
}
