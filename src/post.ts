import { existsSync } from 'node:fs';
import { runPost } from './action/post.js';

// The pass threads run a bundle of their own beside this one (pass-thread.ts); without it, the
// pass runs on this thread alone. (A path in a variable: the bundler would copy a literal one in
// as an asset.)
const PASS_THREAD = './pass-thread/index.js';
const passThread = new URL(PASS_THREAD, import.meta.url);

void runPost(existsSync(passThread) ? passThread : undefined);
