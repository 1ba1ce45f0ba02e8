import { fsProblem } from '../files/fs-words.js';
import { STDIN } from '../logs/find/index.js';
import { writeFileNoFollow } from '../files/safe-fs.js';
import { UsageError } from './exit-codes.js';

/** `--out -`: standard output, as `-` is standard input among the inputs. */
export const STDOUT = STDIN;

/**
 * Why `value`, given to `flag`, could not be written, in words: a link (never written through:
 * name the file itself, or `-`), a missing folder, no permission. Never the errno text.
 */
export function outProblem(flag: string, value: string, error: unknown): string {
  const cause = (error as { cause?: unknown }).cause ?? error;
  const code = (cause as NodeJS.ErrnoException).code;
  const problem =
    code === 'ELOOP'
      ? 'it is a link: refusing to write through it; name the file itself, or - for standard output'
      : code === 'ENOENT'
        ? 'its folder does not exist'
        : /not a regular file/.test(String(error))
          ? 'it is not a regular file: refusing to write to it; name a file, or - for standard output'
          : fsProblem(cause);
  return `${flag} has the value ${JSON.stringify(value)}: it cannot be written (${problem})`;
}

/** Writes `text` to the file `--flag` names, or to standard output for `-`; never through a link. */
export async function writeOut(flag: string, value: string, text: string): Promise<void> {
  if (value === STDOUT) {
    process.stdout.write(text);
    return;
  }
  try {
    await writeFileNoFollow(value, text);
  } catch (error) {
    throw new UsageError(outProblem(flag, value, error));
  }
}
