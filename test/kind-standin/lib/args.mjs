// Flag and value parsing for kind's commands, kept apart so every command reads its flags and
// reports a bad one the same way kind's cobra/pflag front end does.
import { KindError } from './config.mjs';

/** Splits argv into positionals and --flag values; boolean flags are listed in `bools`. */
export function parseArgs(argv, bools = []) {
  const flags = {};
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg === '-') {
      rest.push(arg);
      continue;
    }
    const [key, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2);
    if (bools.includes(key) || key === 'h' || key === 'help' || key === 'q' || key === 'quiet') {
      flags[key] = inline === undefined ? true : inline !== 'false';
    } else if (inline !== undefined) {
      flags[key] = inline;
    } else if (i + 1 < argv.length) {
      flags[key] = argv[++i];
    } else {
      throw new KindError(`flag needs an argument: ${arg}`);
    }
  }
  return { flags, rest };
}

/** Go's time.ParseDuration, enough for kind's --wait: "0", "60s", "1m30s", "2m". */
export function parseDuration(text) {
  if (text === '0') return 0;
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let m;
  let consumed = 0;
  while ((m = re.exec(text))) {
    total += Number(m[1]) * { ms: 0.001, s: 1, m: 60, h: 3600 }[m[2]];
    consumed = re.lastIndex;
  }
  if (consumed !== text.length || text.length === 0) {
    throw new KindError(
      `invalid argument "${text}" for "--wait" flag: time: invalid duration "${text}"`,
    );
  }
  return total;
}

/** Seconds as Go prints a time.Duration in kind's "Waiting ≤ …" line: "1m30s", "45s". */
export function goDuration(seconds) {
  const m = Math.floor(seconds / 60);
  const s = seconds - m * 60;
  return m > 0 ? `${m}m${s}s` : `${s}s`;
}
