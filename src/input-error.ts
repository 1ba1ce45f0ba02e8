/** A bad input: the message names the input, the value and what is allowed. */
export class InputError extends Error {
  constructor(input: string, value: string, allowed: string) {
    super(`Input '${input}' has the value ${JSON.stringify(value)}: ${allowed}.`);
    this.name = 'InputError';
  }
}

/** Reads one input's raw text; '' when it was not given. */
export type InputSource = (name: string) => string;
