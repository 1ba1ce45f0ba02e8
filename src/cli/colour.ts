/** Colours for verdicts on a terminal: `ok` green, `bad` red, `warn` yellow. */
export interface Paint {
  readonly enabled: boolean;
  ok: (text: string) => string;
  bad: (text: string) => string;
  warn: (text: string) => string;
}

const sgr = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[39m`;
const plain = (text: string) => text;

/**
 * The paint for one output stream: colour only when it is a terminal, `NO_COLOR` is unset or
 * empty (https://no-color.org) and `TERM` is not `dumb`; a pipe or a file gets plain text.
 */
export function paintFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Paint {
  const enabled = stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
  return enabled
    ? { enabled, ok: sgr(32), bad: sgr(31), warn: sgr(33) }
    : { enabled, ok: plain, bad: plain, warn: plain };
}
