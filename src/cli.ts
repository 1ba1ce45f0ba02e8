#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rerunCapped } from './process/capped-memory.js';
import type { ThreadScripts } from './cli/command.js';

// The worker threads run bundles of their own beside this one (summary-thread.ts for summaries,
// pass-thread.ts for `merge`); run from the sources, there are none, and logs are read on this
// thread. (Paths in a variable: the bundler would copy a literal one in as an asset.)
const SUMMARY_THREAD = './summary-thread/index.js';
const PASS_THREAD = './pass-thread/index.js';
const beside = (script: string) => {
  const url = new URL(script, import.meta.url);
  return existsSync(url) ? url : undefined;
};
const threadScripts: ThreadScripts = { summary: beside(SUMMARY_THREAD), pass: beside(PASS_THREAD) };
const argv = process.argv.slice(2);
const [command, ...words] = argv;

// `merge` holds a window of events per file: it runs again in a child process whose young
// generation is capped, or its memory would grow by some 110 MB over a long merge
// (process/capped-memory.ts). The child is this program, which then runs the command itself.
const capped =
  command === 'merge' ? await rerunCapped(fileURLToPath(import.meta.url), argv) : undefined;

// A summary loads only its own command (cli/summarize-alone.ts); anything else, the whole CLI.
const alone =
  capped === undefined && command === 'summarize'
    ? await (await import('./cli/summarize-alone.js')).summarizeAlone(words, threadScripts)
    : undefined;
process.exitCode =
  capped ?? alone ?? (await (await import('./cli/main.js')).runCli(argv, threadScripts));
