/**
 * `n` and a noun that agrees with it: `1 file`, `2 files`, `1,024 requests`. The plural is the
 * noun with an `s` unless given (`count(n, 'entry', 'entries')`). Numbers get thousands separators.
 */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
