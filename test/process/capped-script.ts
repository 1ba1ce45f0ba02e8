// A program for test/process/capped-memory.test.ts: `node --import tsx capped-script.ts MODE …`.
//   thread CODE   its work, on the capped thread, writes 2,000 numbered lines and sets CODE
//   throws        its work, on the capped thread, fails with an error nobody catches
//   child ARGS…   runs again capped; the child prints its flags and ARGS, then ends as ARGS say
//                 (`exit N`, `signal NAME`, `stdin`: copies standard input to standard output,
//                 `wait`: until a signal ends it)
import { fileURLToPath } from 'node:url';
import { isMainThread, resourceLimits } from 'node:worker_threads';
import { rerunCapped, runOnCappedThread } from '../../src/process/capped-memory.js';

const [mode = '', ...rest] = process.argv.slice(2);

if (mode === 'thread' || mode === 'throws') {
  runOnCappedThread(
    new URL(import.meta.url),
    async () => {
      if (mode === 'throws') throw new Error('the work broke');
      const young = resourceLimits.maxYoungGenerationSizeMb;
      process.stdout.write(`${JSON.stringify({ isMainThread, young })}\n`);
      for (let i = 0; i < 2000; i++) process.stdout.write(`line ${i}\n`);
      await new Promise((resolve) => setTimeout(resolve, 10));
      process.exitCode = Number(rest[0]);
    },
    (text) => process.stderr.write(`reported: ${text}\n`),
  );
} else if (mode === 'child') {
  const code = await rerunCapped(fileURLToPath(import.meta.url), process.argv.slice(2));
  if (code !== undefined) process.exitCode = code;
  else {
    const [what, value] = rest;
    process.stdout.write(`${JSON.stringify({ execArgv: process.execArgv, pid: process.pid })}\n`);
    if (what === 'exit') process.exitCode = Number(value);
    else if (what === 'signal') process.kill(process.pid, value);
    else if (what === 'stdin') process.stdin.pipe(process.stdout);
    else if (what === 'wait') setInterval(() => undefined, 1000);
  }
} else throw new Error(`no mode ${mode}`);
