import { unzipSync } from 'fflate';

/**
 * The files in a zip archive, keyed by their path inside it. Directory entries (names ending in
 * `/`) are left out, so the map compares directly with the files that were put in.
 */
export function unzipFiles(zip: Uint8Array): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const [path, bytes] of Object.entries(unzipSync(zip))) {
    if (!path.endsWith('/')) files.set(path, Buffer.from(bytes));
  }
  return files;
}
