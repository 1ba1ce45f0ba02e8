import { PolicyFileError, readPolicyFile } from '../../policy/index.js';
import { EXPECT_SIZE_LIMIT, parseExpectations } from './parse.js';
import type { Expectation } from './types.js';

/** An expectations file that cannot be read at all: missing, not a regular file, too large. */
export class ExpectFileError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(
      `${file} ${detail}; an expectations file must be a regular file of at most ${EXPECT_SIZE_LIMIT} bytes`,
    );
    this.name = 'ExpectFileError';
  }
}

/**
 * Reads and checks an expectations file. The file is read the way a policy file is (a regular
 * file, never more than the limit read, a FIFO never waited on); throws {@link ExpectFileError}
 * when it cannot be read and `ExpectError` when what it holds cannot be used.
 */
export async function readExpectations(file: string): Promise<Expectation[]> {
  let text: string;
  try {
    text = await readPolicyFile(file, EXPECT_SIZE_LIMIT);
  } catch (error) {
    if (error instanceof PolicyFileError) throw new ExpectFileError(file, error.detail);
    throw error;
  }
  return parseExpectations(text, file, { fromFile: true });
}
