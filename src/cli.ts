#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { runCli } from './cli/main.js';

// The summary's worker threads run a bundle of their own beside this one (summary-thread.ts);
// run from the sources, there is none, and summaries read on this thread. (A path in a variable:
// the bundler would copy a literal one in as an asset.)
const THREAD_SCRIPT = './summary-thread/index.js';
const threadScript = new URL(THREAD_SCRIPT, import.meta.url);

void runCli(process.argv.slice(2), existsSync(threadScript) ? threadScript : undefined).then(
  (code) => {
    process.exitCode = code;
  },
);
