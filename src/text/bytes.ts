/**
 * Bytes as people read them, in binary units, as the limits they are compared with are written
 * (kube-apiserver's and the runner's sizes, GitHub's 1 MiB step summary): `512 B`, `1,023 B`,
 * `12.6 KiB`, `4 GiB`. A whole number of a unit has no decimal, so a cap reads as it was set.
 */
export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${n.toLocaleString('en-US')} B`;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
