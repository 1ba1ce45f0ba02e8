import { PolicyFileError, readPolicyFile } from '../../policy/index.js';
import { byCodeUnit } from './builder.js';
import { parseLine } from './line.js';

/** The most a baseline file may hold; a large cluster's run writes a small fraction of it. */
export const BASELINE_SIZE_LIMIT = 16 * 1024 * 1024;

/** A baseline that cannot be used: unreadable, too large, or a malformed line (named by number). */
export class BaselineError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file} ${detail}`);
    this.name = 'BaselineError';
  }
}

/** What changed between a committed baseline and a run. */
export interface BaselineDiff {
  /** Used now, missing from the baseline. */
  added: string[];
  /** In the baseline, not used now. */
  gone: string[];
}

/**
 * The lines of a baseline file's text, checked one by one. Blank lines are skipped and a `\r`
 * before a newline is dropped (a checkout with CRLF line ends); any other malformed line is a
 * {@link BaselineError} naming its number.
 */
export function parseBaseline(text: string, file: string): string[] {
  const lines: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const parsed = parseLine(line);
    if ('error' in parsed) throw new BaselineError(file, `line ${i + 1}: ${parsed.error}`);
    lines.push(line);
  });
  return lines;
}

/** Reads a baseline file as a policy file is read: a regular file, never more than the limit. */
export async function readBaseline(file: string): Promise<string[]> {
  try {
    return parseBaseline(await readPolicyFile(file, BASELINE_SIZE_LIMIT), file);
  } catch (error) {
    if (error instanceof PolicyFileError)
      throw new BaselineError(
        file,
        `${error.detail}; a baseline must be a regular file of at most ${BASELINE_SIZE_LIMIT} bytes`,
      );
    throw error;
  }
}

/** The lines added and gone between `baseline` and `now`, each sorted and unique. */
export function compareBaselines(
  baseline: readonly string[],
  now: readonly string[],
): BaselineDiff {
  const before = new Set(baseline);
  const after = new Set(now);
  return {
    added: [...after].filter((l) => !before.has(l)).sort(byCodeUnit),
    gone: [...before].filter((l) => !after.has(l)).sort(byCodeUnit),
  };
}
