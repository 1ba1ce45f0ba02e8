/** Default for how much is read from one node: a hostile cluster cannot fill the runner's disk. */
export const NODE_READ_CAP = 4 * 1024 ** 3;

/** `4 GiB`, `64 KiB`, `1000 bytes`: the cap as a user would have written it. */
export function formatCap(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}
