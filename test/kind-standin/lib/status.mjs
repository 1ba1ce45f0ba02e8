// kind's status output: plain lines and the " • … / ✓ … / ✗ …" step lines, on stderr as kind
// writes them, so stdout carries only what a command prints as its result.
import process from 'node:process';

/** Writes one status line to stderr. */
export const say = (line) => process.stderr.write(`${line}\n`);

/** Runs one step of `kind create cluster` between its " • …" and " ✓ …" (or " ✗ …") lines. */
export function step(title, fn) {
  say(` • ${title}  ...`);
  try {
    const result = fn();
    say(` ✓ ${title}`);
    return result;
  } catch (err) {
    say(` ✗ ${title}`);
    throw err;
  }
}
