import { readFileSync } from 'node:fs';
import { checkJsonObject } from '../src/logs/redact/json-check.js';
const buf = readFileSync(process.argv[2]!);
const starts: number[] = [];
const ends: number[] = [];
let s = 0;
for (let nl = buf.indexOf(10); nl !== -1; nl = buf.indexOf(10, s)) {
  starts.push(s);
  ends.push(nl);
  s = nl + 1;
}
for (let r = 0; r < 3; r++) {
  const t = performance.now();
  let clean = 0;
  for (let k = 0; k < starts.length; k++)
    if (checkJsonObject(buf, starts[k]!, ends[k]!) === 0) clean++;
  const t2 = performance.now();
  let p = 0;
  for (let k = 0; k < starts.length; k++) {
    JSON.parse(buf.toString('utf8', starts[k]!, ends[k]!));
    p++;
  }
  console.log(
    `check ${(t2 - t).toFixed(0)} ms (${clean} clean of ${starts.length}); parse ${(performance.now() - t2).toFixed(0)} ms`,
  );
}
