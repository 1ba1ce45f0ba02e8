#!/usr/bin/env node
import { existsSync } from 'node:fs';

// The summary's worker threads run a bundle of their own beside this one (summary-thread.ts);
// run from the sources, there is none, and summaries read on this thread. (A path in a variable:
// the bundler would copy a literal one in as an asset.)
const THREAD_SCRIPT = './summary-thread/index.js';
const scriptUrl = new URL(THREAD_SCRIPT, import.meta.url);
const threadScript = existsSync(scriptUrl) ? scriptUrl : undefined;
const argv = process.argv.slice(2);
const [command, ...words] = argv;

// A summary loads only its own command (cli/summarize-alone.ts); anything else, the whole CLI.
const alone =
  command === 'summarize'
    ? await (await import('./cli/summarize-alone.js')).summarizeAlone(words, threadScript)
    : undefined;
process.exitCode = alone ?? (await (await import('./cli/main.js')).runCli(argv, threadScript));
