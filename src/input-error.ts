/**
 * A bad input: the message names the input, the value and what is allowed. The parts stay
 * readable on their own, so the CLI can word the same error with the flag the user typed.
 */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly value: string,
    readonly allowed: string,
  ) {
    super(`Input '${input}' has the value ${JSON.stringify(value)}: ${allowed}.`);
    this.name = 'InputError';
  }
}

/** Reads one input's raw text; '' when it was not given. */
export type InputSource = (name: string) => string;
