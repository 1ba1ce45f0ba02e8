import { existsSync } from 'node:fs';
import { runOnCappedThread } from './process/capped-memory.js';

// The pass threads run a bundle of their own beside this one (pass-thread.ts); without it, the
// pass runs on this thread alone. (A path in a variable: the bundler would copy a literal one in
// as an asset.)
const PASS_THREAD = './pass-thread/index.js';
const passThread = new URL(PASS_THREAD, import.meta.url);

// Post runs on a thread whose young generation is capped (process/capped-memory.ts): its pass
// holds a window of events, and the main thread's would grow to 128 MB. Its modules load there
// alone (a chunk of their own in the bundle), not on the main thread, which only waits.
runOnCappedThread(
  new URL(import.meta.url),
  async () => {
    const { runPost } = await import('./action/post.js');
    await runPost(existsSync(passThread) ? passThread : undefined);
  },
  // A failure nobody caught: the runner shows it as the step's error.
  (text) => void import('@actions/core').then((core) => core.error(`post stopped: ${text}`)),
);
